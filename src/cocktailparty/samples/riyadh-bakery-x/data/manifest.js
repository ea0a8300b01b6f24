window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "512840377",
    "userName" : "nakhla_bakery",
    "displayName" : "مخابز نخلة الرياض"
  },
  "archiveInfo" : {
    "sizeBytes" : "287025",
    "generationDate" : "2026-11-03T06:12:44.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "dataTypes" : {
    "account" : {
      "files" : [
        {
          "fileName" : "data/account.js",
          "globalName" : "YTD.account.part0",
          "count" : "1"
        }
      ]
    },
    "tweets" : {
      "files" : [
        {
          "fileName" : "data/tweets.js",
          "globalName" : "YTD.tweets.part0",
          "count" : "228"
        }
      ]
    }
  }
}