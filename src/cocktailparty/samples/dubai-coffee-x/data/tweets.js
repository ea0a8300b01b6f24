window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2116055008817520409"
          ],
          "editableUntil" : "2026-10-30T07:30:03.572Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "114",
      "id_str" : "2116055008817520409",
      "truncated" : false,
      "retweet_count" : "31",
      "id" : "2116055008817520409",
      "created_at" : "Fri Oct 30 06:30:03 +0000 2026",
      "favorited" : false,
      "full_text" : "The clocks don't change here, but the light does: sunset at 5:40pm today. Terrace season is officially open.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2115304317060597927"
          ],
          "editableUntil" : "2026-10-28T05:47:04.282Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "56",
      "id_str" : "2115304317060597927",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2115304317060597927",
      "created_at" : "Wed Oct 28 04:47:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Winter menu from 1 November: gingerbread latte, saffron hot chocolate and the return of the Yemeni cortado. See you there.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2114397173388328289"
          ],
          "editableUntil" : "2026-10-25T17:42:24.830Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Adam",
            "screen_name" : "adam_dxb_",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2074040604",
            "id" : "2074040604"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "87"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2114347597900467678",
      "in_reply_to_user_id" : "2074040604",
      "id_str" : "2114397173388328289",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2114397173388328289",
      "in_reply_to_status_id" : "2114347597900467678",
      "created_at" : "Sun Oct 25 16:42:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@adam_dxb_ Hi Adam, yes, we still run corporate cuppings. DM us your dates and numbers.",
      "lang" : "en",
      "in_reply_to_screen_name" : "adam_dxb_",
      "in_reply_to_user_id_str" : "2074040604"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2113286613759047325"
          ],
          "editableUntil" : "2026-10-22T16:09:26.370Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Origin Stories Podcast",
            "screen_name" : "origins_pod",
            "indices" : [
              "31",
              "43"
            ],
            "id_str" : "1690903907395868931",
            "id" : "1690903907395868931"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "57",
      "id_str" : "2113286613759047325",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2113286613759047325",
      "created_at" : "Thu Oct 22 15:09:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Wonderful short documentary by @origins_pod on women-led coffee cooperatives in Rwanda. 18 minutes well spent.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2112026486182304926"
          ],
          "editableUntil" : "2026-10-19T04:42:08.382Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "95",
      "id_str" : "2112026486182304926",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "2112026486182304926",
      "created_at" : "Mon Oct 19 03:42:08 +0000 2026",
      "favorited" : false,
      "full_text" : "What should we roast next: a Yemeni natural, a Panama Gesha, or an experimental Brazilian anaerobic?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2111131364567942959"
          ],
          "editableUntil" : "2026-10-16T17:25:14.436Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/RtoHpKVvlK",
            "expanded_url" : "https://duneandbean.example/six",
            "display_url" : "duneandbean.example/six",
            "indices" : [
              "109",
              "132"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "26",
      "id_str" : "2111131364567942959",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2111131364567942959",
      "possibly_sensitive" : false,
      "created_at" : "Fri Oct 16 16:25:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Anniversary blend \"Six\" is out: a celebration espresso of Yemen, Colombia and Ethiopia. AED 96, limited run.\nhttps://t.co/RtoHpKVvlK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2110327894155249555"
          ],
          "editableUntil" : "2026-10-14T12:12:32.600Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "177"
      ],
      "favorite_count" : "229",
      "id_str" : "2110327894155249555",
      "truncated" : false,
      "retweet_count" : "31",
      "id" : "2110327894155249555",
      "created_at" : "Wed Oct 14 11:12:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Six years ago this week, Hamdan and Lena roasted their first batch on a 1kg machine in a Jumeirah garage. Today: a roastery, two cafés and a team of 26. Thank you for every cup.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2109208599110870860"
          ],
          "editableUntil" : "2026-10-11T10:04:51.508Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "121",
      "id_str" : "2109208599110870860",
      "truncated" : false,
      "retweet_count" : "54",
      "id" : "2109208599110870860",
      "created_at" : "Sun Oct 11 09:04:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Milk science: steamed past about 65°C, milk starts to taste flat and cooked. That's why baristas stop at \"too hot to hold for more than a second\".",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2108032769003592135"
          ],
          "editableUntil" : "2026-10-08T04:12:32.342Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Farah Al Ali",
            "screen_name" : "farah_alali",
            "indices" : [
              "35",
              "47"
            ],
            "id_str" : "1808350781450598126",
            "id" : "1808350781450598126"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "169",
      "id_str" : "2108032769003592135",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "2108032769003592135",
      "created_at" : "Thu Oct 08 03:12:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Winner of the Coffee Day giveaway: @farah_alali 🎉 \"Slow Friday mornings.\" A year of coffee is on its way!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2106695676650299819"
          ],
          "editableUntil" : "2026-10-04T11:39:24.846Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Farah Al Ali",
            "screen_name" : "farah_alali",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1808350781450598126",
            "id" : "1808350781450598126"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "80"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2106691648394980644",
      "in_reply_to_user_id" : "1808350781450598126",
      "id_str" : "2106695676650299819",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2106695676650299819",
      "in_reply_to_status_id" : "2106691648394980644",
      "created_at" : "Sun Oct 04 10:39:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@farah_alali \"Slow Friday mornings\" might be the best answer we've read, Farah 😍",
      "lang" : "en",
      "in_reply_to_screen_name" : "farah_alali",
      "in_reply_to_user_id_str" : "1808350781450598126"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105628394681659247"
          ],
          "editableUntil" : "2026-10-01T12:58:24.940Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "636",
      "id_str" : "2105628394681659247",
      "truncated" : false,
      "retweet_count" : "188",
      "id" : "2105628394681659247",
      "created_at" : "Thu Oct 01 11:58:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Coffee Day giveaway 🎉 Reply with your perfect cup in three words. One winner gets a year of Dune Club. No purchase needed, UAE residents, ends 7 Oct.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105585742602124504"
          ],
          "editableUntil" : "2026-10-01T10:08:55.096Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "319",
      "id_str" : "2105585742602124504",
      "truncated" : false,
      "retweet_count" : "83",
      "id" : "2105585742602124504",
      "created_at" : "Thu Oct 01 09:08:55 +0000 2026",
      "favorited" : false,
      "full_text" : "Happy International Coffee Day ☕ Today we're thinking of the farmers in Huila, Guji and Haraaz whose work reaches your cup through ours. Thank you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105338497803353969"
          ],
          "editableUntil" : "2026-09-30T17:46:27.540Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "180",
      "id_str" : "2105338497803353969",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2105338497803353969",
      "created_at" : "Wed Sep 30 16:46:27 +0000 2026",
      "favorited" : false,
      "full_text" : "International Coffee Day tomorrow! Describe your perfect cup in three words.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104579384728787063"
          ],
          "editableUntil" : "2026-09-28T15:30:01.774Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tamara",
            "screen_name" : "tamara_dxb",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1630239240376893849",
            "id" : "1630239240376893849"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "67"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2104494071997978069",
      "in_reply_to_user_id" : "1630239240376893849",
      "id_str" : "2104579384728787063",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104579384728787063",
      "in_reply_to_status_id" : "2104494071997978069",
      "created_at" : "Mon Sep 28 14:30:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@tamara_dxb Yes, the Jumeirah terrace reopens on 1 October, Tamara!",
      "lang" : "en",
      "in_reply_to_screen_name" : "tamara_dxb",
      "in_reply_to_user_id_str" : "1630239240376893849"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103869688581603912"
          ],
          "editableUntil" : "2026-09-26T16:29:56.720Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "48",
      "id_str" : "2103869688581603912",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "2103869688581603912",
      "created_at" : "Sat Sep 26 15:29:56 +0000 2026",
      "favorited" : false,
      "full_text" : "The weather has finally turned: tonight's low is 27°C. In Dubai that's practically jacket weather. Outdoor season is coming 🍂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102650014230437103"
          ],
          "editableUntil" : "2026-09-23T07:43:23.815Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "111",
      "id_str" : "2102650014230437103",
      "truncated" : false,
      "retweet_count" : "21",
      "id" : "2102650014230437103",
      "created_at" : "Wed Sep 23 06:43:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Happy 96th Saudi National Day to all our friends in the Kingdom 🇸🇦💚 اليوم الوطني السعودي ٩٦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101879591909544341"
          ],
          "editableUntil" : "2026-09-21T04:42:00.183Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "51",
      "id_str" : "2101879591909544341",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2101879591909544341",
      "created_at" : "Mon Sep 21 03:42:00 +0000 2026",
      "favorited" : false,
      "full_text" : "New-harvest Ethiopia Yirgacheffe has landed: peach, bergamot, lemon tea. AED 82.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100444753303508078"
          ],
          "editableUntil" : "2026-09-17T05:40:28.042Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "70",
      "id_str" : "2100444753303508078",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2100444753303508078",
      "created_at" : "Thu Sep 17 04:40:28 +0000 2026",
      "favorited" : false,
      "full_text" : "Pick one: chocolatey and comforting, or fruity and bright? ☕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099152852035311793"
          ],
          "editableUntil" : "2026-09-13T16:06:54.141Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gulf Coffee Guild",
            "screen_name" : "gulfcoffeeguild",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "1598634488817259743",
            "id" : "1598634488817259743"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "155"
      ],
      "favorite_count" : "0",
      "id_str" : "2099152852035311793",
      "truncated" : false,
      "retweet_count" : "25",
      "id" : "2099152852035311793",
      "created_at" : "Sun Sep 13 15:06:54 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @gulfcoffeeguild: Our annual sustainability report is out: more regional roasters than ever are buying directly from farms. A big step for the industry.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098435661384695900"
          ],
          "editableUntil" : "2026-09-11T16:37:03.170Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sultan Al Shamsi",
            "screen_name" : "sultan_shamsi",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1517111236922872489",
            "id" : "1517111236922872489"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "85"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2098400680673089979",
      "in_reply_to_user_id" : "1517111236922872489",
      "id_str" : "2098435661384695900",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098435661384695900",
      "in_reply_to_status_id" : "2098400680673089979",
      "created_at" : "Fri Sep 11 15:37:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@sultan_shamsi Thank you, Sultan! The Khawlani should be back next spring, inshallah.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sultan_shamsi",
      "in_reply_to_user_id_str" : "1517111236922872489"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097534519009167239"
          ],
          "editableUntil" : "2026-09-09T04:56:14.884Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "190"
      ],
      "favorite_count" : "52",
      "id_str" : "2097534519009167239",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "2097534519009167239",
      "created_at" : "Wed Sep 09 03:56:14 +0000 2026",
      "favorited" : false,
      "full_text" : "What's the \"bloom\"? When hot water first hits fresh coffee, CO2 rushes out and the grounds puff up. Let it bloom for 30–45 seconds before pouring the rest, and the brew extracts more evenly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096219376330617693"
          ],
          "editableUntil" : "2026-09-05T13:50:19.788Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jamal",
            "screen_name" : "jamal_ae",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1452716067192437938",
            "id" : "1452716067192437938"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "78"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2096161998669527060",
      "in_reply_to_user_id" : "1452716067192437938",
      "id_str" : "2096219376330617693",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096219376330617693",
      "in_reply_to_status_id" : "2096161998669527060",
      "created_at" : "Sat Sep 05 12:50:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@jamal_ae Tomorrow is full, Jamal, but we're adding a second night next week 🙌",
      "lang" : "en",
      "in_reply_to_screen_name" : "jamal_ae",
      "in_reply_to_user_id_str" : "1452716067192437938"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095170090140640758"
          ],
          "editableUntil" : "2026-09-02T16:20:50.752Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "298",
      "id_str" : "2095170090140640758",
      "truncated" : false,
      "retweet_count" : "29",
      "id" : "2095170090140640758",
      "created_at" : "Wed Sep 02 15:20:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Cupping night is back tomorrow at 7pm. This month: three washed Ethiopian lots and a mystery fourth. 12 free seats.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094277080323310469"
          ],
          "editableUntil" : "2026-08-31T05:12:20.125Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "79",
      "id_str" : "2094277080323310469",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2094277080323310469",
      "created_at" : "Mon Aug 31 04:12:20 +0000 2026",
      "favorited" : false,
      "full_text" : "First week of school done 🎒 Who's the real MVP of your mornings: coffee, a good playlist, or the school bus driver?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093346978903672002"
          ],
          "editableUntil" : "2026-08-28T15:36:26.024Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "173",
      "id_str" : "2093346978903672002",
      "truncated" : false,
      "retweet_count" : "82",
      "id" : "2093346978903672002",
      "created_at" : "Fri Aug 28 14:36:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Happy Emirati Women's Day 🇦🇪 Amira, Shamma and Mariam make this roastery better every single day. Thank you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092923269316723043"
          ],
          "editableUntil" : "2026-08-27T11:32:46.836Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nour",
            "screen_name" : "nour_jvc",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1128194138603681132",
            "id" : "1128194138603681132"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "122"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2092794921468563855",
      "in_reply_to_user_id" : "1128194138603681132",
      "id_str" : "2092923269316723043",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092923269316723043",
      "in_reply_to_status_id" : "2092794921468563855",
      "created_at" : "Thu Aug 27 10:32:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@nour_jvc So sorry your order arrived late, Nour. The courier had a route problem; we're refunding the delivery fee today.",
      "lang" : "en",
      "in_reply_to_screen_name" : "nour_jvc",
      "in_reply_to_user_id_str" : "1128194138603681132"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091930435737700892"
          ],
          "editableUntil" : "2026-08-24T17:47:36.698Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "373",
      "id_str" : "2091930435737700892",
      "truncated" : false,
      "retweet_count" : "73",
      "id" : "2091930435737700892",
      "created_at" : "Mon Aug 24 16:47:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Welcome back to school, UAE! 🎒 Have a great year, students, teachers and parents.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091179052546564920"
          ],
          "editableUntil" : "2026-08-22T16:01:53.893Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "17",
      "id_str" : "2091179052546564920",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2091179052546564920",
      "created_at" : "Sat Aug 22 15:01:53 +0000 2026",
      "favorited" : false,
      "full_text" : "Dune Club for busy parents: beans every two weeks so you never run out on a school morning. First box 40% off.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090384662370842419"
          ],
          "editableUntil" : "2026-08-20T11:25:15.867Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rachel",
            "screen_name" : "rachel_teaches",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1415123986368772583",
            "id" : "1415123986368772583"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "92"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2090264119522456082",
      "in_reply_to_user_id" : "1415123986368772583",
      "id_str" : "2090384662370842419",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090384662370842419",
      "in_reply_to_status_id" : "2090264119522456082",
      "created_at" : "Thu Aug 20 10:25:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@rachel_teaches Absolutely, Rachel, the teacher discount works online too with code TEACH25.",
      "lang" : "en",
      "in_reply_to_screen_name" : "rachel_teaches",
      "in_reply_to_user_id_str" : "1415123986368772583"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089618948566252249"
          ],
          "editableUntil" : "2026-08-18T08:42:35.552Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "15",
      "id_str" : "2089618948566252249",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2089618948566252249",
      "created_at" : "Tue Aug 18 07:42:35 +0000 2026",
      "favorited" : false,
      "full_text" : "The Morning Routine bundle: Shamal espresso, Liwa filter and a double-wall tumbler. AED 149, back-to-school week only.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088550875461094338"
          ],
          "editableUntil" : "2026-08-15T09:58:26.171Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "14",
      "id_str" : "2088550875461094338",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2088550875461094338",
      "created_at" : "Sat Aug 15 08:58:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Teacher appreciation month 🍎 Teachers get 25% off coffee all September at both cafés. Just show your school ID.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087542709987993550"
          ],
          "editableUntil" : "2026-08-12T15:12:21.547Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "44",
      "id_str" : "2087542709987993550",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2087542709987993550",
      "created_at" : "Wed Aug 12 14:12:21 +0000 2026",
      "favorited" : false,
      "full_text" : "School's back soon 🎒 Parents get 2-for-1 coffees between 7 and 9am at Dubai Hills from 24 August to 4 September.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086453941367775390"
          ],
          "editableUntil" : "2026-08-09T15:05:58.044Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/cTXhsUKmhy",
            "expanded_url" : "https://duneandbean.example/jobs",
            "display_url" : "duneandbean.example/jobs",
            "indices" : [
              "129",
              "152"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "236",
      "id_str" : "2086453941367775390",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2086453941367775390",
      "possibly_sensitive" : false,
      "created_at" : "Sun Aug 09 14:05:58 +0000 2026",
      "favorited" : false,
      "full_text" : "We're hiring again! Two full-time barista roles at Jumeirah. Full training, health insurance, and all the coffee you can handle.\nhttps://t.co/cTXhsUKmhy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085321592085926967"
          ],
          "editableUntil" : "2026-08-06T12:06:25.697Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "151",
      "id_str" : "2085321592085926967",
      "truncated" : false,
      "retweet_count" : "21",
      "id" : "2085321592085926967",
      "created_at" : "Thu Aug 06 11:06:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Lunchbox tip from our café kitchen: freeze a juice box and put it next to the sandwich. It keeps everything cool until break and thaws just in time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084245024885426311"
          ],
          "editableUntil" : "2026-08-03T12:48:31.023Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "72",
      "id_str" : "2084245024885426311",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2084245024885426311",
      "created_at" : "Mon Aug 03 11:48:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Parents, how many days until school starts? And how many are you counting? 😅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082739067457340314"
          ],
          "editableUntil" : "2026-07-30T09:04:23.851Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "107",
      "id_str" : "2082739067457340314",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "2082739067457340314",
      "created_at" : "Thu Jul 30 08:04:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Happy 5th wedding anniversary to our co-founders Hamdan and Lena 💛 The roastery started at their kitchen table. So did a lot of arguments about roast curves.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081701446823802919"
          ],
          "editableUntil" : "2026-07-27T12:21:15.282Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "47",
      "id_str" : "2081701446823802919",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2081701446823802919",
      "created_at" : "Mon Jul 27 11:21:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Summer Surprises week at Dune &amp; Bean: buy a bag of beans, get a cold brew free. Both cafés, this week only.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080552394645550433"
          ],
          "editableUntil" : "2026-07-24T08:15:20.543Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hassan Mahdi",
            "screen_name" : "hassan_mahdi_",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1816108365022009411",
            "id" : "1816108365022009411"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "93"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2080459029303065700",
      "in_reply_to_user_id" : "1816108365022009411",
      "id_str" : "2080552394645550433",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080552394645550433",
      "in_reply_to_status_id" : "2080459029303065700",
      "created_at" : "Fri Jul 24 07:15:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@hassan_mahdi_ There's parking behind the Jumeirah café building, Hassan, free for two hours.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hassan_mahdi_",
      "in_reply_to_user_id_str" : "1816108365022009411"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079260458550478295"
          ],
          "editableUntil" : "2026-07-20T18:41:38.858Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Filter Diaries",
            "screen_name" : "filterdiaries",
            "indices" : [
              "9",
              "23"
            ],
            "id_str" : "290577770",
            "id" : "290577770"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "78",
      "id_str" : "2079260458550478295",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2079260458550478295",
      "created_at" : "Mon Jul 20 17:41:38 +0000 2026",
      "favorited" : false,
      "full_text" : "New from @filterdiaries: a no-sponsorship guide to buying your first grinder. Honest, clear, and it'll save you money.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077593121644719473"
          ],
          "editableUntil" : "2026-07-16T04:16:14.693Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "13",
      "id_str" : "2077593121644719473",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2077593121644719473",
      "created_at" : "Thu Jul 16 03:16:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Iced Spanish latte with our Shamal espresso, now AED 19 between 2 and 5pm while the heat lasts.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076604515272116089"
          ],
          "editableUntil" : "2026-07-13T10:47:52.247Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dina K",
            "screen_name" : "dina_k_",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1193889035083697085",
            "id" : "1193889035083697085"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "9",
        "71"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2076555440845116060",
      "in_reply_to_user_id" : "1193889035083697085",
      "id_str" : "2076604515272116089",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076604515272116089",
      "in_reply_to_status_id" : "2076555440845116060",
      "created_at" : "Mon Jul 13 09:47:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@dina_k_ Thank you, Dina! We'll pass your congratulations on to Meera 💛",
      "lang" : "en",
      "in_reply_to_screen_name" : "dina_k_",
      "in_reply_to_user_id_str" : "1193889035083697085"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075476592388714154"
          ],
          "editableUntil" : "2026-07-10T08:05:54.239Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "682",
      "id_str" : "2075476592388714154",
      "truncated" : false,
      "retweet_count" : "42",
      "id" : "2075476592388714154",
      "created_at" : "Fri Jul 10 07:05:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Meera took 2nd place at the national latte art throwdown! 🥈🎉 Her rosetta in the final got a standing ovation. We couldn't be prouder.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074386689682511398"
          ],
          "editableUntil" : "2026-07-07T07:55:01.322Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "92",
      "id_str" : "2074386689682511398",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "2074386689682511398",
      "created_at" : "Tue Jul 07 06:55:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Why does coffee taste different as it cools? At lower temperatures you notice acidity and sweetness more, and flaws too. Great coffee tastes good all the way down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073041003643305364"
          ],
          "editableUntil" : "2026-07-03T14:47:45.465Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "158",
      "id_str" : "2073041003643305364",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2073041003643305364",
      "created_at" : "Fri Jul 03 13:47:45 +0000 2026",
      "favorited" : false,
      "full_text" : "What's the highest your car thermometer has ever read? We saw 52°C on Al Khail Road yesterday 🥵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2071873650333773220"
          ],
          "editableUntil" : "2026-06-30T09:29:06.163Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/JmQTFpEN5j",
            "expanded_url" : "https://duneandbean.example/club",
            "display_url" : "duneandbean.example/club",
            "indices" : [
              "79",
              "102"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "48",
      "id_str" : "2071873650333773220",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2071873650333773220",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jun 30 08:29:06 +0000 2026",
      "favorited" : false,
      "full_text" : "Summer Dune Club offer: your first two bags at half price, June and July only.\nhttps://t.co/JmQTFpEN5j",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2070881700157842270"
          ],
          "editableUntil" : "2026-06-27T15:47:27.152Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "36",
      "id_str" : "2070881700157842270",
      "truncated" : false,
      "retweet_count" : "46",
      "id" : "2070881700157842270",
      "created_at" : "Sat Jun 27 14:47:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Summer working hours start next month for many government employees, with shorter days on Fridays. Enjoy the extra time, everyone ☀️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2069741192014534203"
          ],
          "editableUntil" : "2026-06-24T12:15:28.148Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "148",
      "id_str" : "2069741192014534203",
      "truncated" : false,
      "retweet_count" : "27",
      "id" : "2069741192014534203",
      "created_at" : "Wed Jun 24 11:15:28 +0000 2026",
      "favorited" : false,
      "full_text" : "Meera is competing in the national latte art throwdown next month 🎨☕ She's been practising tulips every night after close. Wish her luck!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2068364501714298630"
          ],
          "editableUntil" : "2026-06-20T17:05:00.342Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dubai Coffee Map",
            "screen_name" : "dxbcoffeemap",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1494189269",
            "id" : "1494189269"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "0",
      "id_str" : "2068364501714298630",
      "truncated" : false,
      "retweet_count" : "105",
      "id" : "2068364501714298630",
      "created_at" : "Sat Jun 20 16:05:00 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dxbcoffeemap: Summer guide: 12 Dubai cafés with the best air conditioning AND the best iced filter. Yes, we tested both.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2066873724306882302"
          ],
          "editableUntil" : "2026-06-16T14:21:11.554Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "108",
      "id_str" : "2066873724306882302",
      "truncated" : false,
      "retweet_count" : "30",
      "id" : "2066873724306882302",
      "created_at" : "Tue Jun 16 13:21:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Happy Islamic New Year 1448 🌙 كل عام وأنتم بخير",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2065707043787021766"
          ],
          "editableUntil" : "2026-06-13T09:05:12.579Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "59",
      "id_str" : "2065707043787021766",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2065707043787021766",
      "created_at" : "Sat Jun 13 08:05:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Travelling this summer? Take the Dune travel kit: a travel press, a hand grinder and 250g of Shamal. AED 289.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064685226310938302"
          ],
          "editableUntil" : "2026-06-10T13:24:52.407Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Oliver",
            "screen_name" : "oliver_jbr",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1405425269465312604",
            "id" : "1405425269465312604"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "93"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2064597396213765633",
      "in_reply_to_user_id" : "1405425269465312604",
      "id_str" : "2064685226310938302",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2064685226310938302",
      "in_reply_to_status_id" : "2064597396213765633",
      "created_at" : "Wed Jun 10 12:24:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@oliver_jbr Yes, Oliver! You can pause your Dune Club anytime from your account page, no fee.",
      "lang" : "en",
      "in_reply_to_screen_name" : "oliver_jbr",
      "in_reply_to_user_id_str" : "1405425269465312604"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2063859246202727402"
          ],
          "editableUntil" : "2026-06-08T06:42:43.572Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "26",
      "id_str" : "2063859246202727402",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2063859246202727402",
      "created_at" : "Mon Jun 08 05:42:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Cold brew bottles are back in the fridges at both cafés. 6 for AED 95, or add them to your Dune Club box.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2063114619091652032"
          ],
          "editableUntil" : "2026-06-06T05:23:50.746Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "52",
      "id_str" : "2063114619091652032",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2063114619091652032",
      "created_at" : "Sat Jun 06 04:23:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Summer plans? Staying in Dubai or escaping somewhere cooler? ✈️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2062066849922822389"
          ],
          "editableUntil" : "2026-06-03T08:00:23.488Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "97",
      "id_str" : "2062066849922822389",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2062066849922822389",
      "created_at" : "Wed Jun 03 07:00:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Heat tip: never leave beans in a parked car. At 60°C+ inside, your coffee will go stale in an afternoon. Same for your cold brew.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2060976297774685389"
          ],
          "editableUntil" : "2026-05-31T07:46:55.122Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "323",
      "id_str" : "2060976297774685389",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "2060976297774685389",
      "created_at" : "Sun May 31 06:46:55 +0000 2026",
      "favorited" : false,
      "full_text" : "Eid lunch for the roastery team: Karim cooked kibbeh for 25. He says roasting and cooking are \"the same discipline\". The kibbeh disagreed a little 😄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2060296253294574776"
          ],
          "editableUntil" : "2026-05-29T10:44:39.229Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "حمدان",
            "screen_name" : "hamdan_ae",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "150169732",
            "id" : "150169732"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "130"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2060162871121532553",
      "in_reply_to_user_id" : "150169732",
      "id_str" : "2060296253294574776",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2060296253294574776",
      "in_reply_to_status_id" : "2060162871121532553",
      "created_at" : "Fri May 29 09:44:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@hamdan_ae Sorry, Hamdan! The Jumeirah café was closed on the first day for the team's Eid. We're back to normal hours from today.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hamdan_ae",
      "in_reply_to_user_id_str" : "150169732"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2059477744517647078"
          ],
          "editableUntil" : "2026-05-27T04:32:12.104Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "480",
      "id_str" : "2059477744517647078",
      "truncated" : false,
      "retweet_count" : "136",
      "id" : "2059477744517647078",
      "created_at" : "Wed May 27 03:32:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Eid al-Adha Mubarak 🌙 عيد أضحى مبارك. Wishing you peace, family and good coffee.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2059126885530336368"
          ],
          "editableUntil" : "2026-05-26T05:18:00.011Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "185",
      "id_str" : "2059126885530336368",
      "truncated" : false,
      "retweet_count" : "43",
      "id" : "2059126885530336368",
      "created_at" : "Tue May 26 04:18:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Day of Arafah. May the prayers of the pilgrims and of everyone fasting today be accepted 🤲",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2058385369226030814"
          ],
          "editableUntil" : "2026-05-24T04:11:29.439Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "40",
      "id_str" : "2058385369226030814",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2058385369226030814",
      "created_at" : "Sun May 24 03:11:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Last day for Eid delivery 🐑 Order before midnight.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2057678864704377498"
          ],
          "editableUntil" : "2026-05-22T05:24:05.664Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "22",
      "id_str" : "2057678864704377498",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2057678864704377498",
      "created_at" : "Fri May 22 04:24:05 +0000 2026",
      "favorited" : false,
      "full_text" : "Eid al-Adha gift boxes: our new Khawlani with dates and a qahwa set, AED 195. Order by 24 May for delivery before Eid.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2056988544677833288"
          ],
          "editableUntil" : "2026-05-20T07:41:00.980Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "44",
      "id_str" : "2056988544677833288",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2056988544677833288",
      "created_at" : "Wed May 20 06:41:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Dune Dusk is here 🌅 Date cold brew with cardamom cream, AED 26 at both cafés, all summer.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2056339599708376169"
          ],
          "editableUntil" : "2026-05-18T12:42:20.576Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hamad Al Suwaidi",
            "screen_name" : "hamad_alsuwaidi",
            "indices" : [
              "43",
              "59"
            ],
            "id_str" : "2903589131",
            "id" : "2903589131"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "122",
      "id_str" : "2056339599708376169",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "2056339599708376169",
      "created_at" : "Mon May 18 11:42:20 +0000 2026",
      "favorited" : false,
      "full_text" : "We have a name! \"Dune Dusk\" 🌅 suggested by @hamad_alsuwaidi. Congratulations Hamad, your summer of free coffee starts now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2054420250403727742"
          ],
          "editableUntil" : "2026-05-13T05:35:31.858Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "191"
      ],
      "favorite_count" : "53",
      "id_str" : "2054420250403727742",
      "truncated" : false,
      "retweet_count" : "51",
      "id" : "2054420250403727742",
      "created_at" : "Wed May 13 04:35:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Cold brew vs iced coffee: cold brew steeps coarse grounds in cold water for 12–24 hours, so it's smoother and less acidic. Iced coffee is brewed hot, then chilled. Both valid. Both delicious.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2053345791071222593"
          ],
          "editableUntil" : "2026-05-10T06:26:00.606Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "175"
      ],
      "favorite_count" : "328",
      "id_str" : "2053345791071222593",
      "truncated" : false,
      "retweet_count" : "149",
      "id" : "2053345791071222593",
      "created_at" : "Sun May 10 05:26:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Name our summer drink! Reply with your best name for a date cold brew with cardamom cream. The winner gets a free drink every week all summer. No purchase needed, ends 17 May.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2052238897391696683"
          ],
          "editableUntil" : "2026-05-07T05:07:36.711Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Vikram",
            "screen_name" : "vikram_s",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "821941388",
            "id" : "821941388"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "60"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "2052224554465385570",
      "in_reply_to_user_id" : "821941388",
      "id_str" : "2052238897391696683",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2052238897391696683",
      "in_reply_to_status_id" : "2052224554465385570",
      "created_at" : "Thu May 07 04:07:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@vikram_s Pandan has a lot of fans on the team too, Vikram 😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "vikram_s",
      "in_reply_to_user_id_str" : "821941388"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051502943356066581"
          ],
          "editableUntil" : "2026-05-05T04:23:11.826Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "182",
      "id_str" : "2051502943356066581",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2051502943356066581",
      "created_at" : "Tue May 05 03:23:11 +0000 2026",
      "favorited" : false,
      "full_text" : "We're designing a summer drink. Mango, date, or pandan? Vote in the replies 🥭🌴",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2050635267152554363"
          ],
          "editableUntil" : "2026-05-02T18:55:21.706Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "174",
      "id_str" : "2050635267152554363",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2050635267152554363",
      "created_at" : "Sat May 02 17:55:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Two years of the Dubai Hills café 🎂 Thank you to the neighbours who made it their morning stop. The team had cake at 6am. That's how we celebrate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2048996836171344651"
          ],
          "editableUntil" : "2026-04-28T06:24:48.202Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "38",
      "id_str" : "2048996836171344651",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2048996836171344651",
      "created_at" : "Tue Apr 28 05:24:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Spring clearance in the gear corner: selected kettles and grinders 20% off until the end of April.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2047896901624996773"
          ],
          "editableUntil" : "2026-04-25T05:34:04.072Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lina Saad",
            "screen_name" : "lina_saad",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1524634937680520377",
            "id" : "1524634937680520377"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "92"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2047821659434348694",
      "in_reply_to_user_id" : "1524634937680520377",
      "id_str" : "2047896901624996773",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2047896901624996773",
      "in_reply_to_status_id" : "2047821659434348694",
      "created_at" : "Sat Apr 25 04:34:04 +0000 2026",
      "favorited" : false,
      "full_text" : "@lina_saad Yes, Lina! The bags are compostable; only the little valve goes in general waste.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lina_saad",
      "in_reply_to_user_id_str" : "1524634937680520377"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2046945196820009258"
          ],
          "editableUntil" : "2026-04-22T14:32:19.422Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "190"
      ],
      "favorite_count" : "52",
      "id_str" : "2046945196820009258",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2046945196820009258",
      "created_at" : "Wed Apr 22 13:32:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Earth Day 🌍 Coffee is one of the crops most exposed to climate change; several studies suggest the land suited to arabica could shrink sharply by 2050. The coffees we drink today may change.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2045492216612836293"
          ],
          "editableUntil" : "2026-04-18T14:18:42.549Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "177"
      ],
      "favorite_count" : "118",
      "id_str" : "2045492216612836293",
      "truncated" : false,
      "retweet_count" : "36",
      "id" : "2045492216612836293",
      "created_at" : "Sat Apr 18 13:18:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Why do some coffees cost 5x more? Altitude, variety, processing, yield per tree, and how many hands touch it. A Gesha tree can give a fraction of what a high-yield variety does.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2044290779741382886"
          ],
          "editableUntil" : "2026-04-15T06:44:37.869Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "16",
      "id_str" : "2044290779741382886",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2044290779741382886",
      "created_at" : "Wed Apr 15 05:44:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Introducing our first Saudi coffee: Khawlani from Jazan 🇸🇦 Grown on mountain terraces, sweet and spicy, unlike anything we've roasted. 100 bags only, AED 135.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2043259654774823703"
          ],
          "editableUntil" : "2026-04-12T10:27:18.548Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ben | home roaster",
            "screen_name" : "ben_roasts_home",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1806673981678786859",
            "id" : "1806673981678786859"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "112"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2043139614333271331",
      "in_reply_to_user_id" : "1806673981678786859",
      "id_str" : "2043259654774823703",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2043259654774823703",
      "in_reply_to_status_id" : "2043139614333271331",
      "created_at" : "Sun Apr 12 09:27:18 +0000 2026",
      "favorited" : false,
      "full_text" : "@ben_roasts_home Happy to help, Ben! On that machine, try a 205°C charge for a 200g batch and adjust from there.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ben_roasts_home",
      "in_reply_to_user_id_str" : "1806673981678786859"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2042650363332519403"
          ],
          "editableUntil" : "2026-04-10T18:06:11.429Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Roasted in Riyadh",
            "screen_name" : "roastedinriyadh",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "1228941995660088376",
            "id" : "1228941995660088376"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "2042650363332519403",
      "truncated" : false,
      "retweet_count" : "63",
      "id" : "2042650363332519403",
      "created_at" : "Fri Apr 10 17:06:11 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @roastedinriyadh: Harvest season in Jazan has begun. Families picking on terraces their great-grandparents built. Photos in the thread 🍒",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2041783230610047935"
          ],
          "editableUntil" : "2026-04-08T08:40:31.095Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "137",
      "id_str" : "2041783230610047935",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "2041783230610047935",
      "created_at" : "Wed Apr 08 07:40:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Amira passed her Q Arabica Grader recalibration 🎉 Three days of blind tasting and smell tests. Congratulations, Amira!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2040843999392489646"
          ],
          "editableUntil" : "2026-04-05T18:28:21.422Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "67",
      "id_str" : "2040843999392489646",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2040843999392489646",
      "created_at" : "Sun Apr 05 17:28:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Spring here lasts about nine days. How are you spending them? 🌸",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2039548030923671499"
          ],
          "editableUntil" : "2026-04-02T04:38:38.759Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Origin Stories Podcast",
            "screen_name" : "origins_pod",
            "indices" : [
              "14",
              "26"
            ],
            "id_str" : "1690903907395868931",
            "id" : "1690903907395868931"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "27",
      "id_str" : "2039548030923671499",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2039548030923671499",
      "created_at" : "Thu Apr 02 03:38:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Great listen: @origins_pod talks to a Yemeni coffee farmer about growing coffee through war and drought. Humbling.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2038518049172306739"
          ],
          "editableUntil" : "2026-03-30T08:25:51.985Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "48",
      "id_str" : "2038518049172306739",
      "truncated" : false,
      "retweet_count" : "46",
      "id" : "2038518049172306739",
      "created_at" : "Mon Mar 30 07:25:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Post-Ramadan reset: your body got used to coffee at night. Move your first cup back to the morning gradually over a week, and your sleep will thank you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2037572169044528266"
          ],
          "editableUntil" : "2026-03-27T17:47:16.047Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Reem",
            "screen_name" : "reem_dxb_",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1359764800071416900",
            "id" : "1359764800071416900"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "64"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2037504221955607488",
      "in_reply_to_user_id" : "1359764800071416900",
      "id_str" : "2037572169044528266",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2037572169044528266",
      "in_reply_to_status_id" : "2037504221955607488",
      "created_at" : "Fri Mar 27 16:47:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@reem_dxb_ Normal hours are back from Monday, Reem: 7am to 11pm.",
      "lang" : "en",
      "in_reply_to_screen_name" : "reem_dxb_",
      "in_reply_to_user_id_str" : "1359764800071416900"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2036296463044248790"
          ],
          "editableUntil" : "2026-03-24T05:18:04.687Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hessa",
            "screen_name" : "hessa_ae",
            "indices" : [
              "43",
              "52"
            ],
            "id_str" : "1779187054060145536",
            "id" : "1779187054060145536"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "170",
      "id_str" : "2036296463044248790",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "2036296463044248790",
      "created_at" : "Tue Mar 24 04:18:04 +0000 2026",
      "favorited" : false,
      "full_text" : "The winner of the espresso machine draw is @hessa_ae 🎉 Congratulations, and thanks to everyone who took part this Eid.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2035315420098061665"
          ],
          "editableUntil" : "2026-03-21T12:19:45.379Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "295",
      "id_str" : "2035315420098061665",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2035315420098061665",
      "created_at" : "Sat Mar 21 11:19:45 +0000 2026",
      "favorited" : false,
      "full_text" : "To our baristas working on Eid morning so the rest of the city gets its coffee: thank you. Eid Mubarak, team 💛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2034835507125464987"
          ],
          "editableUntil" : "2026-03-20T04:32:44.529Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "22",
      "id_str" : "2034835507125464987",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2034835507125464987",
      "created_at" : "Fri Mar 20 03:32:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Eid Mubarak! عيدكم مبارك 🌙✨ From all of us at Dune &amp; Bean: 20% off everything online with code EID20, this weekend only.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2034618639030719365"
          ],
          "editableUntil" : "2026-03-19T14:10:59.246Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "197",
      "id_str" : "2034618639030719365",
      "truncated" : false,
      "retweet_count" : "30",
      "id" : "2034618639030719365",
      "created_at" : "Thu Mar 19 13:10:59 +0000 2026",
      "favorited" : false,
      "full_text" : "As Ramadan ends, may Allah accept your fasting and prayers. تقبل الله منا ومنكم 🤲",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2034351257660080374"
          ],
          "editableUntil" : "2026-03-18T20:28:30.190Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "155",
      "id_str" : "2034351257660080374",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2034351257660080374",
      "created_at" : "Wed Mar 18 19:28:30 +0000 2026",
      "favorited" : false,
      "full_text" : "What's on your Eid morning table? Ours: balaleet, chebab, and far too much coffee.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2033628965095390356"
          ],
          "editableUntil" : "2026-03-16T20:38:22.424Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "71",
      "id_str" : "2033628965095390356",
      "truncated" : false,
      "retweet_count" : "22",
      "id" : "2033628965095390356",
      "created_at" : "Mon Mar 16 19:38:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Midnight at the roastery in the last week of Ramadan. 1,200 hampers packed, 7 people, one playlist on repeat. Exhausted and very happy.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2033244232498146619"
          ],
          "editableUntil" : "2026-03-15T19:09:35.006Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "20",
      "id_str" : "2033244232498146619",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2033244232498146619",
      "created_at" : "Sun Mar 15 18:09:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Eidiya, sorted ✨ Digital gift cards from AED 50, sent instantly by WhatsApp or email. The easiest Eidiya for the coffee lover in your family.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2032875096913694617"
          ],
          "editableUntil" : "2026-03-14T18:42:46.682Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/yEgX3Oxm4N",
            "expanded_url" : "https://duneandbean.example/eid",
            "display_url" : "duneandbean.example/eid",
            "indices" : [
              "88",
              "111"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "29",
      "id_str" : "2032875096913694617",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2032875096913694617",
      "possibly_sensitive" : false,
      "created_at" : "Sat Mar 14 17:42:46 +0000 2026",
      "favorited" : false,
      "full_text" : "Eid hamper delivery cutoff is 17 March. After that it's pick-up only from the roastery.\nhttps://t.co/yEgX3Oxm4N",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2032440855157765464"
          ],
          "editableUntil" : "2026-03-13T13:57:15.625Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "42",
      "id_str" : "2032440855157765464",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2032440855157765464",
      "created_at" : "Fri Mar 13 12:57:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Last 10 nights: both cafés open till 3am. Suhoor set for two, AED 55.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2032149862620969264"
          ],
          "editableUntil" : "2026-03-12T18:40:57.752Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mariam",
            "screen_name" : "mariam_k_ae",
            "indices" : [
              "102",
              "114"
            ],
            "id_str" : "1113251042421855639",
            "id" : "1113251042421855639"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "177",
      "id_str" : "2032149862620969264",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2032149862620969264",
      "created_at" : "Thu Mar 12 17:40:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Our Ramadan giving challenge is done: 2,000 meals donated thanks to your replies 🤍 The hamper goes to @mariam_k_ae. Thank you, all of you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2031797069960779042"
          ],
          "editableUntil" : "2026-03-11T19:19:05.090Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "omar_dxb_",
            "screen_name" : "omar_dxb_",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3263603901",
            "id" : "3263603901"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "79"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2031775175447058105",
      "in_reply_to_user_id" : "3263603901",
      "id_str" : "2031797069960779042",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2031797069960779042",
      "in_reply_to_status_id" : "2031775175447058105",
      "created_at" : "Wed Mar 11 18:19:05 +0000 2026",
      "favorited" : false,
      "full_text" : "@omar_dxb_ Hi Omar, the draw covers hamper orders made online and in the cafés.",
      "lang" : "en",
      "in_reply_to_screen_name" : "omar_dxb_",
      "in_reply_to_user_id_str" : "3263603901"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2031352734648377126"
          ],
          "editableUntil" : "2026-03-10T13:53:27.549Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "28",
      "id_str" : "2031352734648377126",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2031352734648377126",
      "created_at" : "Tue Mar 10 12:53:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Order any Eid hamper before 15 March and you're entered into our draw for a home espresso machine 🎁",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2030639326901544703"
          ],
          "editableUntil" : "2026-03-08T14:38:37.049Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "41",
      "id_str" : "2030639326901544703",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2030639326901544703",
      "created_at" : "Sun Mar 08 13:38:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Eid pre-orders are open 🌙 The Eid hamper: two single origins, qahwa blend, Medjool dates and a brass cup set. AED 245.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2029891900308002250"
          ],
          "editableUntil" : "2026-03-06T13:08:37.688Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "165"
      ],
      "favorite_count" : "109",
      "id_str" : "2029891900308002250",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "2029891900308002250",
      "created_at" : "Fri Mar 06 12:08:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Fasting and caffeine: the best moment for coffee is after water and food at iftar, not first thing. And keep your last cup at least 4 hours before you plan to sleep.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2029165116125858006"
          ],
          "editableUntil" : "2026-03-04T13:00:38.793Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Aisha Al Nuaimi",
            "screen_name" : "aisha_alnuaimi",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "3209165536",
            "id" : "3209165536"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "82"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2029144481777845142",
      "in_reply_to_user_id" : "3209165536",
      "id_str" : "2029165116125858006",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2029165116125858006",
      "in_reply_to_status_id" : "2029144481777845142",
      "created_at" : "Wed Mar 04 12:00:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@aisha_alnuaimi What a beautiful memory, Aisha 🌙 Thank you for sharing it with us.",
      "lang" : "en",
      "in_reply_to_screen_name" : "aisha_alnuaimi",
      "in_reply_to_user_id_str" : "3209165536"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2028517379864593288"
          ],
          "editableUntil" : "2026-03-02T18:06:46.597Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "198"
      ],
      "favorite_count" : "825",
      "id_str" : "2028517379864593288",
      "truncated" : false,
      "retweet_count" : "269",
      "id" : "2028517379864593288",
      "created_at" : "Mon Mar 02 17:06:46 +0000 2026",
      "favorited" : false,
      "full_text" : "Ramadan giving challenge 🌙 For every reply with your favourite Ramadan memory, we'll donate one meal to a local food bank, up to 2,000 meals. One random reply wins an Eid hamper. No purchase needed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027819793657549858"
          ],
          "editableUntil" : "2026-02-28T19:54:48.554Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "74",
      "id_str" : "2027819793657549858",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2027819793657549858",
      "created_at" : "Sat Feb 28 18:54:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Ramadan night owls: what keeps you up after taraweeh? Series, books, or long majlis chats? 🌙📚",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027086716187374007"
          ],
          "editableUntil" : "2026-02-26T19:21:49.789Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "161"
      ],
      "favorite_count" : "101",
      "id_str" : "2027086716187374007",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2027086716187374007",
      "created_at" : "Thu Feb 26 18:21:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Iftar at the roastery: every Thursday the whole team breaks fast together on the warehouse floor. Ravi brings biryani, Amira brings harees, nobody leaves hungry.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2026243158342120840"
          ],
          "editableUntil" : "2026-02-24T11:29:49.251Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "45",
      "id_str" : "2026243158342120840",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2026243158342120840",
      "created_at" : "Tue Feb 24 10:29:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Suhoor at Dune &amp; Bean 🌙 A pot of qahwa, dates and a pastry for two, AED 55, 10pm to 2am at Jumeirah.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2025530401792315387"
          ],
          "editableUntil" : "2026-02-22T12:17:34.278Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "104",
      "id_str" : "2025530401792315387",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2025530401792315387",
      "created_at" : "Sun Feb 22 11:17:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Congratulations to our Saudi friends on Founding Day 🇸🇦 يوم التأسيس. A warm hello to our customers and partners in Riyadh.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2024937089159103102"
          ],
          "editableUntil" : "2026-02-20T20:59:58.912Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "182"
      ],
      "favorite_count" : "118",
      "id_str" : "2024937089159103102",
      "truncated" : false,
      "retweet_count" : "22",
      "id" : "2024937089159103102",
      "created_at" : "Fri Feb 20 19:59:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Qahwa at home: 2 tbsp lightly roasted ground coffee in 500ml water, simmer 10 minutes, add 1 tsp ground cardamom and a few saffron threads, rest 3 minutes, then strain into a dallah.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2024109629789250765"
          ],
          "editableUntil" : "2026-02-18T14:11:56.303Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nasser Al Kaabi",
            "screen_name" : "nasser_kaabi",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1232988069232660142",
            "id" : "1232988069232660142"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "94"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2024004436637802921",
      "in_reply_to_user_id" : "1232988069232660142",
      "id_str" : "2024109629789250765",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2024109629789250765",
      "in_reply_to_status_id" : "2024004436637802921",
      "created_at" : "Wed Feb 18 13:11:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@nasser_kaabi Ramadan Kareem, Nasser! Yes, both cafés are open from iftar until 2am all month.",
      "lang" : "en",
      "in_reply_to_screen_name" : "nasser_kaabi",
      "in_reply_to_user_id_str" : "1232988069232660142"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023621610855410865"
          ],
          "editableUntil" : "2026-02-17T05:52:43.395Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "307",
      "id_str" : "2023621610855410865",
      "truncated" : false,
      "retweet_count" : "145",
      "id" : "2023621610855410865",
      "created_at" : "Tue Feb 17 04:52:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Ramadan Kareem 🌙 رمضان كريم. May this month bring peace, patience and plenty to your homes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023300276363642916"
          ],
          "editableUntil" : "2026-02-16T08:35:51.584Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/KkRVSumVGF",
            "expanded_url" : "https://duneandbean.example/ramadan",
            "display_url" : "duneandbean.example/ramad…",
            "indices" : [
              "92",
              "115"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "32",
      "id_str" : "2023300276363642916",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2023300276363642916",
      "possibly_sensitive" : false,
      "created_at" : "Mon Feb 16 07:35:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Ramadan hampers are here 🌙 Liwa dates, qahwa blend and a dallah-style brewer. From AED 165.\nhttps://t.co/KkRVSumVGF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2022604336298943510"
          ],
          "editableUntil" : "2026-02-14T10:30:26.177Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "183"
      ],
      "favorite_count" : "111",
      "id_str" : "2022604336298943510",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2022604336298943510",
      "created_at" : "Sat Feb 14 09:30:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Team meeting to plan Ramadan hours. Decision: cafés close in the afternoon so the team can rest, reopen at iftar and stay open till 2am. Fasting team members get first pick of shifts.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2021908942007913436"
          ],
          "editableUntil" : "2026-02-12T12:27:11.071Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "34",
      "id_str" : "2021908942007913436",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2021908942007913436",
      "created_at" : "Thu Feb 12 11:27:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Corporate iftar and suhoor: we bring a coffee bar, two baristas and qahwa service to your event. Ramadan bookings are open, DM us.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2021638922523657347"
          ],
          "editableUntil" : "2026-02-11T18:34:14.168Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hind Al Marri",
            "screen_name" : "hind_almarri",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1367858927921504352",
            "id" : "1367858927921504352"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "131"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "2021554870200949338",
      "in_reply_to_user_id" : "1367858927921504352",
      "id_str" : "2021638922523657347",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2021638922523657347",
      "in_reply_to_status_id" : "2021554870200949338",
      "created_at" : "Wed Feb 11 17:34:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@hind_almarri Hi Hind! The qahwa blend comes pre-spiced, so just brew it with water. We can also grind an unspiced version for you.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hind_almarri",
      "in_reply_to_user_id_str" : "1367858927921504352"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020731918259565475"
          ],
          "editableUntil" : "2026-02-09T06:30:07.937Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "13",
      "id_str" : "2020731918259565475",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2020731918259565475",
      "created_at" : "Mon Feb 09 05:30:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Our Ramadan qahwa blend is back: lightly roasted Ethiopian with cardamom, saffron and a hint of clove. AED 65 a tin.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020000179565224018"
          ],
          "editableUntil" : "2026-02-07T06:02:27.999Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "74",
      "id_str" : "2020000179565224018",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "2020000179565224018",
      "created_at" : "Sat Feb 07 05:02:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Iftar coffee: with the dates, or after the meal? 🌙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2019017178988174558"
          ],
          "editableUntil" : "2026-02-04T12:56:21.161Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "164",
      "id_str" : "2019017178988174558",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2019017178988174558",
      "created_at" : "Wed Feb 04 11:56:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Ramadan is two weeks away. If you'll only drink coffee between iftar and suhoor, start cutting back now, a cup at a time, to avoid the caffeine headache on day one.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2018326993202517278"
          ],
          "editableUntil" : "2026-02-02T15:13:48.925Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DuneAtHome",
            "indices" : [
              "0",
              "11"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Karan ☕",
            "screen_name" : "karan_homebrew",
            "indices" : [
              "22",
              "37"
            ],
            "id_str" : "1405748318827188353",
            "id" : "1405748318827188353"
          },
          {
            "name" : "Noor brews",
            "screen_name" : "noor_brews",
            "indices" : [
              "38",
              "49"
            ],
            "id_str" : "1692144340688588663",
            "id" : "1692144340688588663"
          },
          {
            "name" : "Dan in JLT",
            "screen_name" : "dan_in_jlt",
            "indices" : [
              "50",
              "61"
            ],
            "id_str" : "1296400624311489376",
            "id" : "1296400624311489376"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "118",
      "id_str" : "2018326993202517278",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2018326993202517278",
      "created_at" : "Mon Feb 02 14:13:48 +0000 2026",
      "favorited" : false,
      "full_text" : "#DuneAtHome winners 🏆 @karan_homebrew @noor_brews @dan_in_jlt. Your setups ranged from a lever machine to a camping stove and we loved every one.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2016880212466467388"
          ],
          "editableUntil" : "2026-01-29T15:24:49.126Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "53",
      "id_str" : "2016880212466467388",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2016880212466467388",
      "created_at" : "Thu Jan 29 14:24:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Mugs or cups? What do you actually drink your coffee from at home?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2015780702906661350"
          ],
          "editableUntil" : "2026-01-26T14:35:45.561Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Karan ☕",
            "screen_name" : "karan_homebrew",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1405748318827188353",
            "id" : "1405748318827188353"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "75"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "2015749748744792722",
      "in_reply_to_user_id" : "1405748318827188353",
      "id_str" : "2015780702906661350",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2015780702906661350",
      "in_reply_to_status_id" : "2015749748744792722",
      "created_at" : "Mon Jan 26 13:35:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@karan_homebrew That setup is incredible, Karan 😍 Is that a lever machine?!",
      "lang" : "en",
      "in_reply_to_screen_name" : "karan_homebrew",
      "in_reply_to_user_id_str" : "1405748318827188353"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2015120365571492520"
          ],
          "editableUntil" : "2026-01-24T18:51:48.657Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Amna",
            "screen_name" : "amna_rm",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1133338946624018649",
            "id" : "1133338946624018649"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "9",
        "99"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "2015073554015925058",
      "in_reply_to_user_id" : "1133338946624018649",
      "id_str" : "2015120365571492520",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2015120365571492520",
      "in_reply_to_status_id" : "2015073554015925058",
      "created_at" : "Sat Jan 24 17:51:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@amna_rm Sorry the oat milk ran out, Amna! Our supplier was delayed. It's back in both cafés today.",
      "lang" : "en",
      "in_reply_to_screen_name" : "amna_rm",
      "in_reply_to_user_id_str" : "1133338946624018649"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014259331642831924"
          ],
          "editableUntil" : "2026-01-22T09:50:22.048Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "11",
      "id_str" : "2014259331642831924",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2014259331642831924",
      "created_at" : "Thu Jan 22 08:50:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Cutting back on caffeine this year? Our Swiss Water decaf Colombia, chemical-free, tastes like the real thing. AED 72.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013657447926577071"
          ],
          "editableUntil" : "2026-01-20T17:58:42.438Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "30",
      "id_str" : "2013657447926577071",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2013657447926577071",
      "created_at" : "Tue Jan 20 16:58:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Back in stock: Yemen Haraaz, our most requested coffee. Dried fruit, cocoa, spice. Very limited, AED 140 for 250g.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2012880893482996203"
          ],
          "editableUntil" : "2026-01-18T14:32:57.288Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DuneAtHome",
            "indices" : [
              "60",
              "71"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "168"
      ],
      "favorite_count" : "480",
      "id_str" : "2012880893482996203",
      "truncated" : false,
      "retweet_count" : "257",
      "id" : "2012880893482996203",
      "created_at" : "Sun Jan 18 13:32:57 +0000 2026",
      "favorited" : false,
      "full_text" : "January challenge 🎯 Show us your home coffee setup: photo + #DuneAtHome. Our three favourites each win a V60 kit and a bag of beans. No purchase necessary, ends 31 Jan.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2011663304836865497"
          ],
          "editableUntil" : "2026-01-15T05:54:41.906Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Filter Diaries",
            "screen_name" : "filterdiaries",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "290577770",
            "id" : "290577770"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2011663304836865497",
      "truncated" : false,
      "retweet_count" : "371",
      "id" : "2011663304836865497",
      "created_at" : "Thu Jan 15 04:54:41 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @filterdiaries: Dubai now has more specialty cafés per person than most European capitals. Five years ago that would have sounded absurd.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2010748976453821363"
          ],
          "editableUntil" : "2026-01-12T17:21:28.199Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "192"
      ],
      "favorite_count" : "79",
      "id_str" : "2010748976453821363",
      "truncated" : false,
      "retweet_count" : "41",
      "id" : "2010748976453821363",
      "created_at" : "Mon Jan 12 16:21:28 +0000 2026",
      "favorited" : false,
      "full_text" : "The big coffee trade show is back at the World Trade Centre next week, with roasters, importers and machine makers from 50+ countries. We'll be walking the halls Tuesday and Wednesday; say hi.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2009487270877147321"
          ],
          "editableUntil" : "2026-01-09T05:47:54.761Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "88",
      "id_str" : "2009487270877147321",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "2009487270877147321",
      "created_at" : "Fri Jan 09 04:47:54 +0000 2026",
      "favorited" : false,
      "full_text" : "January is roast-planning month. Karim and Amira cupped 60 samples this week to build the 2026 menu. If they look tired, that's why.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2008487252013557442"
          ],
          "editableUntil" : "2026-01-06T11:34:11.664Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Yousef 🇧🇭",
            "screen_name" : "yousef_bhr",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1103420899766724594",
            "id" : "1103420899766724594"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "69"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "2008458816870510511",
      "in_reply_to_user_id" : "1103420899766724594",
      "id_str" : "2008487252013557442",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2008487252013557442",
      "in_reply_to_status_id" : "2008458816870510511",
      "created_at" : "Tue Jan 06 10:34:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@yousef_bhr Hi Yousef! Yes, we ship to Bahrain now, 3–5 working days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "yousef_bhr",
      "in_reply_to_user_id_str" : "1103420899766724594"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2007369592600305990"
          ],
          "editableUntil" : "2026-01-03T09:33:00.200Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "167"
      ],
      "favorite_count" : "44",
      "id_str" : "2007369592600305990",
      "truncated" : false,
      "retweet_count" : "23",
      "id" : "2007369592600305990",
      "created_at" : "Sat Jan 03 08:33:00 +0000 2026",
      "favorited" : false,
      "full_text" : "New year, new brew method? The AeroPress is the most forgiving: hard to break, easy to clean, and it makes a decent cup even with supermarket beans (sorry, not sorry).",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2006320411766743450"
          ],
          "editableUntil" : "2025-12-31T12:03:56.239Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "43",
      "id_str" : "2006320411766743450",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2006320411766743450",
      "created_at" : "Wed Dec 31 11:03:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Last day of 2025 🎆 What's one coffee you want to try in 2026?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2005497438052712018"
          ],
          "editableUntil" : "2025-12-29T05:33:44.331Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "28",
      "id_str" : "2005497438052712018",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2005497438052712018",
      "created_at" : "Mon Dec 29 04:33:44 +0000 2025",
      "favorited" : false,
      "full_text" : "New Year's Eve at the Jumeirah café: open till 1am, with a midnight pour of our Panama Gesha at AED 45 a cup 🎆",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2004808974679720874"
          ],
          "editableUntil" : "2025-12-27T07:58:01.447Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "27",
      "id_str" : "2004808974679720874",
      "truncated" : false,
      "retweet_count" : "41",
      "id" : "2004808974679720874",
      "created_at" : "Sat Dec 27 06:58:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Rain alert 🌧️ Heavy rain is forecast across the UAE this weekend. Stay safe on the roads, keep away from the wadis, and check on your neighbours.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2003877701522419029"
          ],
          "editableUntil" : "2025-12-24T18:17:28.720Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emma",
            "screen_name" : "emma_dxb_",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2080630258",
            "id" : "2080630258"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "86"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2003744571236672417",
      "in_reply_to_user_id" : "2080630258",
      "id_str" : "2003877701522419029",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2003877701522419029",
      "in_reply_to_status_id" : "2003744571236672417",
      "created_at" : "Wed Dec 24 17:17:28 +0000 2025",
      "favorited" : false,
      "full_text" : "@emma_dxb_ Merry Christmas to you too, Emma! 🎄 Both cafés keep normal hours this week.",
      "lang" : "en",
      "in_reply_to_screen_name" : "emma_dxb_",
      "in_reply_to_user_id_str" : "2080630258"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2003124278238496983"
          ],
          "editableUntil" : "2025-12-22T16:23:38.127Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "169"
      ],
      "favorite_count" : "146",
      "id_str" : "2003124278238496983",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "2003124278238496983",
      "created_at" : "Mon Dec 22 15:23:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Year-end team dinner 🍽️ 23 of us now, from 4 when we started. Hamdan gave a speech, Karim cried (he'll deny it), and Meera won Secret Santa with a hand-drawn coffee map.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2001917096231797209"
          ],
          "editableUntil" : "2025-12-19T08:26:44.008Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "12",
      "id_str" : "2001917096231797209",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2001917096231797209",
      "created_at" : "Fri Dec 19 07:26:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Dubai Shopping Festival is on 🛍️ Spend AED 200 at either café and take home a free bag of Shamal espresso.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2000888885136333307"
          ],
          "editableUntil" : "2025-12-16T12:20:59.101Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "DXB Lens",
            "screen_name" : "dxb_lens",
            "indices" : [
              "26",
              "35"
            ],
            "id_str" : "1515803842596492929",
            "id" : "1515803842596492929"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "30",
      "id_str" : "2000888885136333307",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2000888885136333307",
      "created_at" : "Tue Dec 16 11:20:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Beautiful photo series by @dxb_lens on the old coffee houses of Bur Dubai and Deira. Brass dallahs, neighbours, long conversations. Go look.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1999737362693219181"
          ],
          "editableUntil" : "2025-12-13T08:05:15.979Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "18",
      "id_str" : "1999737362693219181",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1999737362693219181",
      "created_at" : "Sat Dec 13 07:05:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Holiday gift boxes are live 🎁 Three sizes from AED 95. Order by 20 Dec for delivery before the new year.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1999050398441833132"
          ],
          "editableUntil" : "2025-12-11T10:35:30.293Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "125",
      "id_str" : "1999050398441833132",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1999050398441833132",
      "created_at" : "Thu Dec 11 09:35:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Qahwa: cardamom only, or cardamom + saffron? ☕🇦🇪",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1998768298339858975"
          ],
          "editableUntil" : "2025-12-10T15:54:32.343Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "George",
            "screen_name" : "george_dxb",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1577539527784313622",
            "id" : "1577539527784313622"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "132"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1998665623528390728",
      "in_reply_to_user_id" : "1577539527784313622",
      "id_str" : "1998768298339858975",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1998768298339858975",
      "in_reply_to_status_id" : "1998665623528390728",
      "created_at" : "Wed Dec 10 14:54:32 +0000 2025",
      "favorited" : false,
      "full_text" : "@george_dxb Very fair, George. The music was too loud last night; we've turned it down and added a volume check to the closing list.",
      "lang" : "en",
      "in_reply_to_screen_name" : "george_dxb",
      "in_reply_to_user_id_str" : "1577539527784313622"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1998042970393759822"
          ],
          "editableUntil" : "2025-12-08T15:52:20.576Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "197"
      ],
      "favorite_count" : "58",
      "id_str" : "1998042970393759822",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "1998042970393759822",
      "created_at" : "Mon Dec 08 14:52:20 +0000 2025",
      "favorited" : false,
      "full_text" : "Arabic coffee vs specialty coffee is a false choice. Qahwa is usually lightly roasted and brewed with cardamom, sometimes saffron or cloves. It's closer to a \"light roast\" than most people realise.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1996875999590788127"
          ],
          "editableUntil" : "2025-12-05T10:35:13.106Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Saeed Al Ketbi",
            "screen_name" : "saeed_alketbi",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1205131486",
            "id" : "1205131486"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "126"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1996747153002570146",
      "in_reply_to_user_id" : "1205131486",
      "id_str" : "1996875999590788127",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1996875999590788127",
      "in_reply_to_status_id" : "1996747153002570146",
      "created_at" : "Fri Dec 05 09:35:13 +0000 2025",
      "favorited" : false,
      "full_text" : "@saeed_alketbi All 54 tins sold out in three hours, Saeed 😔 We're really sorry. We'll announce next year's edition here first.",
      "lang" : "en",
      "in_reply_to_screen_name" : "saeed_alketbi",
      "in_reply_to_user_id_str" : "1205131486"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1995747133930321576"
          ],
          "editableUntil" : "2025-12-02T07:49:30.266Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "112",
      "id_str" : "1995747133930321576",
      "truncated" : false,
      "retweet_count" : "23",
      "id" : "1995747133930321576",
      "created_at" : "Tue Dec 02 06:49:30 +0000 2025",
      "favorited" : false,
      "full_text" : "The team in national colours this morning 🇦🇪 Hamdan brought his grandfather's dallah to the café and poured qahwa for everyone who walked in.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1995727085971413159"
          ],
          "editableUntil" : "2025-12-02T06:29:50.244Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "578",
      "id_str" : "1995727085971413159",
      "truncated" : false,
      "retweet_count" : "79",
      "id" : "1995727085971413159",
      "created_at" : "Tue Dec 02 05:29:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Happy 54th Eid Al Etihad 🇦🇪 عيد اتحاد سعيد! To the country that welcomed a tiny roastery and its big ideas: thank you. Here's to many more years of the Union.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1995545008100575529"
          ],
          "editableUntil" : "2025-12-01T18:26:20.165Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "21",
      "id_str" : "1995545008100575529",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1995545008100575529",
      "created_at" : "Mon Dec 01 17:26:20 +0000 2025",
      "favorited" : false,
      "full_text" : "Eid Al Etihad limited edition: our \"Emirates\" blend in a red, green, white and black tin. Only 54 tins, one for every year of the Union. AED 120.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1995047217776193965"
          ],
          "editableUntil" : "2025-11-30T09:28:17.102Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "87",
      "id_str" : "1995047217776193965",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1995047217776193965",
      "created_at" : "Sun Nov 30 08:28:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Did you actually buy anything on White Friday, or just fill a basket and close the tab? Asking for ourselves 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1994982198445821660"
          ],
          "editableUntil" : "2025-11-30T05:09:55.679Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "267",
      "id_str" : "1994982198445821660",
      "truncated" : false,
      "retweet_count" : "21",
      "id" : "1994982198445821660",
      "created_at" : "Sun Nov 30 04:09:55 +0000 2025",
      "favorited" : false,
      "full_text" : "On Commemoration Day we honour the martyrs of the UAE, who gave their lives for this country 🇦🇪 May they rest in peace.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1994808420135872849"
          ],
          "editableUntil" : "2025-11-29T17:39:23.504Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bilal",
            "screen_name" : "bilal_ak",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1504063865114774100",
            "id" : "1504063865114774100"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "113"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1994720086520286560",
      "in_reply_to_user_id" : "1504063865114774100",
      "id_str" : "1994808420135872849",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1994808420135872849",
      "in_reply_to_status_id" : "1994720086520286560",
      "created_at" : "Sat Nov 29 16:39:23 +0000 2025",
      "favorited" : false,
      "full_text" : "@bilal_ak It does, Bilal! The 25% applies to the Panama Gesha too. Use code WF25 at checkout before Sunday night.",
      "lang" : "en",
      "in_reply_to_screen_name" : "bilal_ak",
      "in_reply_to_user_id_str" : "1504063865114774100"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1994337552734691805"
          ],
          "editableUntil" : "2025-11-28T10:28:20.409Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/l2LL4lanSQ",
            "expanded_url" : "https://duneandbean.example/white-friday",
            "display_url" : "duneandbean.example/white…",
            "indices" : [
              "114",
              "137"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "20",
      "id_str" : "1994337552734691805",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "1994337552734691805",
      "possibly_sensitive" : false,
      "created_at" : "Fri Nov 28 09:28:20 +0000 2025",
      "favorited" : false,
      "full_text" : "It's White Friday ⚪ Our biggest sale of the year ends Sunday: 25% off single origins, 30% off gift subscriptions.\nhttps://t.co/l2LL4lanSQ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1994101780067806690"
          ],
          "editableUntil" : "2025-11-27T18:51:27.104Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Maryam Al Hashimi",
            "screen_name" : "maryam_hashimi",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1636397029337540245",
            "id" : "1636397029337540245"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "109"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1994010931303204985",
      "in_reply_to_user_id" : "1636397029337540245",
      "id_str" : "1994101780067806690",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1994101780067806690",
      "in_reply_to_status_id" : "1994010931303204985",
      "created_at" : "Thu Nov 27 17:51:27 +0000 2025",
      "favorited" : false,
      "full_text" : "@maryam_hashimi Thank you for the lovely words about Joanna, Maryam! We'll pass them on, she'll be thrilled 💛",
      "lang" : "en",
      "in_reply_to_screen_name" : "maryam_hashimi",
      "in_reply_to_user_id_str" : "1636397029337540245"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993695889652923624"
          ],
          "editableUntil" : "2025-11-26T15:58:35.528Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "12",
      "id_str" : "1993695889652923624",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1993695889652923624",
      "created_at" : "Wed Nov 26 14:58:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Black Friday for offices: your first month of our wholesale plan free when you sign up for 12 months this week. DM us.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1992832068242326403"
          ],
          "editableUntil" : "2025-11-24T06:46:04.507Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "29",
      "id_str" : "1992832068242326403",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1992832068242326403",
      "created_at" : "Mon Nov 24 05:46:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Gift the Dune Club ☕ 6-month gift subscriptions are 30% off for White Friday. You pick the start date, we send the card.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1992275740612733529"
          ],
          "editableUntil" : "2025-11-22T17:55:25.413Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "11",
      "id_str" : "1992275740612733529",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1992275740612733529",
      "created_at" : "Sat Nov 22 16:55:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Gear up for less this White Friday: V60 starter kit (dripper, filters, scale, gooseneck kettle) for AED 249 instead of AED 339. Limited stock.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991409066362857202"
          ],
          "editableUntil" : "2025-11-20T08:31:34.886Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "16",
      "id_str" : "1991409066362857202",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "1991409066362857202",
      "created_at" : "Thu Nov 20 07:31:34 +0000 2025",
      "favorited" : false,
      "full_text" : "White Friday starts early here ⚪ 25% off all single origins from today until 30 November.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1990385796486580259"
          ],
          "editableUntil" : "2025-11-17T12:45:28.356Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "155"
      ],
      "favorite_count" : "84",
      "id_str" : "1990385796486580259",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "1990385796486580259",
      "created_at" : "Mon Nov 17 11:45:28 +0000 2025",
      "favorited" : false,
      "full_text" : "We planted 40 ghaf saplings with a community group in Al Qudra this weekend 🌱 The ghaf is the UAE's national tree and survives on almost no water. Respect.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1988854859932481268"
          ],
          "editableUntil" : "2025-11-13T07:22:04.721Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sophie",
            "screen_name" : "sophie_dxb_",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "2031988598",
            "id" : "2031988598"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "101"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1988751175455101444",
      "in_reply_to_user_id" : "2031988598",
      "id_str" : "1988854859932481268",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1988854859932481268",
      "in_reply_to_status_id" : "1988751175455101444",
      "created_at" : "Thu Nov 13 06:22:04 +0000 2025",
      "favorited" : false,
      "full_text" : "@sophie_dxb_ Hi Sophie, that hand grinder is back in stock next week. We'll reply here when it lands.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sophie_dxb_",
      "in_reply_to_user_id_str" : "2031988598"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1988249027651037430"
          ],
          "editableUntil" : "2025-11-11T15:14:42.879Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/TLhkCxIZRx",
            "expanded_url" : "https://duneandbean.example/shop",
            "display_url" : "duneandbean.example/shop",
            "indices" : [
              "77",
              "100"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "28",
      "id_str" : "1988249027651037430",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1988249027651037430",
      "possibly_sensitive" : false,
      "created_at" : "Tue Nov 11 14:14:42 +0000 2025",
      "favorited" : false,
      "full_text" : "11.11 sale ⚡ 11% off everything online, today only. Beans, gear, gift cards.\nhttps://t.co/TLhkCxIZRx",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1987080385276627525"
          ],
          "editableUntil" : "2025-11-08T09:50:56.700Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "172"
      ],
      "favorite_count" : "48",
      "id_str" : "1987080385276627525",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1987080385276627525",
      "created_at" : "Sat Nov 08 08:50:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Does coffee help a workout? For many people, caffeine 30–60 minutes before exercise improves endurance. Pair it with water, and skip it if you train late and want to sleep.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1986004913256852507"
          ],
          "editableUntil" : "2025-11-05T10:37:24.769Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "42",
      "id_str" : "1986004913256852507",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1986004913256852507",
      "created_at" : "Wed Nov 05 09:37:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Fitness challenge check-in: coffee before a workout, after, or both? ☕💪",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1985243653378376508"
          ],
          "editableUntil" : "2025-11-03T08:12:25.658Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "197",
      "id_str" : "1985243653378376508",
      "truncated" : false,
      "retweet_count" : "46",
      "id" : "1985243653378376508",
      "created_at" : "Mon Nov 03 07:12:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Happy UAE Flag Day 🇦🇪 We raised the flag at the roastery at 11am with the whole team. Proud to call this country home.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1984555591489667506"
          ],
          "editableUntil" : "2025-11-01T10:38:18.492Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "28",
      "id_str" : "1984555591489667506",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "1984555591489667506",
      "created_at" : "Sat Nov 01 09:38:18 +0000 2025",
      "favorited" : false,
      "full_text" : "The Dubai Fitness Challenge starts today: 30 minutes of activity a day for 30 days. The big community run and ride are back too. Who's in? 🏃‍♀️🚴",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1984180714459913783"
          ],
          "editableUntil" : "2025-10-31T09:48:41.797Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "183",
      "id_str" : "1984180714459913783",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1984180714459913783",
      "created_at" : "Fri Oct 31 08:48:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Halloween at the roastery = Ravi dressed as a coffee bean. We have no further information at this time 🎃☕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1983439839306483510"
          ],
          "editableUntil" : "2025-10-29T08:44:42.112Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rashed",
            "screen_name" : "rashed_ae",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1347832302863072374",
            "id" : "1347832302863072374"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "144"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1983357295028038530",
      "in_reply_to_user_id" : "1347832302863072374",
      "id_str" : "1983439839306483510",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1983439839306483510",
      "in_reply_to_status_id" : "1983357295028038530",
      "created_at" : "Wed Oct 29 07:44:42 +0000 2025",
      "favorited" : false,
      "full_text" : "@rashed_ae Sorry for the mix-up with your order, Rashed. The right bag is on its way today, and no need to return the wrong one. Enjoy it on us.",
      "lang" : "en",
      "in_reply_to_screen_name" : "rashed_ae",
      "in_reply_to_user_id_str" : "1347832302863072374"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1982411331095898706"
          ],
          "editableUntil" : "2025-10-26T12:37:47.234Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "38",
      "id_str" : "1982411331095898706",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1982411331095898706",
      "created_at" : "Sun Oct 26 11:37:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Office coffee that doesn't taste like regret. Our wholesale plan brings a grinder, fresh beans and a barista training session to your workplace. Ask us for a quote.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1981727903494631397"
          ],
          "editableUntil" : "2025-10-24T15:22:05.963Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "151",
      "id_str" : "1981727903494631397",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1981727903494631397",
      "created_at" : "Fri Oct 24 14:22:05 +0000 2025",
      "favorited" : false,
      "full_text" : "Your coffee-to-work ritual: brew at home, grab one on the way, or the office machine (we won't judge… much)? 😬",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1980484302576658206"
          ],
          "editableUntil" : "2025-10-21T05:00:28.007Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "33",
      "id_str" : "1980484302576658206",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "1980484302576658206",
      "created_at" : "Tue Oct 21 04:00:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Big week for the city: the tech expo has taken over the World Trade Centre and Sheikh Zayed Road is… you know. If you're going, leave early and drink water, not just coffee.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979968149675984307"
          ],
          "editableUntil" : "2025-10-19T18:49:27.359Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Alex in Dubai",
            "screen_name" : "alex_in_dubai",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "288082251",
            "id" : "288082251"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "122"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1979847354406315823",
      "in_reply_to_user_id" : "288082251",
      "id_str" : "1979968149675984307",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1979968149675984307",
      "in_reply_to_status_id" : "1979847354406315823",
      "created_at" : "Sun Oct 19 17:49:27 +0000 2025",
      "favorited" : false,
      "full_text" : "@alex_in_dubai Hi Alex, we ship to all emirates. Orders before 2pm go out the same day in Dubai, next day everywhere else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "alex_in_dubai",
      "in_reply_to_user_id_str" : "288082251"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978700725579284359"
          ],
          "editableUntil" : "2025-10-16T06:53:10.995Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Coffee Chemistry",
            "screen_name" : "coffee_chem",
            "indices" : [
              "40",
              "52"
            ],
            "id_str" : "1631036482754811084",
            "id" : "1631036482754811084"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "28",
      "id_str" : "1978700725579284359",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1978700725579284359",
      "created_at" : "Thu Oct 16 05:53:10 +0000 2025",
      "favorited" : false,
      "full_text" : "If you like the science side of coffee, @coffee_chem explained extraction yield better in one infographic than we have in a year of workshops. Highly recommend.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978031144182665870"
          ],
          "editableUntil" : "2025-10-14T10:32:29.503Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/3ij5gxYVzA",
            "expanded_url" : "https://duneandbean.example/shop/liwa",
            "display_url" : "duneandbean.example/shop/…",
            "indices" : [
              "129",
              "152"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "13",
      "id_str" : "1978031144182665870",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1978031144182665870",
      "possibly_sensitive" : false,
      "created_at" : "Tue Oct 14 09:32:29 +0000 2025",
      "favorited" : false,
      "full_text" : "New for autumn (OK, \"autumn\", it's 34°C): the Liwa filter blend, Rwanda + Ethiopia, with red apple, honey and black tea. AED 74.\nhttps://t.co/3ij5gxYVzA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1977224275641334506"
          ],
          "editableUntil" : "2025-10-12T05:06:17.781Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "195",
      "id_str" : "1977224275641334506",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "1977224275641334506",
      "created_at" : "Sun Oct 12 04:06:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Inside the Dubai Hills café at 5:45am: chairs down, grinders purged, the first shot pulled and poured away. The second one? That's for the team.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1976134796465761466"
          ],
          "editableUntil" : "2025-10-09T04:57:04.704Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "53",
      "id_str" : "1976134796465761466",
      "truncated" : false,
      "retweet_count" : "45",
      "id" : "1976134796465761466",
      "created_at" : "Thu Oct 09 03:57:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Espresso for beginners: 18g in, 36g out, 25–30 seconds. It's a starting point, not a law. Taste, then adjust the grind. Sour → finer, bitter → coarser.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1975057028284398603"
          ],
          "editableUntil" : "2025-10-06T05:34:24.768Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ahmed Al Mheiri",
            "screen_name" : "ahmed_almheiri",
            "indices" : [
              "46",
              "61"
            ],
            "id_str" : "1588699506575152468",
            "id" : "1588699506575152468"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "96",
      "id_str" : "1975057028284398603",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1975057028284398603",
      "created_at" : "Mon Oct 06 04:34:24 +0000 2025",
      "favorited" : false,
      "full_text" : "And the winner of our Coffee Day giveaway is… @ahmed_almheiri 🎉 Check your DMs! Thanks to the 1,100+ of you who entered. Your dream destinations are now our travel wishlist.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974308623444129810"
          ],
          "editableUntil" : "2025-10-04T04:00:31.127Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dubai Coffee Map",
            "screen_name" : "dxbcoffeemap",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1494189269",
            "id" : "1494189269"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "0",
      "id_str" : "1974308623444129810",
      "truncated" : false,
      "retweet_count" : "126",
      "id" : "1974308623444129810",
      "created_at" : "Sat Oct 04 03:00:31 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dxbcoffeemap: Our Coffee Day map is live: 40 cafés, 12 events, one very tired team. Tag us in your cups today ☕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974169185481426464"
          ],
          "editableUntil" : "2025-10-03T18:46:26.282Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Zainab",
            "screen_name" : "zainab_hmd",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1521373217333144134",
            "id" : "1521373217333144134"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "70"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1974139740560791314",
      "in_reply_to_user_id" : "1521373217333144134",
      "id_str" : "1974169185481426464",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1974169185481426464",
      "in_reply_to_status_id" : "1974139740560791314",
      "created_at" : "Fri Oct 03 17:46:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@zainab_hmd Kyoto is an excellent answer, Zainab 😍 You're in the draw!",
      "lang" : "en",
      "in_reply_to_screen_name" : "zainab_hmd",
      "in_reply_to_user_id_str" : "1521373217333144134"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1973441060076140563"
          ],
          "editableUntil" : "2025-10-01T18:33:08.011Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "215"
      ],
      "favorite_count" : "725",
      "id_str" : "1973441060076140563",
      "truncated" : false,
      "retweet_count" : "172",
      "id" : "1973441060076140563",
      "created_at" : "Wed Oct 01 17:33:08 +0000 2025",
      "favorited" : false,
      "full_text" : "International Coffee Day giveaway 🎉 Tag a friend who owes you a coffee and tell us your dream coffee destination. One winner gets a 3-month Dune Club subscription. No purchase needed. Ends 5 Oct, UAE residents only.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1973302386882007557"
          ],
          "editableUntil" : "2025-10-01T09:22:05.839Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "283",
      "id_str" : "1973302386882007557",
      "truncated" : false,
      "retweet_count" : "56",
      "id" : "1973302386882007557",
      "created_at" : "Wed Oct 01 08:22:05 +0000 2025",
      "favorited" : false,
      "full_text" : "Happy International Coffee Day ☕ To every farmer, picker, processor, shipper, roaster and barista between a cherry and your cup: thank you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1972954987744232480"
          ],
          "editableUntil" : "2025-09-30T10:21:39.083Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "109",
      "id_str" : "1972954987744232480",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1972954987744232480",
      "created_at" : "Tue Sep 30 09:21:39 +0000 2025",
      "favorited" : false,
      "full_text" : "Tomorrow is International Coffee Day ☕ What's the cup that made you fall for coffee?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1972286994527638097"
          ],
          "editableUntil" : "2025-09-28T14:07:17.964Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dubai Coffee Map",
            "screen_name" : "dxbcoffeemap",
            "indices" : [
              "119",
              "132"
            ],
            "id_str" : "1494189269",
            "id" : "1494189269"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "48",
      "id_str" : "1972286994527638097",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "1972286994527638097",
      "created_at" : "Sun Sep 28 13:07:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Mark the date: International Coffee Day is 1 October. Cafés across the city are planning tastings and talks this week; @dxbcoffeemap has a good roundup.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1971068605015700238"
          ],
          "editableUntil" : "2025-09-25T05:25:50.104Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jess eats Dubai",
            "screen_name" : "jess_eats_dxb",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1812160010",
            "id" : "1812160010"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "87"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1970974481719106480",
      "in_reply_to_user_id" : "1812160010",
      "id_str" : "1971068605015700238",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1971068605015700238",
      "in_reply_to_status_id" : "1970974481719106480",
      "created_at" : "Thu Sep 25 04:25:50 +0000 2025",
      "favorited" : false,
      "full_text" : "@jess_eats_dxb There's a small pour-over bar at Jumeirah too, Jess. Ask for the Kenya 😉",
      "lang" : "en",
      "in_reply_to_screen_name" : "jess_eats_dxb",
      "in_reply_to_user_id_str" : "1812160010"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1970347086120790191"
          ],
          "editableUntil" : "2025-09-23T05:38:47.900Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "179"
      ],
      "favorite_count" : "215",
      "id_str" : "1970347086120790191",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1970347086120790191",
      "created_at" : "Tue Sep 23 04:38:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Congratulations to our friends in Saudi Arabia on the 95th Saudi National Day 🇸🇦💚 A special hello to our Saudi regulars and to Faisal on the roasting team. اليوم الوطني السعودي ٩٥",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1970028889266732197"
          ],
          "editableUntil" : "2025-09-22T08:34:23.185Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "22",
      "id_str" : "1970028889266732197",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1970028889266732197",
      "created_at" : "Mon Sep 22 07:34:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Home cupping kit: four 50g samples, two cupping spoons and a tasting sheet. The easiest way to find your favourite origin. AED 110.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1969456261219679018"
          ],
          "editableUntil" : "2025-09-20T18:38:58.241Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "36",
      "id_str" : "1969456261219679018",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1969456261219679018",
      "created_at" : "Sat Sep 20 17:38:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Fresh crop Kenya Nyeri AA is here: blackcurrant, grapefruit, syrupy body. Only 60 bags this year, AED 92.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1968721305099700077"
          ],
          "editableUntil" : "2025-09-18T17:58:30.567Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "75",
      "id_str" : "1968721305099700077",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "1968721305099700077",
      "created_at" : "Thu Sep 18 16:58:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Karim is back from a sourcing trip to Huila, Colombia. 11 farms, 140 cups tasted, one flat tyre on a mountain road. He's already talking about next year's lots.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966703411860076893"
          ],
          "editableUntil" : "2025-09-13T04:20:07.299Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "228"
      ],
      "favorite_count" : "34",
      "id_str" : "1966703411860076893",
      "truncated" : false,
      "retweet_count" : "34",
      "id" : "1966703411860076893",
      "created_at" : "Sat Sep 13 03:20:07 +0000 2025",
      "favorited" : false,
      "full_text" : "\"Washed\" vs \"natural\" on a bag: washed means the fruit is removed before drying, so the cup is clean and bright. Natural means the whole cherry dries on the bean, so it's fruitier and wilder. Same farm, totally different coffee.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1965773673584402245"
          ],
          "editableUntil" : "2025-09-10T14:45:40.553Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "141",
      "id_str" : "1965773673584402245",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "1965773673584402245",
      "created_at" : "Wed Sep 10 13:45:40 +0000 2025",
      "favorited" : false,
      "full_text" : "If you could only drink one origin for the rest of your life, which one? Ethiopia, Colombia, Kenya, Brazil, Yemen… go.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964957443965285968"
          ],
          "editableUntil" : "2025-09-08T08:42:16.541Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gulf Coffee Guild",
            "screen_name" : "gulfcoffeeguild",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "1598634488817259743",
            "id" : "1598634488817259743"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "0",
      "id_str" : "1964957443965285968",
      "truncated" : false,
      "retweet_count" : "133",
      "id" : "1964957443965285968",
      "created_at" : "Mon Sep 08 07:42:16 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @gulfcoffeeguild: Congratulations to all finalists from this year's regional barista championship qualifiers! The final is in Abu Dhabi next month 🏆",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964309713603945057"
          ],
          "editableUntil" : "2025-09-06T13:48:25.713Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Khalid Al Qasimi",
            "screen_name" : "kh_alqasimi",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1216817493079231651",
            "id" : "1216817493079231651"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "81"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1964299648569823128",
      "in_reply_to_user_id" : "1216817493079231651",
      "id_str" : "1964309713603945057",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1964309713603945057",
      "in_reply_to_status_id" : "1964299648569823128",
      "created_at" : "Sat Sep 06 12:48:25 +0000 2025",
      "favorited" : false,
      "full_text" : "@kh_alqasimi It's free, Khalid! Just reply to our DM to book one of the 12 seats.",
      "lang" : "en",
      "in_reply_to_screen_name" : "kh_alqasimi",
      "in_reply_to_user_id_str" : "1216817493079231651"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963208774424155796"
          ],
          "editableUntil" : "2025-09-03T12:53:41.062Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "169"
      ],
      "favorite_count" : "67",
      "id_str" : "1963208774424155796",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1963208774424155796",
      "created_at" : "Wed Sep 03 11:53:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Public cupping nights are back! First Wednesday of every month, 7pm at the roastery. Free, 12 seats, first come first served. This month: three Kenyan lots side by side.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1962918392549435979"
          ],
          "editableUntil" : "2025-09-02T17:39:48.559Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Noura",
            "screen_name" : "noura_binali",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1845724110036063188",
            "id" : "1845724110036063188"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "122"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1962824522438666619",
      "in_reply_to_user_id" : "1845724110036063188",
      "id_str" : "1962918392549435979",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1962918392549435979",
      "in_reply_to_status_id" : "1962824522438666619",
      "created_at" : "Tue Sep 02 16:39:48 +0000 2025",
      "favorited" : false,
      "full_text" : "@noura_binali Hi Noura, none of our syrups contain alcohol or animal products. The full ingredient list is at the counter.",
      "lang" : "en",
      "in_reply_to_screen_name" : "noura_binali",
      "in_reply_to_user_id_str" : "1845724110036063188"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1962196855941537229"
          ],
          "editableUntil" : "2025-08-31T17:52:40.875Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "61",
      "id_str" : "1962196855941537229",
      "truncated" : false,
      "retweet_count" : "35",
      "id" : "1962196855941537229",
      "created_at" : "Sun Aug 31 16:52:40 +0000 2025",
      "favorited" : false,
      "full_text" : "School-run coffee tip: rinse your travel mug with hot water before filling so the coffee stays hot longer, and scrub it daily with baking soda to kill that old-coffee taste.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961768521452050332"
          ],
          "editableUntil" : "2025-08-30T13:30:38.348Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Layla",
            "screen_name" : "layla_mhd",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1419487688873078325",
            "id" : "1419487688873078325"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "81"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1961664334719471139",
      "in_reply_to_user_id" : "1419487688873078325",
      "id_str" : "1961768521452050332",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1961768521452050332",
      "in_reply_to_status_id" : "1961664334719471139",
      "created_at" : "Sat Aug 30 12:30:38 +0000 2025",
      "favorited" : false,
      "full_text" : "@layla_mhd So glad your son liked the hot chocolate, Layla! It's Meera's recipe 😊",
      "lang" : "en",
      "in_reply_to_screen_name" : "layla_mhd",
      "in_reply_to_user_id_str" : "1419487688873078325"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960950980795312540"
          ],
          "editableUntil" : "2025-08-28T07:22:01.527Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "179"
      ],
      "favorite_count" : "258",
      "id_str" : "1960950980795312540",
      "truncated" : false,
      "retweet_count" : "58",
      "id" : "1960950980795312540",
      "created_at" : "Thu Aug 28 06:22:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Happy Emirati Women's Day 🇦🇪 To the women of our team, and to the Emirati women building this country's coffee culture from farm to bar. A special shout-out to our Q-grader Amira.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959889786740044569"
          ],
          "editableUntil" : "2025-08-25T09:05:12.654Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "188",
      "id_str" : "1959889786740044569",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "1959889786740044569",
      "created_at" : "Mon Aug 25 08:05:12 +0000 2025",
      "favorited" : false,
      "full_text" : "First day of school across the UAE! 🎒 Good luck to every student, every teacher, and every parent who had to find the other shoe at 6:45am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958912475198703764"
          ],
          "editableUntil" : "2025-08-22T16:21:43.329Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "34",
      "id_str" : "1958912475198703764",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1958912475198703764",
      "created_at" : "Fri Aug 22 15:21:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Early birds: Dubai Hills now opens at 6:30am on school days, so you can grab a flat white after drop-off ☕🚗",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958135891683654541"
          ],
          "editableUntil" : "2025-08-20T12:55:51.242Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ms Fatima",
            "screen_name" : "fatima_teaches",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1148269646568802079",
            "id" : "1148269646568802079"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "118"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1958041017499842214",
      "in_reply_to_user_id" : "1148269646568802079",
      "id_str" : "1958135891683654541",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958135891683654541",
      "in_reply_to_status_id" : "1958041017499842214",
      "created_at" : "Wed Aug 20 11:55:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@fatima_teaches Yes, Fatima, nursery and university staff count too! Use code TEACH20 online and the discount applies.",
      "lang" : "en",
      "in_reply_to_screen_name" : "fatima_teaches",
      "in_reply_to_user_id_str" : "1148269646568802079"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957833747443975106"
          ],
          "editableUntil" : "2025-08-19T16:55:14.152Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/qWevx46HEU",
            "expanded_url" : "https://duneandbean.example/school",
            "display_url" : "duneandbean.example/school",
            "indices" : [
              "118",
              "141"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "27",
      "id_str" : "1957833747443975106",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1957833747443975106",
      "possibly_sensitive" : false,
      "created_at" : "Tue Aug 19 15:55:14 +0000 2025",
      "favorited" : false,
      "full_text" : "The Back-to-School bundle: a bag of Shamal espresso, a travel tumbler and 10% off your first Dune Club box. AED 129 👉\nhttps://t.co/qWevx46HEU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956920837478323781"
          ],
          "editableUntil" : "2025-08-17T04:27:40.257Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "31",
      "id_str" : "1956920837478323781",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1956920837478323781",
      "created_at" : "Sun Aug 17 03:27:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Teachers of Dubai 🍎 20% off your coffee all September. Just show your school ID at either café.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955915986575967193"
          ],
          "editableUntil" : "2025-08-14T09:54:45.990Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "36",
      "id_str" : "1955915986575967193",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1955915986575967193",
      "created_at" : "Thu Aug 14 08:54:45 +0000 2025",
      "favorited" : false,
      "full_text" : "Back to school, back to routine 🎒 Parents get a free pastry with any coffee from 7 to 9am at Dubai Hills, 25 Aug to 5 Sept. You've earned it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954814186906436851"
          ],
          "editableUntil" : "2025-08-11T08:56:35.211Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ravi",
            "screen_name" : "ravi_dxb",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1660266544313816560",
            "id" : "1660266544313816560"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "101"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1954752027649517748",
      "in_reply_to_user_id" : "1660266544313816560",
      "id_str" : "1954814186906436851",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1954814186906436851",
      "in_reply_to_status_id" : "1954752027649517748",
      "created_at" : "Mon Aug 11 07:56:35 +0000 2025",
      "favorited" : false,
      "full_text" : "@ravi_dxb Hi Ravi! Apply through the link in the post and mention which café you'd prefer. Good luck!",
      "lang" : "en",
      "in_reply_to_screen_name" : "ravi_dxb",
      "in_reply_to_user_id_str" : "1660266544313816560"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953668334403199671"
          ],
          "editableUntil" : "2025-08-08T05:03:22.372Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "135",
      "id_str" : "1953668334403199671",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1953668334403199671",
      "created_at" : "Fri Aug 08 04:03:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Parents: what time does your alarm go off on school days? Asking for our 6am regulars 😴",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952573301312627527"
          ],
          "editableUntil" : "2025-08-05T04:32:06.355Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/C1CFe8wLKO",
            "expanded_url" : "https://duneandbean.example/jobs",
            "display_url" : "duneandbean.example/jobs",
            "indices" : [
              "148",
              "171"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "171"
      ],
      "favorite_count" : "80",
      "id_str" : "1952573301312627527",
      "truncated" : false,
      "retweet_count" : "21",
      "id" : "1952573301312627527",
      "possibly_sensitive" : false,
      "created_at" : "Tue Aug 05 03:32:06 +0000 2025",
      "favorited" : false,
      "full_text" : "We're hiring! A part-time barista for Dubai Hills, mornings. No specialty experience needed, just curiosity and a good way with people. Apply here:\nhttps://t.co/C1CFe8wLKO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951583168645757682"
          ],
          "editableUntil" : "2025-08-02T10:57:40.515Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "199"
      ],
      "favorite_count" : "36",
      "id_str" : "1951583168645757682",
      "truncated" : false,
      "retweet_count" : "23",
      "id" : "1951583168645757682",
      "created_at" : "Sat Aug 02 09:57:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Transparency, as promised. Where the money goes when you buy a bag of our coffee, roughly: green coffee 36%, roasting &amp; labour 26%, rent 15%, packaging 8%, delivery &amp; card fees 9%, profit 6%.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950490261392702581"
          ],
          "editableUntil" : "2025-07-30T10:34:51.203Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "201"
      ],
      "favorite_count" : "32",
      "id_str" : "1950490261392702581",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "1950490261392702581",
      "created_at" : "Wed Jul 30 09:34:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Coffee prices: arabica futures hit another multi-year high this month after weather hit harvests in Brazil. Roasters everywhere are feeling it, and we'll be upfront with you about what it means for us.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949327953316173985"
          ],
          "editableUntil" : "2025-07-27T05:36:15.910Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/odygVluw0X",
            "expanded_url" : "https://duneandbean.example/club",
            "display_url" : "duneandbean.example/club",
            "indices" : [
              "126",
              "149"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "22",
      "id_str" : "1949327953316173985",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1949327953316173985",
      "possibly_sensitive" : false,
      "created_at" : "Sun Jul 27 04:36:15 +0000 2025",
      "favorited" : false,
      "full_text" : "The Dune Club: fresh beans roasted to order, delivered every 2 or 4 weeks, pause anytime. First bag half price through July 👉\nhttps://t.co/odygVluw0X",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948248267996033098"
          ],
          "editableUntil" : "2025-07-24T06:05:58.328Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ahmed S.",
            "screen_name" : "ahmed_sb_",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1547655752412826146",
            "id" : "1547655752412826146"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "113"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1948211024222748175",
      "in_reply_to_user_id" : "1547655752412826146",
      "id_str" : "1948248267996033098",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948248267996033098",
      "in_reply_to_status_id" : "1948211024222748175",
      "created_at" : "Thu Jul 24 05:05:58 +0000 2025",
      "favorited" : false,
      "full_text" : "@ahmed_sb_ Thanks, Ahmed! The croissants come from a small bakery in Al Barsha. We'll tag them in our next post 🥐",
      "lang" : "en",
      "in_reply_to_screen_name" : "ahmed_sb_",
      "in_reply_to_user_id_str" : "1547655752412826146"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946969014224841869"
          ],
          "editableUntil" : "2025-07-20T17:22:40.889Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "202",
      "id_str" : "1946969014224841869",
      "truncated" : false,
      "retweet_count" : "33",
      "id" : "1946969014224841869",
      "created_at" : "Sun Jul 20 16:22:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Joanna has run our Jumeirah café for three years today 🎉 She knows 200 regulars by name and their orders by heart. Thank you for everything, Jo.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945706395549885199"
          ],
          "editableUntil" : "2025-07-17T05:45:28.540Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Roasted in Riyadh",
            "screen_name" : "roastedinriyadh",
            "indices" : [
              "15",
              "31"
            ],
            "id_str" : "1228941995660088376",
            "id" : "1228941995660088376"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "54",
      "id_str" : "1945706395549885199",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1945706395549885199",
      "created_at" : "Thu Jul 17 04:45:28 +0000 2025",
      "favorited" : false,
      "full_text" : "This thread by @roastedinriyadh on Khawlani coffee from Jazan is fascinating: terraces on mountain slopes, centuries-old trees, and families keeping it alive. Go read it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944802146200610316"
          ],
          "editableUntil" : "2025-07-14T17:52:18.039Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "147",
      "id_str" : "1944802146200610316",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1944802146200610316",
      "created_at" : "Mon Jul 14 16:52:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Hot take time 🔥 Is a flat white just a small latte? Defend your answer.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943575943917120944"
          ],
          "editableUntil" : "2025-07-11T08:39:49.392Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "15",
      "id_str" : "1943575943917120944",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1943575943917120944",
      "created_at" : "Fri Jul 11 07:39:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Dubai Summer Surprises deal: buy any two bags of beans, get a third free. This week only, both cafés and online 🛍️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942475348580474783"
          ],
          "editableUntil" : "2025-07-08T07:46:27.904Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lara",
            "screen_name" : "lara_writes_",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "2438823295",
            "id" : "2438823295"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "118"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1942389281652629606",
      "in_reply_to_user_id" : "2438823295",
      "id_str" : "1942475348580474783",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942475348580474783",
      "in_reply_to_status_id" : "1942389281652629606",
      "created_at" : "Tue Jul 08 06:46:27 +0000 2025",
      "favorited" : false,
      "full_text" : "@lara_writes_ Haha the slurping is mandatory, Lara 😄 Public cuppings are back in September, we'll post the dates here.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lara_writes_",
      "in_reply_to_user_id_str" : "2438823295"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941547343667676371"
          ],
          "editableUntil" : "2025-07-05T18:18:53.720Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "60",
      "id_str" : "1941547343667676371",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "1941547343667676371",
      "created_at" : "Sat Jul 05 17:18:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Cupping in one tweet: grind, add hot water, wait 4 minutes, break the crust with a spoon, smell, then slurp LOUDLY so the coffee sprays across your palate. Manners optional.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940454498214952717"
          ],
          "editableUntil" : "2025-07-02T17:56:18.777Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "175"
      ],
      "favorite_count" : "202",
      "id_str" : "1940454498214952717",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1940454498214952717",
      "created_at" : "Wed Jul 02 16:56:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Ever seen 40kg of green coffee go into the roaster at 6am? It's loud, it smells like toast and cut grass, and Amira is writing down every degree. Roast profiling is 90% notes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939326890482458428"
          ],
          "editableUntil" : "2025-06-29T15:15:36.081Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "25",
      "id_str" : "1939326890482458428",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1939326890482458428",
      "created_at" : "Sun Jun 29 14:15:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Summer drink of the month: Saffron Cold Brew Tonic. Cold brew, tonic, a pinch of saffron and orange peel. AED 24 at Jumeirah and Dubai Hills.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938201385634913457"
          ],
          "editableUntil" : "2025-06-26T12:43:15.136Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "230",
      "id_str" : "1938201385634913457",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "1938201385634913457",
      "created_at" : "Thu Jun 26 11:43:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Happy Islamic New Year 1447. Wishing everyone a year of blessings. كل عام وأنتم بخير 🌙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937509652507163340"
          ],
          "editableUntil" : "2025-06-24T14:54:33.668Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tom in the Marina",
            "screen_name" : "tom_in_marina",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1819677191686537894",
            "id" : "1819677191686537894"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "128"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1937436924360655111",
      "in_reply_to_user_id" : "1819677191686537894",
      "id_str" : "1937509652507163340",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1937509652507163340",
      "in_reply_to_status_id" : "1937436924360655111",
      "created_at" : "Tue Jun 24 13:54:33 +0000 2025",
      "favorited" : false,
      "full_text" : "@tom_in_marina Our grinders do go that fine, Tom. Bring your cezve and we'll grind your beans for Turkish coffee, free, anytime.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tom_in_marina",
      "in_reply_to_user_id_str" : "1819677191686537894"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936688614610013690"
          ],
          "editableUntil" : "2025-06-22T08:32:02.005Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya",
            "screen_name" : "priya_in_dxb",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "2198301915",
            "id" : "2198301915"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "96"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1936581912700632961",
      "in_reply_to_user_id" : "2198301915",
      "id_str" : "1936688614610013690",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1936688614610013690",
      "in_reply_to_status_id" : "1936581912700632961",
      "created_at" : "Sun Jun 22 07:32:02 +0000 2025",
      "favorited" : false,
      "full_text" : "@priya_in_dxb We'd love that, Priya! Bring your own cup anytime and we'll make your drink in it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "priya_in_dxb",
      "in_reply_to_user_id_str" : "2198301915"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936056563897259545"
          ],
          "editableUntil" : "2025-06-20T14:40:29.144Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gulf Coffee Guild",
            "screen_name" : "gulfcoffeeguild",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "1598634488817259743",
            "id" : "1598634488817259743"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "0",
      "id_str" : "1936056563897259545",
      "truncated" : false,
      "retweet_count" : "73",
      "id" : "1936056563897259545",
      "created_at" : "Fri Jun 20 13:40:29 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @gulfcoffeeguild: Registration is open for the regional barista championship qualifiers in September. Baristas from all seven emirates welcome ☕🏆",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935190618683708612"
          ],
          "editableUntil" : "2025-06-18T05:19:32.336Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "17",
      "id_str" : "1935190618683708612",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1935190618683708612",
      "created_at" : "Wed Jun 18 04:19:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Father's Day is on Saturday 👨‍👧 Our \"For Baba\" box: a bag of Yemen Haraaz, a tin of qahwa and a brass finjan set. AED 160.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934903716862155310"
          ],
          "editableUntil" : "2025-06-17T10:19:29.131Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "213"
      ],
      "favorite_count" : "111",
      "id_str" : "1934903716862155310",
      "truncated" : false,
      "retweet_count" : "33",
      "id" : "1934903716862155310",
      "created_at" : "Tue Jun 17 09:19:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Storing beans in the fridge? Please don't 🙏 Every time you open it, moisture condenses on the beans. Airtight, opaque container, in a cupboard away from the stove. Freezer only for long-term, portioned and sealed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933736576228442667"
          ],
          "editableUntil" : "2025-06-14T05:01:41.972Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "49",
      "id_str" : "1933736576228442667",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1933736576228442667",
      "created_at" : "Sat Jun 14 04:01:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Summer question: iced latte, cold brew, or hot coffee in 45°C because you're a legend? 🥵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932758913789363970"
          ],
          "editableUntil" : "2025-06-11T12:16:48.340Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "79",
      "id_str" : "1932758913789363970",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1932758913789363970",
      "created_at" : "Wed Jun 11 11:16:48 +0000 2025",
      "favorited" : false,
      "full_text" : "The roastery crew spent Eid with the roaster off for once. Back today, and Karim brought his mum's maamoul for everyone. The bar has been set.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1931742033610408136"
          ],
          "editableUntil" : "2025-06-08T16:56:05.932Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Shamma",
            "screen_name" : "shamma_ae",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "419083228",
            "id" : "419083228"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "119"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1931631053158989883",
      "in_reply_to_user_id" : "419083228",
      "id_str" : "1931742033610408136",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1931742033610408136",
      "in_reply_to_status_id" : "1931631053158989883",
      "created_at" : "Sun Jun 08 15:56:05 +0000 2025",
      "favorited" : false,
      "full_text" : "@shamma_ae Eid Mubarak to you too, Shamma! And yes, EIDMUBARAK works on Dune Club subscriptions as well, so go for it 😉",
      "lang" : "en",
      "in_reply_to_screen_name" : "shamma_ae",
      "in_reply_to_user_id_str" : "419083228"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930835429016466854"
          ],
          "editableUntil" : "2025-06-06T04:53:34.555Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "12",
      "id_str" : "1930835429016466854",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1930835429016466854",
      "created_at" : "Fri Jun 06 03:53:34 +0000 2025",
      "favorited" : false,
      "full_text" : "Eid Mubarak! عيد أضحى مبارك 🌙✨ Wishing you and your families joy. Our Eid gift to you: code EIDMUBARAK for 15% off all beans online until Sunday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930684599460139508"
          ],
          "editableUntil" : "2025-06-05T18:54:13.160Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "95",
      "id_str" : "1930684599460139508",
      "truncated" : false,
      "retweet_count" : "43",
      "id" : "1930684599460139508",
      "created_at" : "Thu Jun 05 17:54:13 +0000 2025",
      "favorited" : false,
      "full_text" : "On the Day of Arafah, we wish peace and acceptance to all pilgrims and to everyone fasting today 🤲",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930308158325928385"
          ],
          "editableUntil" : "2025-06-04T17:58:22.966Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/5PGdzTIKrn",
            "expanded_url" : "https://duneandbean.example/eid",
            "display_url" : "duneandbean.example/eid",
            "indices" : [
              "98",
              "121"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "12",
      "id_str" : "1930308158325928385",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1930308158325928385",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jun 04 16:58:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Last call for Eid delivery! Order the Eid box by midnight and it reaches you before Eid al-Adha 🌙\nhttps://t.co/5PGdzTIKrn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929741843983511554"
          ],
          "editableUntil" : "2025-06-03T04:28:03.195Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "201"
      ],
      "favorite_count" : "23",
      "id_str" : "1929741843983511554",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1929741843983511554",
      "created_at" : "Tue Jun 03 03:28:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Eid gifting sorted 🎁 The Dune &amp; Bean Eid box: two single origins, a tin of our cardamom qahwa blend and a handwritten card. AED 185, delivered anywhere in the UAE before Eid if you order by 4 June.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929183870226877648"
          ],
          "editableUntil" : "2025-06-01T15:30:51.636Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "192"
      ],
      "favorite_count" : "67",
      "id_str" : "1929183870226877648",
      "truncated" : false,
      "retweet_count" : "31",
      "id" : "1929183870226877648",
      "created_at" : "Sun Jun 01 14:30:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Why does iced coffee taste watery? Because hot coffee poured over ice gets diluted. Brew at double strength with half the water, straight onto the ice. Japanese-style, and it's a game changer.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928506586500717352"
          ],
          "editableUntil" : "2025-05-30T18:39:34.112Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nadia K",
            "screen_name" : "nadia_k_dxb",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1420713516268738870",
            "id" : "1420713516268738870"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "89"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1928379999369490124",
      "in_reply_to_user_id" : "1420713516268738870",
      "id_str" : "1928506586500717352",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1928506586500717352",
      "in_reply_to_status_id" : "1928379999369490124",
      "created_at" : "Fri May 30 17:39:34 +0000 2025",
      "favorited" : false,
      "full_text" : "@nadia_k_dxb Yes! Oat, almond and lactose-free milk are all available at no extra charge.",
      "lang" : "en",
      "in_reply_to_screen_name" : "nadia_k_dxb",
      "in_reply_to_user_id_str" : "1420713516268738870"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927583607587094082"
          ],
          "editableUntil" : "2025-05-28T05:31:59.470Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "155"
      ],
      "favorite_count" : "15",
      "id_str" : "1927583607587094082",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1927583607587094082",
      "created_at" : "Wed May 28 04:31:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Cold brew season starts now. Our 18-hour Colombia cold brew is back in 250ml bottles: AED 18 each or 6 for AED 95. Ice not included (it melts here anyway).",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926484795509620231"
          ],
          "editableUntil" : "2025-05-25T04:45:42.682Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "93",
      "id_str" : "1926484795509620231",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1926484795509620231",
      "created_at" : "Sun May 25 03:45:42 +0000 2025",
      "favorited" : false,
      "full_text" : "What's the café habit that drives you mad? Laptop campers, speakerphone calls, or people who order \"just a coffee\"? 👀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924684124528890945"
          ],
          "editableUntil" : "2025-05-20T05:30:28.037Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "176",
      "id_str" : "1924684124528890945",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1924684124528890945",
      "created_at" : "Tue May 20 04:30:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Welcome to the team, Meera! 🎉 She joins us as a barista at Jumeirah after four years in Bangalore's specialty scene. Her first latte art on our machine: a swan. Show-off.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923728620699072674"
          ],
          "editableUntil" : "2025-05-17T14:13:38.785Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "81",
      "id_str" : "1923728620699072674",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1923728620699072674",
      "created_at" : "Sat May 17 13:13:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Heads up Dubai: the heat is arriving early, with highs of 44°C forecast this week. Drink water between coffees, please. (We say this as people who sell coffee.)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922716903012028957"
          ],
          "editableUntil" : "2025-05-14T19:13:26.206Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mohammed Al Falasi",
            "screen_name" : "mo_alfalasi",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1517134172233505464",
            "id" : "1517134172233505464"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "163"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1922701047715859273",
      "in_reply_to_user_id" : "1517134172233505464",
      "id_str" : "1922716903012028957",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1922716903012028957",
      "in_reply_to_status_id" : "1922701047715859273",
      "created_at" : "Wed May 14 18:13:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@mo_alfalasi Sorry about that, Mohammed. A 25-minute wait isn't OK. We were a barista short this morning, but that's on us, not you. DM us and we'll make it right.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mo_alfalasi",
      "in_reply_to_user_id_str" : "1517134172233505464"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921850649033912372"
          ],
          "editableUntil" : "2025-05-12T09:51:15.106Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Filter Diaries",
            "screen_name" : "filterdiaries",
            "indices" : [
              "20",
              "34"
            ],
            "id_str" : "290577770",
            "id" : "290577770"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/hxVJANKPjT",
            "expanded_url" : "https://thefilterdiaries.example/water",
            "display_url" : "thefilterdiaries.example/…",
            "indices" : [
              "148",
              "171"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "171"
      ],
      "favorite_count" : "19",
      "id_str" : "1921850649033912372",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1921850649033912372",
      "possibly_sensitive" : false,
      "created_at" : "Mon May 12 08:51:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Loved this piece by @filterdiaries on why water is 98% of your cup and still the most ignored variable at home. Worth five minutes of your morning.\nhttps://t.co/hxVJANKPjT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920700026202661828"
          ],
          "editableUntil" : "2025-05-09T05:39:05.080Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/50BGPFdvya",
            "expanded_url" : "https://duneandbean.example/shop/guji",
            "display_url" : "duneandbean.example/shop/…",
            "indices" : [
              "149",
              "172"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "172"
      ],
      "favorite_count" : "12",
      "id_str" : "1920700026202661828",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1920700026202661828",
      "possibly_sensitive" : false,
      "created_at" : "Fri May 09 04:39:05 +0000 2025",
      "favorited" : false,
      "full_text" : "New on the shelf: Ethiopia Guji, natural process. Blueberry, jasmine, and a finish that just keeps going. 250g for AED 78, online and in both cafés.\nhttps://t.co/50BGPFdvya",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920183490984757256"
          ],
          "editableUntil" : "2025-05-07T19:26:34.508Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hiba 📚",
            "screen_name" : "hiba_reads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1508881166419878143",
            "id" : "1508881166419878143"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "101"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1920088364645204474",
      "in_reply_to_user_id" : "1508881166419878143",
      "id_str" : "1920183490984757256",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1920183490984757256",
      "in_reply_to_status_id" : "1920088364645204474",
      "created_at" : "Wed May 07 18:26:34 +0000 2025",
      "favorited" : false,
      "full_text" : "@hiba_reads Hi Hiba! The Jumeirah café is open 7am to 11pm every day, Fridays from 8. See you soon ☀️",
      "lang" : "en",
      "in_reply_to_screen_name" : "hiba_reads",
      "in_reply_to_user_id_str" : "1508881166419878143"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919671070624045041"
          ],
          "editableUntil" : "2025-05-06T09:30:23.893Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "96",
      "id_str" : "1919671070624045041",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1919671070624045041",
      "created_at" : "Tue May 06 08:30:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Be honest: black, with milk, or do you refuse to answer that question in public? 😅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919026600115275829"
          ],
          "editableUntil" : "2025-05-04T14:49:29.755Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "98",
      "id_str" : "1919026600115275829",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "1919026600115275829",
      "created_at" : "Sun May 04 13:49:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Quick tip: if your V60 drains in under 2 minutes and tastes sour, grind finer. Over 4 minutes and bitter? Go coarser. Change one thing at a time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918269030671391297"
          ],
          "editableUntil" : "2025-05-02T12:39:11.162Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "234",
      "id_str" : "1918269030671391297",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1918269030671391297",
      "created_at" : "Fri May 02 11:39:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Roast day in Al Quoz. 6am, the drum is warming up and Karim is already arguing with the weather app about humidity. Yes, it matters. Yes, he's right. ☕🔥",
      "lang" : "en"
    }
  }
]