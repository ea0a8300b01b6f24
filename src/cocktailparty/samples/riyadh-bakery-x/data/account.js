window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "social@nakhlabakery.example",
      "createdVia" : "web",
      "username" : "nakhla_bakery",
      "accountId" : "512840377",
      "createdAt" : "2012-03-14T09:21:07.000Z",
      "accountDisplayName" : "مخابز نخلة الرياض"
    }
  }
]