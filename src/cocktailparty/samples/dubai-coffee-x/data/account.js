window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "hello@duneandbean.example",
      "createdVia" : "web",
      "username" : "duneandbean",
      "accountId" : "1314567002280902379",
      "createdAt" : "2020-10-09T14:02:51.000Z",
      "accountDisplayName" : "Dune & Bean Roasters"
    }
  }
]