window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1314567002280902379",
    "userName" : "duneandbean",
    "displayName" : "Dune & Bean Roasters"
  },
  "archiveInfo" : {
    "sizeBytes" : "274191",
    "generationDate" : "2026-11-02T10:40:19.000Z",
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
          "count" : "230"
        }
      ]
    }
  }
}