// Preloaded with `node --require`: the PDS and the PLC call listen(port) with no host, which binds every
// interface. Tests must bind 127.0.0.1 only, so a listen() given a bare port gets that host added.
'use strict'
const net = require('node:net')

const listen = net.Server.prototype.listen
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' || (typeof args[0] === 'string' && /^\d+$/.test(args[0]))) {
    const port = Number(args[0])
    const rest = args.slice(1)
    if (typeof rest[0] !== 'string') return listen.call(this, port, '127.0.0.1', ...rest)
  }
  if (args[0] && typeof args[0] === 'object' && !args[0].path && args[0].host === undefined) {
    return listen.call(this, { ...args[0], host: '127.0.0.1' }, ...args.slice(1))
  }
  return listen.apply(this, args)
}
