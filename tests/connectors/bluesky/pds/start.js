// Starts one test server for the Bluesky connector tests: `node --require ./listen-localhost.js start.js plc|pds`.
// plc: an in-memory PLC directory on PLC_PORT. pds: the reference PDS configured by its PDS_* environment.
// Prints "ready <port>" once listening; exits on SIGTERM or when its stdin closes, so a test run that dies
// without cleaning up (killed, crashed) cannot leave servers behind: the pipe closes with the test process.
'use strict'

async function startPlc() {
  const { PlcServer, Database } = require('@did-plc/server')
  const server = PlcServer.create({ db: Database.mock(), port: Number(process.env.PLC_PORT) })
  await server.start()
  return server
}

async function startPds() {
  const { PDS, envToCfg, envToSecrets, readEnv } = require('@atproto/pds')
  const env = readEnv()
  const server = await PDS.create(envToCfg(env), envToSecrets(env))
  await server.start()
  return server
}

async function main() {
  const role = process.argv[2]
  const starters = { plc: startPlc, pds: startPds }
  if (!starters[role]) throw new Error(`usage: start.js plc|pds (got ${role})`)
  const server = await starters[role]()
  const port = role === 'plc' ? process.env.PLC_PORT : process.env.PDS_PORT
  console.log(`ready ${port}`)
  const stop = async () => {
    await server.destroy().catch(() => {})
    process.exit(0)
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  process.stdin.on('end', stop)
  process.stdin.resume()
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
