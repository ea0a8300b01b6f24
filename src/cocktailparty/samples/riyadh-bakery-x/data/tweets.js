window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2115880928098542147"
          ],
          "editableUntil" : "2026-10-29T19:58:19.757Z",
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
        "93"
      ],
      "favorite_count" : "42",
      "id_str" : "2115880928098542147",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2115880928098542147",
      "created_at" : "Thu Oct 29 18:58:19 +0000 2026",
      "favorited" : false,
      "full_text" : "١٧ سنة من أول رغيف 🌴 وبمناسبة ذكرى تأسيسنا: حبة تميس مجانية مع أي طلب يوم الخميس في كل الفروع",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2114741524271029009"
          ],
          "editableUntil" : "2026-10-26T16:30:44.677Z",
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
            "name" : "ماجد العنزي",
            "screen_name" : "majed_alenezi",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1327842397590181519",
            "id" : "1327842397590181519"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "51"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2114736997718876693",
      "in_reply_to_user_id" : "1327842397590181519",
      "id_str" : "2114741524271029009",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2114741524271029009",
      "in_reply_to_status_id" : "2114736997718876693",
      "created_at" : "Mon Oct 26 15:30:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@majed_alenezi هالحي عليه طلب كثير يا ماجد 😄 سجلناه",
      "lang" : "ar",
      "in_reply_to_screen_name" : "majed_alenezi",
      "in_reply_to_user_id_str" : "1327842397590181519"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2113333740897861760"
          ],
          "editableUntil" : "2026-10-22T19:16:42.457Z",
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
        "44"
      ],
      "favorite_count" : "299",
      "id_str" : "2113333740897861760",
      "truncated" : false,
      "retweet_count" : "22",
      "id" : "2113333740897861760",
      "created_at" : "Thu Oct 22 18:16:42 +0000 2026",
      "favorited" : false,
      "full_text" : "لو فتحنا فرع خامس، وين تبونه؟ 📍 اقترحوا الحي",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2112020179153693402"
          ],
          "editableUntil" : "2026-10-19T04:17:04.622Z",
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
            "name" : "فعاليات الرياض",
            "screen_name" : "ryd_events",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "1225024945895939552",
            "id" : "1225024945895939552"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "0",
      "id_str" : "2112020179153693402",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "2112020179153693402",
      "created_at" : "Mon Oct 19 03:17:04 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @ryd_events: انطلاق موسم الرياض الجديد الجمعة الجاية 🎡 مناطق جديدة وفعاليات عائلية، والتذاكر متاحة من اليوم",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2111164058437648219"
          ],
          "editableUntil" : "2026-10-16T19:35:09.910Z",
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
      "favorite_count" : "384",
      "id_str" : "2111164058437648219",
      "truncated" : false,
      "retweet_count" : "73",
      "id" : "2111164058437648219",
      "created_at" : "Fri Oct 16 18:35:09 +0000 2026",
      "favorited" : false,
      "full_text" : "يوم الخبز العالمي 🍞 شكراً لكل يد تعجن قبل الفجر عشان غيرها يلقى لقمته حارة 🤍",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2110403650462654106"
          ],
          "editableUntil" : "2026-10-14T17:13:34.464Z",
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
        "99"
      ],
      "favorite_count" : "43",
      "id_str" : "2110403650462654106",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2110403650462654106",
      "created_at" : "Wed Oct 14 16:13:34 +0000 2026",
      "favorited" : false,
      "full_text" : "منيو الشتاء رجع بدري هالسنة 🍂 شوربة العدس، حليب بالزنجبيل، وفطيرة الجبن بالعسل. تعالوا تدفّوا عندنا",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2109315752234520592"
          ],
          "editableUntil" : "2026-10-11T17:10:39.968Z",
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
            "name" : "حصة تخبز 🍞",
            "screen_name" : "hessa_bakes",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "191231970",
            "id" : "191231970"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "96"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2109224651386993849",
      "in_reply_to_user_id" : "191231970",
      "id_str" : "2109315752234520592",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2109315752234520592",
      "in_reply_to_status_id" : "2109224651386993849",
      "created_at" : "Sun Oct 11 16:10:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@hessa_bakes تسلمين يا حصة 🤍 زيارتك للمخبز شرفتنا، وتعالي وقت التنور الساعة ٤ الفجر المرة الجاية",
      "lang" : "ar",
      "in_reply_to_screen_name" : "hessa_bakes",
      "in_reply_to_user_id_str" : "191231970"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2108265310923896553"
          ],
          "editableUntil" : "2026-10-08T19:36:34.184Z",
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
        "116"
      ],
      "favorite_count" : "166",
      "id_str" : "2108265310923896553",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "2108265310923896553",
      "created_at" : "Thu Oct 08 18:36:34 +0000 2026",
      "favorited" : false,
      "full_text" : "يوم التدريب السنوي على سلامة الغذاء 📋 كل موظف من الكاشير للخباز حضر، وتعلمنا إن غسل اليدين الصح ياخذ ٢٠ ثانية مو ٥ 😅",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2106943803126606392"
          ],
          "editableUntil" : "2026-10-05T04:05:22.870Z",
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
      "favorite_count" : "71",
      "id_str" : "2106943803126606392",
      "truncated" : false,
      "retweet_count" : "31",
      "id" : "2106943803126606392",
      "created_at" : "Mon Oct 05 03:05:22 +0000 2026",
      "favorited" : false,
      "full_text" : "تدرون إن الخبز يبات أسرع في الثلاجة منه على الطاولة؟ 🧊 البرودة تخلي النشا يتبلور بسرعة. يا الطاولة ليومين، يا الفريزر",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105882638881822446"
          ],
          "editableUntil" : "2026-10-02T05:48:41.356Z",
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
        "39"
      ],
      "favorite_count" : "190",
      "id_str" : "2105882638881822446",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2105882638881822446",
      "created_at" : "Fri Oct 02 04:48:41 +0000 2026",
      "favorited" : false,
      "full_text" : "القهوة العربية: شقراء ولا محمصة غامق؟ ☕",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104969600159462171"
          ],
          "editableUntil" : "2026-09-29T17:20:35.068Z",
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
        "85"
      ],
      "favorite_count" : "58",
      "id_str" : "2104969600159462171",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2104969600159462171",
      "created_at" : "Tue Sep 29 16:20:35 +0000 2026",
      "favorited" : false,
      "full_text" : "جمعنا أجمل أبياتكم عن الرياض في ثريد واحد 👇 كل بيت مع اسم كاتبه، لأنكم أنتم الشعراء 💚",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103688871061987529"
          ],
          "editableUntil" : "2026-09-26T04:31:26.224Z",
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
            "name" : "عبدالرحمن | شعر",
            "screen_name" : "a_rahman_poet",
            "indices" : [
              "34",
              "48"
            ],
            "id_str" : "1786087701676636618",
            "id" : "1786087701676636618"
          },
          {
            "name" : "جود",
            "screen_name" : "joud_alk",
            "indices" : [
              "49",
              "58"
            ],
            "id_str" : "1272495367184268425",
            "id" : "1272495367184268425"
          },
          {
            "name" : "ندى",
            "screen_name" : "nada_ryd",
            "indices" : [
              "59",
              "68"
            ],
            "id_str" : "1582956578299328803",
            "id" : "1582956578299328803"
          },
          {
            "name" : "منصور",
            "screen_name" : "mansour_ksa1",
            "indices" : [
              "69",
              "82"
            ],
            "id_str" : "1308803095555224784",
            "id" : "1308803095555224784"
          },
          {
            "name" : "وفاء",
            "screen_name" : "wafa_sh",
            "indices" : [
              "83",
              "91"
            ],
            "id_str" : "1798412391586425606",
            "id" : "1798412391586425606"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "227",
      "id_str" : "2103688871061987529",
      "truncated" : false,
      "retweet_count" : "34",
      "id" : "2103688871061987529",
      "created_at" : "Sat Sep 26 03:31:26 +0000 2026",
      "favorited" : false,
      "full_text" : "الفائزين في مسابقة اليوم الوطني 🏆 @a_rahman_poet @joud_alk @nada_ryd @mansour_ksa1 @wafa_sh مبروك! وجمعنا كل الأبيات وبننشرها قريب 💚",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103209223243313892"
          ],
          "editableUntil" : "2026-09-24T20:45:29.388Z",
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
            "name" : "فاطمة الدوسري",
            "screen_name" : "fatimah_dossary",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1686554012135945173",
            "id" : "1686554012135945173"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "75"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2103170718700860878",
      "in_reply_to_user_id" : "1686554012135945173",
      "id_str" : "2103209223243313892",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103209223243313892",
      "in_reply_to_status_id" : "2103170718700860878",
      "created_at" : "Thu Sep 24 19:45:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@fatimah_dossary ههههه ايه يا فاطمة، كل حبة عليها نخلة صغيرة مرسومة باليد 🌴",
      "lang" : "ar",
      "in_reply_to_screen_name" : "fatimah_dossary",
      "in_reply_to_user_id_str" : "1686554012135945173"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102820864178671779"
          ],
          "editableUntil" : "2026-09-23T19:02:17.153Z",
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
      "favorite_count" : "482",
      "id_str" : "2102820864178671779",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2102820864178671779",
      "created_at" : "Wed Sep 23 18:02:17 +0000 2026",
      "favorited" : false,
      "full_text" : "شباب فرع الياسمين رسموا العلم على الواجهة بأنفسهم 🎨 الساعة ٢ الفجر! شكراً على هالروح",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102755810649822302"
          ],
          "editableUntil" : "2026-09-23T14:43:47.228Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "اليوم_الوطني_96",
            "indices" : [
              "70",
              "86"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "851",
      "id_str" : "2102755810649822302",
      "truncated" : false,
      "retweet_count" : "227",
      "id" : "2102755810649822302",
      "created_at" : "Wed Sep 23 13:43:47 +0000 2026",
      "favorited" : false,
      "full_text" : "٩٦ عاماً من العز 🇸🇦💚 كل عام وبلادنا بخير، وقيادتنا وشعبنا في عز وأمان #اليوم_الوطني_96",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101551535000317253"
          ],
          "editableUntil" : "2026-09-20T06:58:25.070Z",
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
      "favorite_count" : "59",
      "id_str" : "2101551535000317253",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2101551535000317253",
      "created_at" : "Sun Sep 20 05:58:25 +0000 2026",
      "favorited" : false,
      "full_text" : "علبة الكليجا الخضراء 🇸🇦 ٢٤ حبة بتغليف اليوم الوطني بـ 45 ريال، هدية حلوة للجيران والزملاء",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100436853449817772"
          ],
          "editableUntil" : "2026-09-17T05:09:04.635Z",
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
            "url" : "https://t.co/VwU098I3dy",
            "expanded_url" : "https://nakhlabakery.example/national-day",
            "display_url" : "nakhlabakery.example/nati…",
            "indices" : [
              "89",
              "112"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "31",
      "id_str" : "2100436853449817772",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2100436853449817772",
      "possibly_sensitive" : false,
      "created_at" : "Thu Sep 17 04:09:04 +0000 2026",
      "favorited" : false,
      "full_text" : "كيكة الوطن ٩٦ 💚 كيكة التمر بكريمة الهيل، الحجم العائلي بـ 89 ريال. الطلب قبل ٢٠ سبتمبر 👇\nhttps://t.co/VwU098I3dy",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099699969942200399"
          ],
          "editableUntil" : "2026-09-15T04:20:58.424Z",
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
        "85"
      ],
      "favorite_count" : "95",
      "id_str" : "2099699969942200399",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2099699969942200399",
      "created_at" : "Tue Sep 15 03:20:58 +0000 2026",
      "favorited" : false,
      "full_text" : "وش أول ذكرى لكم مع اليوم الوطني؟ 💚 حنا نتذكر الأعلام على السيارات والأغاني في الراديو",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098701672329154107"
          ],
          "editableUntil" : "2026-09-12T10:14:05.789Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "نخلة_الوطن",
            "indices" : [
              "131",
              "142"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "991",
      "id_str" : "2098701672329154107",
      "truncated" : false,
      "retweet_count" : "333",
      "id" : "2098701672329154107",
      "created_at" : "Sat Sep 12 09:14:05 +0000 2026",
      "favorited" : false,
      "full_text" : "مسابقة اليوم الوطني ٩٦ 🇸🇦 اكتبوا بيت شعر أو جملة عن الرياض بالرد، وأحلى ٥ ردود تفوز بسلة نخلة الخضراء. بدون شراء، وتنتهي ٢٢ سبتمبر #نخلة_الوطن",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097747635134766966"
          ],
          "editableUntil" : "2026-09-09T19:03:05.128Z",
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
            "name" : "سامي القرني",
            "screen_name" : "sami_alqarni",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1154726073455632913",
            "id" : "1154726073455632913"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "73"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "2097655277067615694",
      "in_reply_to_user_id" : "1154726073455632913",
      "id_str" : "2097747635134766966",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2097747635134766966",
      "in_reply_to_status_id" : "2097655277067615694",
      "created_at" : "Wed Sep 09 18:03:05 +0000 2026",
      "favorited" : false,
      "full_text" : "@sami_alqarni شكراً يا سامي 🙏 وصلت ملاحظتك عن الموقف، وكلمنا إدارة المجمع",
      "lang" : "ar",
      "in_reply_to_screen_name" : "sami_alqarni",
      "in_reply_to_user_id_str" : "1154726073455632913"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096658924474580146"
          ],
          "editableUntil" : "2026-09-06T18:56:56.415Z",
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
            "name" : "بودكاست مطعم 🎙️",
            "screen_name" : "mataam_podcast",
            "indices" : [
              "22",
              "37"
            ],
            "id_str" : "1458970100741584166",
            "id" : "1458970100741584166"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "65",
      "id_str" : "2096658924474580146",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2096658924474580146",
      "created_at" : "Sun Sep 06 17:56:56 +0000 2026",
      "favorited" : false,
      "full_text" : "حلقة جميلة في بودكاست @mataam_podcast مع أقدم خباز تميس في البطحاء 🎙️ ٤٠ سنة قدام التنور، اسمعوها",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095564335953336422"
          ],
          "editableUntil" : "2026-09-03T18:27:26.631Z",
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
        "123"
      ],
      "favorite_count" : "197",
      "id_str" : "2095564335953336422",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "2095564335953336422",
      "created_at" : "Thu Sep 03 17:27:26 +0000 2026",
      "favorited" : false,
      "full_text" : "سر الكليجا القصيمية في البهارات: هيل، زنجبيل، قرفة، وشوي لومي مطحون 🍋 اللومي هو اللي يعطيها الطعم اللي ما تعرف وش هو بالضبط",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094307571016591185"
          ],
          "editableUntil" : "2026-08-31T07:13:29.725Z",
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
        "70"
      ],
      "favorite_count" : "273",
      "id_str" : "2094307571016591185",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "2094307571016591185",
      "created_at" : "Mon Aug 31 06:13:29 +0000 2026",
      "favorited" : false,
      "full_text" : "أول أسبوع دراسة خلص 🙌 وش أكثر شي تعبكم؟ الصحيان، الزحمة، ولا الواجبات؟",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093266150461029442"
          ],
          "editableUntil" : "2026-08-28T10:15:15.433Z",
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
            "name" : "أم سارة",
            "screen_name" : "um_sarah_rd",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1757160107045814890",
            "id" : "1757160107045814890"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "77"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2093196438188735778",
      "in_reply_to_user_id" : "1757160107045814890",
      "id_str" : "2093266150461029442",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093266150461029442",
      "in_reply_to_status_id" : "2093196438188735778",
      "created_at" : "Fri Aug 28 09:15:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@um_sarah_rd ايه، خصم المعلمات يشمل الطلبات من التطبيق بعد، حطي كود TEACH15 🌷",
      "lang" : "ar",
      "in_reply_to_screen_name" : "um_sarah_rd",
      "in_reply_to_user_id_str" : "1757160107045814890"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092231960252447177"
          ],
          "editableUntil" : "2026-08-25T13:45:45.133Z",
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
            "name" : "خالد الفايز",
            "screen_name" : "khalid_fz",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1422979587560035452",
            "id" : "1422979587560035452"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "94"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2092155959673777916",
      "in_reply_to_user_id" : "1422979587560035452",
      "id_str" : "2092231960252447177",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092231960252447177",
      "in_reply_to_status_id" : "2092155959673777916",
      "created_at" : "Tue Aug 25 12:45:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@khalid_fz نعتذر يا خالد، البوكس المفروض يوصل ٦:٣٠ وتأخر بسبب خطأ عندنا 🙏 التعويض نزل في حسابك",
      "lang" : "ar",
      "in_reply_to_screen_name" : "khalid_fz",
      "in_reply_to_user_id_str" : "1422979587560035452"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091362636746088221"
          ],
          "editableUntil" : "2026-08-23T04:11:22.609Z",
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
      "favorite_count" : "166",
      "id_str" : "2091362636746088221",
      "truncated" : false,
      "retweet_count" : "55",
      "id" : "2091362636746088221",
      "created_at" : "Sun Aug 23 03:11:22 +0000 2026",
      "favorited" : false,
      "full_text" : "بالتوفيق لكل طلابنا وطالباتنا في السنة الدراسية الجديدة 🎒✏️ ولمعلمينا ومعلماتنا: الله يعينكم ويكتب أجركم",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090518788031131478"
          ],
          "editableUntil" : "2026-08-20T20:18:13.841Z",
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
        "115"
      ],
      "favorite_count" : "160",
      "id_str" : "2090518788031131478",
      "truncated" : false,
      "retweet_count" : "37",
      "id" : "2090518788031131478",
      "created_at" : "Thu Aug 20 19:18:13 +0000 2026",
      "favorited" : false,
      "full_text" : "عوّدوا عيالكم على النوم بدري من الحين، مو ليلة المدرسة 😴 كل يوم قدّموا وقت النوم ربع ساعة، ويوصلون للموعد بدون دموع",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089674361193665849"
          ],
          "editableUntil" : "2026-08-18T12:22:46.744Z",
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
            "name" : "رنا الفرج",
            "screen_name" : "rana_alfaraj",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1835625558755623622",
            "id" : "1835625558755623622"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "114"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2089645419852622558",
      "in_reply_to_user_id" : "1835625558755623622",
      "id_str" : "2089674361193665849",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089674361193665849",
      "in_reply_to_status_id" : "2089645419852622558",
      "created_at" : "Tue Aug 18 11:22:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@rana_alfaraj أكيد يا رنا، نقدر نستثني المكسرات من بوكس ولدك 🥜 اكتبي الحساسية في ملاحظات الاشتراك ونتأكد منها يدوي",
      "lang" : "ar",
      "in_reply_to_screen_name" : "rana_alfaraj",
      "in_reply_to_user_id_str" : "1835625558755623622"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088974710541658810"
          ],
          "editableUntil" : "2026-08-16T14:02:36.517Z",
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
      "favorite_count" : "21",
      "id_str" : "2088974710541658810",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "2088974710541658810",
      "created_at" : "Sun Aug 16 13:02:36 +0000 2026",
      "favorited" : false,
      "full_text" : "لمعلمات ومعلمين الرياض 👩‍🏫 خصم ١٥٪ طول سبتمبر بإبراز بطاقة العمل.. شكراً على كل شي تسوونه",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088491781599235073"
          ],
          "editableUntil" : "2026-08-15T06:03:37.284Z",
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
        "92"
      ],
      "favorite_count" : "71",
      "id_str" : "2088491781599235073",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2088491781599235073",
      "created_at" : "Sat Aug 15 05:03:37 +0000 2026",
      "favorited" : false,
      "full_text" : "سندويشات المدرسة صارت تجي بملصق عليه اسم الطفل 🏷️ عشان ما تضيع في الفصل 😄 متوفر مع كل اشتراك",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087735790624916925"
          ],
          "editableUntil" : "2026-08-13T03:59:35.307Z",
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
            "url" : "https://t.co/2CTlyldxZt",
            "expanded_url" : "https://nakhlabakery.example/school",
            "display_url" : "nakhlabakery.example/scho…",
            "indices" : [
              "67",
              "90"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "68",
      "id_str" : "2087735790624916925",
      "truncated" : false,
      "retweet_count" : "23",
      "id" : "2087735790624916925",
      "possibly_sensitive" : false,
      "created_at" : "Thu Aug 13 02:59:35 +0000 2026",
      "favorited" : false,
      "full_text" : "اللي يشترك في بوكس المدرسة قبل ٢٠ أغسطس ياخذ خصم ٢٥٪ على أول شهر 🎒\nhttps://t.co/2CTlyldxZt",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086701101198363622"
          ],
          "editableUntil" : "2026-08-10T07:28:06.083Z",
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
        "79"
      ],
      "favorite_count" : "23",
      "id_str" : "2086701101198363622",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2086701101198363622",
      "created_at" : "Mon Aug 10 06:28:06 +0000 2026",
      "favorited" : false,
      "full_text" : "بوكس المدرسة ٢٠٢٦ 🎒 منيو جديد كل أسبوع بدون تكرار، والاشتراك الشهري بـ 199 ريال",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085298884572260979"
          ],
          "editableUntil" : "2026-08-06T10:36:11.210Z",
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
      "favorite_count" : "166",
      "id_str" : "2085298884572260979",
      "truncated" : false,
      "retweet_count" : "42",
      "id" : "2085298884572260979",
      "created_at" : "Thu Aug 06 09:36:11 +0000 2026",
      "favorited" : false,
      "full_text" : "رحلة الفريق السنوية 🚌 هالسنة رحنا للطائف يومين، بعيد عن الأفران والحر. وأكثر سؤال انسأل: مين بيخبز وحنا هنا؟ 😂",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084634847922014797"
          ],
          "editableUntil" : "2026-08-04T14:37:33.021Z",
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
        "36"
      ],
      "favorite_count" : "250",
      "id_str" : "2084634847922014797",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "2084634847922014797",
      "created_at" : "Tue Aug 04 13:37:33 +0000 2026",
      "favorited" : false,
      "full_text" : "عيالكم متحمسين للمدرسة ولا العكس؟ 😅📚",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083544383428887215"
          ],
          "editableUntil" : "2026-08-01T14:24:26.547Z",
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
        "90"
      ],
      "favorite_count" : "71",
      "id_str" : "2083544383428887215",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "2083544383428887215",
      "created_at" : "Sat Aug 01 13:24:26 +0000 2026",
      "favorited" : false,
      "full_text" : "مهرجان التمور في بريدة بدأ رسمياً، ومعروض فيه أكثر من ٤٠ صنف 🌴 إذا طريقكم القصيم لا يفوتكم",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082696455993867042"
          ],
          "editableUntil" : "2026-07-30T06:15:04.522Z",
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
            "name" : "حصة تخبز 🍞",
            "screen_name" : "hessa_bakes",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "191231970",
            "id" : "191231970"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "0",
      "id_str" : "2082696455993867042",
      "truncated" : false,
      "retweet_count" : "318",
      "id" : "2082696455993867042",
      "created_at" : "Thu Jul 30 05:15:04 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @hessa_bakes: أكثر سؤال يجيني: ليش خبزي ما ينتفخ؟ 🤔 سويت لكم قائمة بأشهر ٧ أسباب وحلولها 👇",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081237722484960934"
          ],
          "editableUntil" : "2026-07-26T05:38:35.101Z",
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
        "61"
      ],
      "favorite_count" : "72",
      "id_str" : "2081237722484960934",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2081237722484960934",
      "created_at" : "Sun Jul 26 04:38:35 +0000 2026",
      "favorited" : false,
      "full_text" : "عرض الصيف ☀️ كل ثلاثاء: كرواسون مع آيس كوفي بـ 15 ريال بدل 20",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079789396403579221"
          ],
          "editableUntil" : "2026-07-22T05:43:27.585Z",
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
        "85"
      ],
      "favorite_count" : "212",
      "id_str" : "2079789396403579221",
      "truncated" : false,
      "retweet_count" : "97",
      "id" : "2079789396403579221",
      "created_at" : "Wed Jul 22 04:43:27 +0000 2026",
      "favorited" : false,
      "full_text" : "مبروك لزميلنا خالد من فريق التوصيل على زواجه 💍🎉 الله يوفقه ويسعده ويجمع بينهم على خير",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078533290539469217"
          ],
          "editableUntil" : "2026-07-18T18:32:08.003Z",
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
            "name" : "يارا",
            "screen_name" : "yara_alh",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1537803643859591428",
            "id" : "1537803643859591428"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "96"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2078401926810468173",
      "in_reply_to_user_id" : "1537803643859591428",
      "id_str" : "2078533290539469217",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078533290539469217",
      "in_reply_to_status_id" : "2078401926810468173",
      "created_at" : "Sat Jul 18 17:32:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@yara_alh هلا يارا، ما نستخدم أي مواد حافظة في الخبز اليومي، وعشان كذا ننصح تاكلونه خلال يومين 👍",
      "lang" : "ar",
      "in_reply_to_screen_name" : "yara_alh",
      "in_reply_to_user_id_str" : "1537803643859591428"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076927112178236480"
          ],
          "editableUntil" : "2026-07-14T08:09:45.846Z",
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
        "54"
      ],
      "favorite_count" : "105",
      "id_str" : "2076927112178236480",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2076927112178236480",
      "created_at" : "Tue Jul 14 07:09:45 +0000 2026",
      "favorited" : false,
      "full_text" : "وش تفضلون في الصيف: فطور ثقيل بدري ولا شي خفيف وبس؟ 🍳🥗",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075432132434875321"
          ],
          "editableUntil" : "2026-07-10T05:09:14.497Z",
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
        "122"
      ],
      "favorite_count" : "126",
      "id_str" : "2075432132434875321",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2075432132434875321",
      "created_at" : "Fri Jul 10 04:09:14 +0000 2026",
      "favorited" : false,
      "full_text" : "مكيفات المخبز المركزي تعطلت أمس والحرارة عند الأفران وصلت ٥٠ 🥵 والفريق كمّل الشغل بكل صبر لين وصل الفني. أبطال بدون مبالغة",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074535687421113030"
          ],
          "editableUntil" : "2026-07-07T17:47:05.713Z",
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
      "favorite_count" : "81",
      "id_str" : "2074535687421113030",
      "truncated" : false,
      "retweet_count" : "56",
      "id" : "2074535687421113030",
      "created_at" : "Tue Jul 07 16:47:05 +0000 2026",
      "favorited" : false,
      "full_text" : "معلومة: يقال إن كلمة \"صامولي\" أصلها من \"الصمّون\" العراقي، وانتقلت للخليج مع التجار 🥖 خبز واحد وأسماء كثير",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072912335227205507"
          ],
          "editableUntil" : "2026-07-03T06:16:28.556Z",
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
            "url" : "https://t.co/DWEXP86WZq",
            "expanded_url" : "https://nakhlabakery.example/kids",
            "display_url" : "nakhlabakery.example/kids",
            "indices" : [
              "80",
              "103"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "40",
      "id_str" : "2072912335227205507",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2072912335227205507",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 03 05:16:28 +0000 2026",
      "favorited" : false,
      "full_text" : "تذكير: التسجيل في الدفعة الثانية من ورشة الأطفال مفتوح الحين، والمقاعد محدودة 🧒\nhttps://t.co/DWEXP86WZq",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2071894051349738000"
          ],
          "editableUntil" : "2026-06-30T10:50:10.466Z",
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
            "name" : "مشاري",
            "screen_name" : "mishari_ksa",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1251664221998240253",
            "id" : "1251664221998240253"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "72"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2071760671085487136",
      "in_reply_to_user_id" : "1251664221998240253",
      "id_str" : "2071894051349738000",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2071894051349738000",
      "in_reply_to_status_id" : "2071760671085487136",
      "created_at" : "Tue Jun 30 09:50:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@mishari_ksa التمر اللي نستخدمه في الكعك سكري من القصيم، وللمعمول خلاص 👌",
      "lang" : "ar",
      "in_reply_to_screen_name" : "mishari_ksa",
      "in_reply_to_user_id_str" : "1251664221998240253"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2070714801376605297"
          ],
          "editableUntil" : "2026-06-27T04:44:15.497Z",
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
      "favorite_count" : "89",
      "id_str" : "2070714801376605297",
      "truncated" : false,
      "retweet_count" : "53",
      "id" : "2070714801376605297",
      "created_at" : "Sat Jun 27 03:44:15 +0000 2026",
      "favorited" : false,
      "full_text" : "مهرجان التمور في بريدة يبدأ في أغسطس 🌴 والمزارعين يقولون إن المحصول هالسنة أحسن من اللي قبله بسبب أمطار الشتاء",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2069358725472455295"
          ],
          "editableUntil" : "2026-06-23T10:55:41.016Z",
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
            "name" : "الرياض زمان",
            "screen_name" : "old_riyadh_pics",
            "indices" : [
              "13",
              "29"
            ],
            "id_str" : "1500450098466168243",
            "id" : "1500450098466168243"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "22",
      "id_str" : "2069358725472455295",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2069358725472455295",
      "created_at" : "Tue Jun 23 09:55:41 +0000 2026",
      "favorited" : false,
      "full_text" : "تابعوا سلسلة @old_riyadh_pics عن أسواق الرياض القديمة 📷 فيها صور لمخابز الديرة في الستينات، شي يفتح النفس والقلب",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2068050744871357819"
          ],
          "editableUntil" : "2026-06-19T20:18:14.453Z",
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
        "73"
      ],
      "favorite_count" : "74",
      "id_str" : "2068050744871357819",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2068050744871357819",
      "created_at" : "Fri Jun 19 19:18:14 +0000 2026",
      "favorited" : false,
      "full_text" : "آيس كوفي بالتمر 🧋 مشروب الصيف الجديد، بـ 12 ريال في فرعي الملقا والياسمين",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2066831963685334863"
          ],
          "editableUntil" : "2026-06-16T11:35:14.793Z",
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
        "57"
      ],
      "favorite_count" : "442",
      "id_str" : "2066831963685334863",
      "truncated" : false,
      "retweet_count" : "78",
      "id" : "2066831963685334863",
      "created_at" : "Tue Jun 16 10:35:14 +0000 2026",
      "favorited" : false,
      "full_text" : "عام هجري سعيد ١٤٤٨ 🌙 الله يكتب لنا ولكم فيه الخير والبركة",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2065314521874985668"
          ],
          "editableUntil" : "2026-06-12T07:05:28.352Z",
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
            "name" : "لطيفة",
            "screen_name" : "latifa_mq",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1346113990780184243",
            "id" : "1346113990780184243"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "76"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2065247331249033278",
      "in_reply_to_user_id" : "1346113990780184243",
      "id_str" : "2065314521874985668",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2065314521874985668",
      "in_reply_to_status_id" : "2065247331249033278",
      "created_at" : "Fri Jun 12 06:05:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@latifa_mq إن شاء الله في الدفعة الجاية، التسجيل يفتح أول يوليو وبنعلن هنا 🌷",
      "lang" : "ar",
      "in_reply_to_screen_name" : "latifa_mq",
      "in_reply_to_user_id_str" : "1346113990780184243"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064203238324553773"
          ],
          "editableUntil" : "2026-06-09T05:29:37.512Z",
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
        "34"
      ],
      "favorite_count" : "198",
      "id_str" : "2064203238324553773",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2064203238324553773",
      "created_at" : "Tue Jun 09 04:29:37 +0000 2026",
      "favorited" : false,
      "full_text" : "صيفكم هالسنة: سفر ولا الرياض؟ ☀️✈️",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2063087286652751666"
          ],
          "editableUntil" : "2026-06-06T03:35:14.773Z",
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
      "favorite_count" : "84",
      "id_str" : "2063087286652751666",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "2063087286652751666",
      "created_at" : "Sat Jun 06 02:35:14 +0000 2026",
      "favorited" : false,
      "full_text" : "الخبز في حر الصيف: لا تخلونه في السيارة! 🚗🔥 الحرارة تخلي العفن ينمو بسرعة. خلّوه في مكان بارد وجاف، واللي ما بتاكلونه خلال يومين جمّدوه",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2062233084272540675"
          ],
          "editableUntil" : "2026-06-03T19:00:56.783Z",
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
        "106"
      ],
      "favorite_count" : "293",
      "id_str" : "2062233084272540675",
      "truncated" : false,
      "retweet_count" : "22",
      "id" : "2062233084272540675",
      "created_at" : "Wed Jun 03 18:00:56 +0000 2026",
      "favorited" : false,
      "full_text" : "أول ورشة \"خبّازين بكرة\" 🧒 ١٢ طفل، ٣٦ رغيف، وخباز صغير قال إنه بيفتح مخبز ينافسنا 😂 شكراً للأهالي على الثقة",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2060670111957000405"
          ],
          "editableUntil" : "2026-05-30T11:30:14.812Z",
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
            "name" : "حمد السبيعي",
            "screen_name" : "hamad_als",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2538861792",
            "id" : "2538861792"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "91"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2060535222351842198",
      "in_reply_to_user_id" : "2538861792",
      "id_str" : "2060670111957000405",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2060670111957000405",
      "in_reply_to_status_id" : "2060535222351842198",
      "created_at" : "Sat May 30 10:30:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@hamad_als آسفين يا حمد، فرع السليمانية كان مسكر أول يوم العيد للصيانة 🙏 ورجع يفتح من اليوم",
      "lang" : "ar",
      "in_reply_to_screen_name" : "hamad_als",
      "in_reply_to_user_id_str" : "2538861792"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2059691332121048282"
          ],
          "editableUntil" : "2026-05-27T18:40:55.549Z",
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
        "57"
      ],
      "favorite_count" : "888",
      "id_str" : "2059691332121048282",
      "truncated" : false,
      "retweet_count" : "181",
      "id" : "2059691332121048282",
      "created_at" : "Wed May 27 17:40:55 +0000 2026",
      "favorited" : false,
      "full_text" : "عيد أضحى مبارك 🐑✨ تقبل الله منا ومنكم، وكل عام وأنتم بخير",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2059336254444025382"
          ],
          "editableUntil" : "2026-05-26T19:09:58.805Z",
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
        "68"
      ],
      "favorite_count" : "669",
      "id_str" : "2059336254444025382",
      "truncated" : false,
      "retweet_count" : "81",
      "id" : "2059336254444025382",
      "created_at" : "Tue May 26 18:09:58 +0000 2026",
      "favorited" : false,
      "full_text" : "يوم عرفة 🤲 اللهم تقبل من حجاج بيتك ويسّر لهم حجهم، وارزقنا حجة قريبة",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2058617245014437150"
          ],
          "editableUntil" : "2026-05-24T19:32:53.788Z",
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
      "favorite_count" : "19",
      "id_str" : "2058617245014437150",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2058617245014437150",
      "created_at" : "Sun May 24 18:32:53 +0000 2026",
      "favorited" : false,
      "full_text" : "آخر يوم لطلبات عيد الأضحى 🗓️ بعد الليلة العلب بتكون متوفرة في الفروع بس",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2058137084303574525"
          ],
          "editableUntil" : "2026-05-23T11:44:53.137Z",
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
            "name" : "علي المطيري",
            "screen_name" : "ali_almutairi",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1230383041200278699",
            "id" : "1230383041200278699"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "81"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "2058051517870773600",
      "in_reply_to_user_id" : "1230383041200278699",
      "id_str" : "2058137084303574525",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2058137084303574525",
      "in_reply_to_status_id" : "2058051517870773600",
      "created_at" : "Sat May 23 10:44:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@ali_almutairi أكيد يا علي، نقدر نسويها نص جبن ونص لحم، بس اكتب الملاحظة في الطلب",
      "lang" : "ar",
      "in_reply_to_screen_name" : "ali_almutairi",
      "in_reply_to_user_id_str" : "1230383041200278699"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2057642626026610144"
          ],
          "editableUntil" : "2026-05-22T03:00:05.792Z",
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
        "86"
      ],
      "favorite_count" : "19",
      "id_str" : "2057642626026610144",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2057642626026610144",
      "created_at" : "Fri May 22 02:00:05 +0000 2026",
      "favorited" : false,
      "full_text" : "عندكم تجمعة العيد؟ 👨‍👩‍👧‍👦 صينية فطاير العيد المشكلة (٤٠ حبة) بـ 110 ريال وتكفي ١٥ شخص",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2056947437968682451"
          ],
          "editableUntil" : "2026-05-20T04:57:40.916Z",
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
        "97"
      ],
      "favorite_count" : "34",
      "id_str" : "2056947437968682451",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2056947437968682451",
      "created_at" : "Wed May 20 03:57:40 +0000 2026",
      "favorited" : false,
      "full_text" : "معمول الأضحى جاهز 🐑 نفس وصفة عيد الفطر اللي حبيتوها، ويتوصل لكل أحياء الرياض. الطلبات لين ٢٤ مايو",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2056201837718351608"
          ],
          "editableUntil" : "2026-05-18T03:34:55.398Z",
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
        "72"
      ],
      "favorite_count" : "146",
      "id_str" : "2056201837718351608",
      "truncated" : false,
      "retweet_count" : "33",
      "id" : "2056201837718351608",
      "created_at" : "Mon May 18 02:34:55 +0000 2026",
      "favorited" : false,
      "full_text" : "دخلت عشر ذي الحجة 🤍 أحب الأيام إلى الله، اللهم اجعلنا من أهل الطاعة فيها",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2055697363107255468"
          ],
          "editableUntil" : "2026-05-16T18:10:19.769Z",
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
            "url" : "https://t.co/uJNBUl6euR",
            "expanded_url" : "https://nakhlabakery.example/kids",
            "display_url" : "nakhlabakery.example/kids",
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
      "favorite_count" : "51",
      "id_str" : "2055697363107255468",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2055697363107255468",
      "possibly_sensitive" : false,
      "created_at" : "Sat May 16 17:10:19 +0000 2026",
      "favorited" : false,
      "full_text" : "التسجيل في ورشة \"خبّازين بكرة\" للأطفال (٦-١٢ سنة) مفتوح 🧁 ساعتين كل سبت في يونيو ويوليو، بـ 120 ريال للطفل 👇\nhttps://t.co/uJNBUl6euR",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2054769092042784216"
          ],
          "editableUntil" : "2026-05-14T04:41:41.033Z",
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
        "106"
      ],
      "favorite_count" : "696",
      "id_str" : "2054769092042784216",
      "truncated" : false,
      "retweet_count" : "88",
      "id" : "2054769092042784216",
      "created_at" : "Thu May 14 03:41:41 +0000 2026",
      "favorited" : false,
      "full_text" : "الشيف ريم وأبو سلطان يجربون وصفات الورشة مع عيال الموظفين قبل الإطلاق 😂 النتيجة: دقيق في كل مكان وضحك كثير",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2054249814053462463"
          ],
          "editableUntil" : "2026-05-12T18:18:16.559Z",
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
            "name" : "سارة",
            "screen_name" : "sarah_bkr",
            "indices" : [
              "52",
              "62"
            ],
            "id_str" : "1389501069726748353",
            "id" : "1389501069726748353"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "280",
      "id_str" : "2054249814053462463",
      "truncated" : false,
      "retweet_count" : "31",
      "id" : "2054249814053462463",
      "created_at" : "Tue May 12 17:18:16 +0000 2026",
      "favorited" : false,
      "full_text" : "اختار الفريق اسم الورشة: \"خبّازين بكرة\" 🎉 من اقتراح @sarah_bkr، مبروك يا سارة وتواصلي معنا بالخاص",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2052741121274954868"
          ],
          "editableUntil" : "2026-05-08T14:23:16.946Z",
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
            "name" : "دلال",
            "screen_name" : "dalal_ah",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1511400305829035436",
            "id" : "1511400305829035436"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "54"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "2052672166976047612",
      "in_reply_to_user_id" : "1511400305829035436",
      "id_str" : "2052741121274954868",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2052741121274954868",
      "in_reply_to_status_id" : "2052672166976047612",
      "created_at" : "Fri May 08 13:23:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@dalal_ah اسم حلو يا دلال 😍 \"عجّان الحي\" انضاف للقائمة",
      "lang" : "ar",
      "in_reply_to_screen_name" : "dalal_ah",
      "in_reply_to_user_id_str" : "1511400305829035436"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051720229176496989"
          ],
          "editableUntil" : "2026-05-05T18:46:36.625Z",
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
        "128"
      ],
      "favorite_count" : "65",
      "id_str" : "2051720229176496989",
      "truncated" : false,
      "retweet_count" : "24",
      "id" : "2051720229176496989",
      "created_at" : "Tue May 05 17:46:36 +0000 2026",
      "favorited" : false,
      "full_text" : "الأطفال يحتاجون النشويات للطاقة والتركيز 🧠 بس الأفضل يكون نص الخبز على الأقل من الحبوب الكاملة، وخلوا المعجنات المحلاة للمناسبات",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2050480380343586792"
          ],
          "editableUntil" : "2026-05-02T08:39:53.399Z",
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
      "favorite_count" : "439",
      "id_str" : "2050480380343586792",
      "truncated" : false,
      "retweet_count" : "342",
      "id" : "2050480380343586792",
      "created_at" : "Sat May 02 07:39:53 +0000 2026",
      "favorited" : false,
      "full_text" : "ورشة الخباز الصغير 🧒🥖 نجهزها للصيف بس نبي لها اسم! اقترحوا اسم بالرد، وصاحب الاسم الفائز يحضر مع طفلين مجاناً. بدون شراء، لين ١٠ مايو",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2049532037060307393"
          ],
          "editableUntil" : "2026-04-29T17:51:30.307Z",
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
            "name" : "مزرعة تمور القصيم 🌴",
            "screen_name" : "qassim_dates",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1669422848145168474",
            "id" : "1669422848145168474"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "0",
      "id_str" : "2049532037060307393",
      "truncated" : false,
      "retweet_count" : "44",
      "id" : "2049532037060307393",
      "created_at" : "Wed Apr 29 16:51:30 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @qassim_dates: زرعنا فسائل جديدة 🌱 كل نخلة تاخذ ٤ إلى ٥ سنين لين تعطي أول محصول. الصبر مفتاح التمر 😄",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2048461107485380533"
          ],
          "editableUntil" : "2026-04-26T18:56:01.975Z",
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
            "name" : "عبير الشهري",
            "screen_name" : "abeer_alsh",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1179313952431652376",
            "id" : "1179313952431652376"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "79"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2048386615792466489",
      "in_reply_to_user_id" : "1179313952431652376",
      "id_str" : "2048461107485380533",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2048461107485380533",
      "in_reply_to_status_id" : "2048386615792466489",
      "created_at" : "Sun Apr 26 17:56:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@abeer_alsh للأسف ما نوصّل خارج الرياض حالياً، بس قريب نبدأ الخرج إن شاء الله 🚚",
      "lang" : "ar",
      "in_reply_to_screen_name" : "abeer_alsh",
      "in_reply_to_user_id_str" : "1179313952431652376"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2047370877182046552"
          ],
          "editableUntil" : "2026-04-23T18:43:50.025Z",
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
        "68"
      ],
      "favorite_count" : "36",
      "id_str" : "2047370877182046552",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2047370877182046552",
      "created_at" : "Thu Apr 23 17:43:50 +0000 2026",
      "favorited" : false,
      "full_text" : "ساندويش الفلافل بخبز البر صار في المنيو الدائم بعد طلبكم 🙌 بـ 9 ريال",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2045897387070726282"
          ],
          "editableUntil" : "2026-04-19T17:08:42.103Z",
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
        "56"
      ],
      "favorite_count" : "108",
      "id_str" : "2045897387070726282",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2045897387070726282",
      "created_at" : "Sun Apr 19 16:08:42 +0000 2026",
      "favorited" : false,
      "full_text" : "لو سوينا ورشة خبز للأطفال في الإجازة، بتسجلون عيالكم؟ 👧🧒",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2044277091651769407"
          ],
          "editableUntil" : "2026-04-15T05:50:14.563Z",
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
        "92"
      ],
      "favorite_count" : "119",
      "id_str" : "2044277091651769407",
      "truncated" : false,
      "retweet_count" : "24",
      "id" : "2044277091651769407",
      "created_at" : "Wed Apr 15 04:50:14 +0000 2026",
      "favorited" : false,
      "full_text" : "موجة غبار على الرياض اليوم 🌫️ اللي عندهم ربو أو حساسية الله يحفظكم، خلكم في البيت إذا تقدرون",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2043374543819557823"
          ],
          "editableUntil" : "2026-04-12T18:03:49.749Z",
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
        "129"
      ],
      "favorite_count" : "184",
      "id_str" : "2043374543819557823",
      "truncated" : false,
      "retweet_count" : "51",
      "id" : "2043374543819557823",
      "created_at" : "Sun Apr 12 17:03:49 +0000 2026",
      "favorited" : false,
      "full_text" : "نبارك لزميلتنا ريم، شيف المعجنات، على تخرجها من دبلوم فنون الطهي 🎓👩‍🍳 سنتين دراسة مسائية مع الدوام، والحين رسمياً شيف. فخورين فيك",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2042317079780401018"
          ],
          "editableUntil" : "2026-04-09T20:01:50.937Z",
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
            "name" : "طارق",
            "screen_name" : "tariq_bq",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1282785994070423595",
            "id" : "1282785994070423595"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "68"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2042261963417392657",
      "in_reply_to_user_id" : "1282785994070423595",
      "id_str" : "2042317079780401018",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2042317079780401018",
      "in_reply_to_status_id" : "2042261963417392657",
      "created_at" : "Thu Apr 09 19:01:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@tariq_bq شكراً يا طارق على الصورة الحلوة 📸 عجبتنا ونزلناها في القصة",
      "lang" : "ar",
      "in_reply_to_screen_name" : "tariq_bq",
      "in_reply_to_user_id_str" : "1282785994070423595"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2041081107944673020"
          ],
          "editableUntil" : "2026-04-06T10:10:32.425Z",
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
            "name" : "الشيف عبير",
            "screen_name" : "chef_abeer_sa",
            "indices" : [
              "14",
              "28"
            ],
            "id_str" : "1215309217005176906",
            "id" : "1215309217005176906"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "23",
      "id_str" : "2041081107944673020",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2041081107944673020",
      "created_at" : "Mon Apr 06 09:10:32 +0000 2026",
      "favorited" : false,
      "full_text" : "فيديو رائع من @chef_abeer_sa عن طريقة خبز المرقوق على الصاج مثل أيام أول 🔥 تابعوها إذا تحبون الأكلات الشعبية",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2039789277190843191"
          ],
          "editableUntil" : "2026-04-02T20:37:15.514Z",
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
        "121"
      ],
      "favorite_count" : "190",
      "id_str" : "2039789277190843191",
      "truncated" : false,
      "retweet_count" : "77",
      "id" : "2039789277190843191",
      "created_at" : "Thu Apr 02 19:37:15 +0000 2026",
      "favorited" : false,
      "full_text" : "باقي عندكم كعك ومعمول من العيد؟ 🍪 خزنوه في علبة محكمة بعيد عن الشمس ويصمد أسبوعين، ومعمول التمر تقدرون تجمدونه لين ٣ شهور",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2038680651646010261"
          ],
          "editableUntil" : "2026-03-30T19:11:58.980Z",
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
        "44"
      ],
      "favorite_count" : "78",
      "id_str" : "2038680651646010261",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2038680651646010261",
      "created_at" : "Mon Mar 30 18:11:58 +0000 2026",
      "favorited" : false,
      "full_text" : "سؤال ما بعد العيد: كم كيلو زادت الموازين؟ 😂🙈",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2037746826201741674"
          ],
          "editableUntil" : "2026-03-28T05:21:17.598Z",
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
        "114"
      ],
      "favorite_count" : "102",
      "id_str" : "2037746826201741674",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2037746826201741674",
      "created_at" : "Sat Mar 28 04:21:17 +0000 2026",
      "favorited" : false,
      "full_text" : "بعد شهر كامل من الوردية الليلية، الفريق أخذ إجازة مستحقة ٣ أيام 😴 والفروع شغالة بالفريق الاحتياطي. يستاهلون كل خير",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2036795289255393938"
          ],
          "editableUntil" : "2026-03-25T14:20:13.379Z",
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
            "name" : "عمر",
            "screen_name" : "omar_gh",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1841499070107766908",
            "id" : "1841499070107766908"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "9",
        "68"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2036679024561515561",
      "in_reply_to_user_id" : "1841499070107766908",
      "id_str" : "2036795289255393938",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2036795289255393938",
      "in_reply_to_status_id" : "2036679024561515561",
      "created_at" : "Wed Mar 25 13:20:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@omar_gh أكيد يا عمر، فرع الياسمين رجع للدوام العادي من ٥:٣٠ الفجر 🌞",
      "lang" : "ar",
      "in_reply_to_screen_name" : "omar_gh",
      "in_reply_to_user_id_str" : "1841499070107766908"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2035565654162554767"
          ],
          "editableUntil" : "2026-03-22T04:54:05.261Z",
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
            "name" : "لجين الحربي",
            "screen_name" : "lujain_alhrb",
            "indices" : [
              "23",
              "36"
            ],
            "id_str" : "3323343511",
            "id" : "3323343511"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "255",
      "id_str" : "2035565654162554767",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2035565654162554767",
      "created_at" : "Sun Mar 22 03:54:05 +0000 2026",
      "favorited" : false,
      "full_text" : "الفائزة برحلة العلا 🏔️ @lujain_alhrb مبروك!! 🎉 وشكراً لكل اللي شارك في سحب العيد هالسنة",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2035066367934968306"
          ],
          "editableUntil" : "2026-03-20T19:50:06.703Z",
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
        "85"
      ],
      "favorite_count" : "239",
      "id_str" : "2035066367934968306",
      "truncated" : false,
      "retweet_count" : "63",
      "id" : "2035066367934968306",
      "created_at" : "Fri Mar 20 18:50:06 +0000 2026",
      "favorited" : false,
      "full_text" : "من كل فريق نخلة: عساكم من عواده 🤍 وشكر خاص للي اشتغلوا صبح العيد عشان تلقون خبزكم حار",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2034896728081980926"
          ],
          "editableUntil" : "2026-03-20T08:36:01.475Z",
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
        "112"
      ],
      "favorite_count" : "47",
      "id_str" : "2034896728081980926",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2034896728081980926",
      "created_at" : "Fri Mar 20 07:36:01 +0000 2026",
      "favorited" : false,
      "full_text" : "عيدكم مبارك 🌙✨ ينعاد عليكم بالصحة والسعادة.\nوعيدية نخلة لكم: كود EID20 خصم ٢٠٪ على كل الطلبات أول ٣ أيام العيد 🎁",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2034708243080504875"
          ],
          "editableUntil" : "2026-03-19T20:07:02.224Z",
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
        "64"
      ],
      "favorite_count" : "195",
      "id_str" : "2034708243080504875",
      "truncated" : false,
      "retweet_count" : "31",
      "id" : "2034708243080504875",
      "created_at" : "Thu Mar 19 19:07:02 +0000 2026",
      "favorited" : false,
      "full_text" : "تقبل الله منا ومنكم صالح الأعمال 🤲 ودّعنا رمضان والقلب متعلق فيه",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2034260928172372196"
          ],
          "editableUntil" : "2026-03-18T14:29:34.857Z",
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
      "favorite_count" : "16",
      "id_str" : "2034260928172372196",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2034260928172372196",
      "created_at" : "Wed Mar 18 13:29:34 +0000 2026",
      "favorited" : false,
      "full_text" : "ليلة العيد 🌙 فروعنا مفتوحة لين ٣ الفجر، وعلب الكعك الجاهزة بـ 59 ريال للي تأخر مثلنا 😅",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2033912843402393784"
          ],
          "editableUntil" : "2026-03-17T15:26:24.104Z",
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
      "favorite_count" : "87",
      "id_str" : "2033912843402393784",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "2033912843402393784",
      "created_at" : "Tue Mar 17 14:26:24 +0000 2026",
      "favorited" : false,
      "full_text" : "وش أهم شي على سفرة فطور العيد عندكم؟ 🍽️ عندنا العيد ما يكمل بدون كليجا وقهوة",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2033540213129611563"
          ],
          "editableUntil" : "2026-03-16T14:45:42.200Z",
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
            "name" : "منيرة",
            "screen_name" : "munira_ar",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1043143859",
            "id" : "1043143859"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "100"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2033512024029672786",
      "in_reply_to_user_id" : "1043143859",
      "id_str" : "2033540213129611563",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2033540213129611563",
      "in_reply_to_status_id" : "2033512024029672786",
      "created_at" : "Mon Mar 16 13:45:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@munira_ar للأسف استقبال الطلبات وقف أمس يا منيرة 🙏 بس العلب الجاهزة موجودة في الفروع لين ليلة العيد",
      "lang" : "ar",
      "in_reply_to_screen_name" : "munira_ar",
      "in_reply_to_user_id_str" : "1043143859"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2033278841042370895"
          ],
          "editableUntil" : "2026-03-15T21:27:06.193Z",
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
      "favorite_count" : "94",
      "id_str" : "2033278841042370895",
      "truncated" : false,
      "retweet_count" : "32",
      "id" : "2033278841042370895",
      "created_at" : "Sun Mar 15 20:27:06 +0000 2026",
      "favorited" : false,
      "full_text" : "ليلة ٢٧ في المخبز 🤍 الفريق صلى التراويح مع بعض في المسجد اللي جنبنا، وبعدها رجعوا للعجين. الله يتقبل منهم",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2032919175588549052"
          ],
          "editableUntil" : "2026-03-14T21:37:55.820Z",
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
        "85"
      ],
      "favorite_count" : "70",
      "id_str" : "2032919175588549052",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2032919175588549052",
      "created_at" : "Sat Mar 14 20:37:55 +0000 2026",
      "favorited" : false,
      "full_text" : "العشر الأواخر 🌙 فروعنا مفتوحة لين الفجر، وسحورنا الجاهز: تميس + فول + شاهي بـ 19 ريال",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2032542367354509495"
          ],
          "editableUntil" : "2026-03-13T20:40:37.774Z",
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
        "103"
      ],
      "favorite_count" : "30",
      "id_str" : "2032542367354509495",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2032542367354509495",
      "created_at" : "Fri Mar 13 19:40:37 +0000 2026",
      "favorited" : false,
      "full_text" : "وصل تمر السكري الجديد لعلب الهدايا 🌴 علبة النخلة الفاخرة بـ 149 ريال، ومعها بطاقة تهنئة مكتوبة بخط اليد",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2032100320084510833"
          ],
          "editableUntil" : "2026-03-12T15:24:05.878Z",
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
            "url" : "https://t.co/YuNXGTorqf",
            "expanded_url" : "https://nakhlabakery.example/eid",
            "display_url" : "nakhlabakery.example/eid",
            "indices" : [
              "84",
              "107"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "54",
      "id_str" : "2032100320084510833",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2032100320084510833",
      "possibly_sensitive" : false,
      "created_at" : "Thu Mar 12 14:24:05 +0000 2026",
      "favorited" : false,
      "full_text" : "آخر الطلبات للعيد قبل ما نقفل الاستقبال ⏳ التوصيل مجاني فوق ١٥٠ ريال لين ٢٧ رمضان 👇\nhttps://t.co/YuNXGTorqf",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2031703882901858364"
          ],
          "editableUntil" : "2026-03-11T13:08:47.259Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "يوم_العلم",
            "indices" : [
              "37",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "506",
      "id_str" : "2031703882901858364",
      "truncated" : false,
      "retweet_count" : "28",
      "id" : "2031703882901858364",
      "created_at" : "Wed Mar 11 12:08:47 +0000 2026",
      "favorited" : false,
      "full_text" : "يوم العلم 🇸🇦 راية التوحيد عالية دايم #يوم_العلم",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2031378659554933245"
          ],
          "editableUntil" : "2026-03-10T15:36:28.752Z",
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
            "name" : "شهد",
            "screen_name" : "shahad_tw",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3180206440",
            "id" : "3180206440"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "71"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2031368847104097365",
      "in_reply_to_user_id" : "3180206440",
      "id_str" : "2031378659554933245",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2031378659554933245",
      "in_reply_to_status_id" : "2031368847104097365",
      "created_at" : "Tue Mar 10 14:36:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@shahad_tw السحب يشمل الطلبات من الفروع والتطبيق، بس احتفظي بالفاتورة 👍",
      "lang" : "ar",
      "in_reply_to_screen_name" : "shahad_tw",
      "in_reply_to_user_id_str" : "3180206440"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2030995209405751640"
          ],
          "editableUntil" : "2026-03-09T14:12:46.169Z",
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
        "101"
      ],
      "favorite_count" : "55",
      "id_str" : "2030995209405751640",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2030995209405751640",
      "created_at" : "Mon Mar 09 13:12:46 +0000 2026",
      "favorited" : false,
      "full_text" : "سحب العيد الكبير 🎉 كل طلب علبة عيد فوق ١٠٠ ريال يدخلك السحب على رحلة لشخصين للعلا! السحب يوم ٣٠ رمضان",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2030634572083573551"
          ],
          "editableUntil" : "2026-03-08T14:19:44.703Z",
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
        "92"
      ],
      "favorite_count" : "24",
      "id_str" : "2030634572083573551",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2030634572083573551",
      "created_at" : "Sun Mar 08 13:19:44 +0000 2026",
      "favorited" : false,
      "full_text" : "علب العيد من نخلة 🎁 معمول التمر والفستق وكعك السمسم، من 65 ريال. الطلبات مفتوحة لين ٢٧ رمضان",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2030008033708157072"
          ],
          "editableUntil" : "2026-03-06T20:50:05.846Z",
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
            "name" : "فهد العلي",
            "screen_name" : "fahad_alo",
            "indices" : [
              "48",
              "58"
            ],
            "id_str" : "1390322942571543932",
            "id" : "1390322942571543932"
          },
          {
            "name" : "ريم العتيبي",
            "screen_name" : "reem_alotb",
            "indices" : [
              "61",
              "72"
            ],
            "id_str" : "1661057152927276881",
            "id" : "1661057152927276881"
          },
          {
            "name" : "ناصر الدعوان",
            "screen_name" : "nasser_aldaw",
            "indices" : [
              "75",
              "88"
            ],
            "id_str" : "1485484578321322943",
            "id" : "1485484578321322943"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "205",
      "id_str" : "2030008033708157072",
      "truncated" : false,
      "retweet_count" : "23",
      "id" : "2030008033708157072",
      "created_at" : "Fri Mar 06 19:50:05 +0000 2026",
      "favorited" : false,
      "full_text" : "الإجابة الصحيحة: ٢٠٠٩ في حي السليمانية 🌴 ومبروك @fahad_alo و @reem_alotb و @nasser_aldaw، تواصلوا معنا بالخاص",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2029516218500073952"
          ],
          "editableUntil" : "2026-03-05T12:15:47.722Z",
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
      "favorite_count" : "984",
      "id_str" : "2029516218500073952",
      "truncated" : false,
      "retweet_count" : "617",
      "id" : "2029516218500073952",
      "created_at" : "Thu Mar 05 11:15:47 +0000 2026",
      "favorited" : false,
      "full_text" : "مسابقة رمضان 🌙 سؤال الليلة: في أي سنة افتتح أول فرع لمخابز نخلة؟ 🤔 أول ٣ إجابات صحيحة بالرد تفوز بسلة سحور. بدون شراء، والمسابقة لين منتصف الليل",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2028884687010669928"
          ],
          "editableUntil" : "2026-03-03T18:26:18.453Z",
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
      "favorite_count" : "96",
      "id_str" : "2028884687010669928",
      "truncated" : false,
      "retweet_count" : "25",
      "id" : "2028884687010669928",
      "created_at" : "Tue Mar 03 17:26:18 +0000 2026",
      "favorited" : false,
      "full_text" : "ليش اللقيمات أحياناً تطلع ثقيلة ومو منفوخة؟ غالباً العجينة ما تخمرت كفاية أو الزيت مو حار. الزيت لازم يكون حوالي ١٧٠ درجة، وجربوا حبة وحدة قبل 👌",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2028213216478506710"
          ],
          "editableUntil" : "2026-03-01T21:58:07.226Z",
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
      "favorite_count" : "263",
      "id_str" : "2028213216478506710",
      "truncated" : false,
      "retweet_count" : "24",
      "id" : "2028213216478506710",
      "created_at" : "Sun Mar 01 20:58:07 +0000 2026",
      "favorited" : false,
      "full_text" : "بعد الفطور في المخبز المركزي 🌙 الوردية الليلية تفطر مع بعض على سفرة وحدة قبل ما يبدأ شغل السحور",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027794541482286314"
          ],
          "editableUntil" : "2026-02-28T18:14:27.108Z",
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
            "name" : "إبراهيم السهلي",
            "screen_name" : "ibrahim_sahli",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1104703113",
            "id" : "1104703113"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "100"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2027704444717271236",
      "in_reply_to_user_id" : "1104703113",
      "id_str" : "2027794541482286314",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2027794541482286314",
      "in_reply_to_status_id" : "2027704444717271236",
      "created_at" : "Sat Feb 28 17:14:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@ibrahim_sahli هلا إبراهيم، الحجز من التطبيق، وتقدر تستخدم كود RAMADAN10 وتاخذ خصم ١٠٪ على أول طلب 🌙",
      "lang" : "ar",
      "in_reply_to_screen_name" : "ibrahim_sahli",
      "in_reply_to_user_id_str" : "1104703113"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027465245111718379"
          ],
          "editableUntil" : "2026-02-27T20:25:57.724Z",
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
      "favorite_count" : "23",
      "id_str" : "2027465245111718379",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2027465245111718379",
      "created_at" : "Fri Feb 27 19:25:57 +0000 2026",
      "favorited" : false,
      "full_text" : "خبز التنور يطلع حار كل يوم الساعة ٥ العصر قبل الفطور 🔥 احجز من التطبيق واستلم بدون انتظار",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2026748350943460133"
          ],
          "editableUntil" : "2026-02-25T20:57:16.643Z",
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
        "64"
      ],
      "favorite_count" : "239",
      "id_str" : "2026748350943460133",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2026748350943460133",
      "created_at" : "Wed Feb 25 19:57:16 +0000 2026",
      "favorited" : false,
      "full_text" : "أول أسبوع من رمضان خلص 🌙 وش الصحن اللي ما غاب عن سفرتكم ولا يوم؟",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2025984949201556363"
          ],
          "editableUntil" : "2026-02-23T18:23:47.849Z",
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
            "name" : "نورة الراشد",
            "screen_name" : "noura_alrasheed",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "3481879193",
            "id" : "3481879193"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "80"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2025964814552066423",
      "in_reply_to_user_id" : "3481879193",
      "id_str" : "2025984949201556363",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2025984949201556363",
      "in_reply_to_status_id" : "2025964814552066423",
      "created_at" : "Mon Feb 23 17:23:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@noura_alrasheed الله يتقبل منا ومنك 🤍 وبنوصل ملاحظتك عن الزحمة قبل الفطور للفرع",
      "lang" : "ar",
      "in_reply_to_screen_name" : "noura_alrasheed",
      "in_reply_to_user_id_str" : "3481879193"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2025642209339506002"
          ],
          "editableUntil" : "2026-02-22T19:41:51.185Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "يوم_التأسيس",
            "indices" : [
              "87",
              "99"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "410",
      "id_str" : "2025642209339506002",
      "truncated" : false,
      "retweet_count" : "147",
      "id" : "2025642209339506002",
      "created_at" : "Sun Feb 22 18:41:51 +0000 2026",
      "favorited" : false,
      "full_text" : "يوم بدينا 🇸🇦 قرابة ثلاثة قرون من تأسيس الدولة السعودية الأولى. فخورين بتاريخنا وجذورنا #يوم_التأسيس",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2025194665460244564"
          ],
          "editableUntil" : "2026-02-21T14:03:29.414Z",
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
      "favorite_count" : "24",
      "id_str" : "2025194665460244564",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2025194665460244564",
      "created_at" : "Sat Feb 21 13:03:29 +0000 2026",
      "favorited" : false,
      "full_text" : "يوم التأسيس بكرة 🏰 وصلت علب الكليجا بتصميم خاص للمناسبة، ١٢ حبة بـ 39 ريال. الكمية محدودة",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2024858821629379175"
          ],
          "editableUntil" : "2026-02-20T15:48:57.540Z",
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
        "88"
      ],
      "favorite_count" : "66",
      "id_str" : "2024858821629379175",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2024858821629379175",
      "created_at" : "Fri Feb 20 14:48:57 +0000 2026",
      "favorited" : false,
      "full_text" : "سمبوسة نخلة الجاهزة للقلي: ٢٠ حبة بـ 30 ريال 🥟 لحم أو جبن أو دجاج، في كل الفروع من الظهر",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2024169016397073173"
          ],
          "editableUntil" : "2026-02-18T18:07:55.806Z",
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
      "favorite_count" : "89",
      "id_str" : "2024169016397073173",
      "truncated" : false,
      "retweet_count" : "57",
      "id" : "2024169016397073173",
      "created_at" : "Wed Feb 18 17:07:55 +0000 2026",
      "favorited" : false,
      "full_text" : "نصيحة للسحور 🌙 الخبز الأسمر مع البيض واللبن يشبّعك أطول من الأبيض والحلا. ووزّعوا شرب الموية بين الفطور والسحور، مو كلها دفعة وحدة",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023821528236790294"
          ],
          "editableUntil" : "2026-02-17T19:07:07.200Z",
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
        "68"
      ],
      "favorite_count" : "436",
      "id_str" : "2023821528236790294",
      "truncated" : false,
      "retweet_count" : "57",
      "id" : "2023821528236790294",
      "created_at" : "Tue Feb 17 18:07:07 +0000 2026",
      "favorited" : false,
      "full_text" : "اللهم بلّغنا رمضان وأعنّا فيه على الصيام والقيام 🌙 مبارك عليكم الشهر",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023082341924206196"
          ],
          "editableUntil" : "2026-02-15T18:09:52.718Z",
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
        "83"
      ],
      "favorite_count" : "18",
      "id_str" : "2023082341924206196",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2023082341924206196",
      "created_at" : "Sun Feb 15 17:09:52 +0000 2026",
      "favorited" : false,
      "full_text" : "العد التنازلي لرمضان ⏳ لقيمات نخلة المجمدة: قليها ٣ دقايق وجاهزة، والكيس بـ 24 ريال",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2022372673298117284"
          ],
          "editableUntil" : "2026-02-13T19:09:53.436Z",
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
        "83"
      ],
      "favorite_count" : "159",
      "id_str" : "2022372673298117284",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "2022372673298117284",
      "created_at" : "Fri Feb 13 18:09:53 +0000 2026",
      "favorited" : false,
      "full_text" : "فريقنا جهّز ٥٠٠ سلة إفطار صائم مع جمعية الحي 🤲 شكراً لكل موظف تطوع بوقته بعد الدوام",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2021420155671991903"
          ],
          "editableUntil" : "2026-02-11T04:04:55.626Z",
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
        "86"
      ],
      "favorite_count" : "21",
      "id_str" : "2021420155671991903",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "2021420155671991903",
      "created_at" : "Wed Feb 11 03:04:55 +0000 2026",
      "favorited" : false,
      "full_text" : "حجز سفرة الإفطار للشركات والجمعيات مفتوح 🍽️ من ٥٠ صائم وفوق، وخصم ١٠٪ للجمعيات الخيرية",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020701209308619210"
          ],
          "editableUntil" : "2026-02-09T04:28:05.357Z",
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
            "url" : "https://t.co/vb48oWUeL7",
            "expanded_url" : "https://nakhlabakery.example/ramadan",
            "display_url" : "nakhlabakery.example/rama…",
            "indices" : [
              "101",
              "124"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "41",
      "id_str" : "2020701209308619210",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2020701209308619210",
      "possibly_sensitive" : false,
      "created_at" : "Mon Feb 09 03:28:05 +0000 2026",
      "favorited" : false,
      "full_text" : "تشكيلة رمضان وصلت 🌙 رقائق سمبوسة، شوربة، لقيمات مجمدة، وخبز التنور. اطلبوا الحين وتوصلكم قبل رمضان 👇\nhttps://t.co/vb48oWUeL7",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2019810418125883628"
          ],
          "editableUntil" : "2026-02-06T17:28:24.393Z",
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
            "name" : "مها الدوسري",
            "screen_name" : "maha_dosari",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1220337734423592600",
            "id" : "1220337734423592600"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "84"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2019716799401045592",
      "in_reply_to_user_id" : "1220337734423592600",
      "id_str" : "2019810418125883628",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2019810418125883628",
      "in_reply_to_status_id" : "2019716799401045592",
      "created_at" : "Fri Feb 06 16:28:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@maha_dosari ايه يا مها، رقائق السمبوسة تنباع بالكيلو، وبتكون متوفرة من منتصف فبراير",
      "lang" : "ar",
      "in_reply_to_screen_name" : "maha_dosari",
      "in_reply_to_user_id_str" : "1220337734423592600"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2019092079981822238"
          ],
          "editableUntil" : "2026-02-04T17:53:59.180Z",
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
        "44"
      ],
      "favorite_count" : "212",
      "id_str" : "2019092079981822238",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2019092079981822238",
      "created_at" : "Wed Feb 04 16:53:59 +0000 2026",
      "favorited" : false,
      "full_text" : "السمبوسة: لحم، جبن، ولا خضار؟ 🥟 النقاش مفتوح",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2018372494599570299"
          ],
          "editableUntil" : "2026-02-02T18:14:36.617Z",
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
        "140"
      ],
      "favorite_count" : "64",
      "id_str" : "2018372494599570299",
      "truncated" : false,
      "retweet_count" : "22",
      "id" : "2018372494599570299",
      "created_at" : "Mon Feb 02 17:14:36 +0000 2026",
      "favorited" : false,
      "full_text" : "باقي أسبوعين تقريباً على رمضان 🌙 إذا تبون تجهزون عجينة السمبوسة من بدري: افردوها وقطعوها وجمدوها بين أوراق زبدة، وتصمد في الفريزر لين ٣ شهور",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2017688475724131511"
          ],
          "editableUntil" : "2026-01-31T20:56:34.891Z",
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
      "favorite_count" : "23",
      "id_str" : "2017688475724131511",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2017688475724131511",
      "created_at" : "Sat Jan 31 19:56:34 +0000 2026",
      "favorited" : false,
      "full_text" : "ميني كرواسون بالجبن العكاوي، جديد عندنا ومرة إدمان 😋 الدزينة بـ 18 ريال",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2016716686904649678"
          ],
          "editableUntil" : "2026-01-29T04:35:01.306Z",
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
        "49"
      ],
      "favorite_count" : "60",
      "id_str" : "2016716686904649678",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "2016716686904649678",
      "created_at" : "Thu Jan 29 03:35:01 +0000 2026",
      "favorited" : false,
      "full_text" : "الخبز الأبيض ولا البر؟ 🗳️ تصويت سريع، وبدون فلسفة",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2015713451745734737"
          ],
          "editableUntil" : "2026-01-26T10:08:31.328Z",
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
            "name" : "أحمد الزهراني",
            "screen_name" : "ahmad_zahrani",
            "indices" : [
              "27",
              "41"
            ],
            "id_str" : "2853653590",
            "id" : "2853653590"
          },
          {
            "name" : "لمياء",
            "screen_name" : "lamya_q",
            "indices" : [
              "42",
              "50"
            ],
            "id_str" : "1747258077621279422",
            "id" : "1747258077621279422"
          },
          {
            "name" : "بدر",
            "screen_name" : "bader_m1",
            "indices" : [
              "51",
              "60"
            ],
            "id_str" : "2064464880",
            "id" : "2064464880"
          },
          {
            "name" : "هدى الشيخ",
            "screen_name" : "huda_alshaikh",
            "indices" : [
              "61",
              "75"
            ],
            "id_str" : "1512870423126680766",
            "id" : "1512870423126680766"
          },
          {
            "name" : "يوسف",
            "screen_name" : "yousef_ksa",
            "indices" : [
              "76",
              "87"
            ],
            "id_str" : "1145636528738872884",
            "id" : "1145636528738872884"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "131",
      "id_str" : "2015713451745734737",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2015713451745734737",
      "created_at" : "Mon Jan 26 09:08:31 +0000 2026",
      "favorited" : false,
      "full_text" : "الفائزين في مسابقة القصص 🏆 @ahmad_zahrani @lamya_q @bader_m1 @huda_alshaikh @yousef_ksa مبروك! وشكراً لكل اللي شاركونا ذكرياتهم، قرينا كل رد 🤍",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014197571158567472"
          ],
          "editableUntil" : "2026-01-22T05:44:57.287Z",
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
            "name" : "مختبر الطعام السعودي",
            "screen_name" : "saudi_food_lab",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1616308335470626484",
            "id" : "1616308335470626484"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "0",
      "id_str" : "2014197571158567472",
      "truncated" : false,
      "retweet_count" : "25",
      "id" : "2014197571158567472",
      "created_at" : "Thu Jan 22 04:44:57 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @saudi_food_lab: استبيان جديد: ٦ من كل ١٠ في الرياض يفضّلون الفطور برا البيت في الويكند 🍳 تمثلكم النتيجة؟",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013695835630796019"
          ],
          "editableUntil" : "2026-01-20T20:31:14.124Z",
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
            "name" : "لمياء",
            "screen_name" : "lamya_q",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1747258077621279422",
            "id" : "1747258077621279422"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "9",
        "57"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2013578060314530438",
      "in_reply_to_user_id" : "1747258077621279422",
      "id_str" : "2013695835630796019",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013695835630796019",
      "in_reply_to_status_id" : "2013578060314530438",
      "created_at" : "Tue Jan 20 19:31:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@lamya_q يا عمري على جدتك 🥹 الله يحفظها، وسلمي عليها كثير",
      "lang" : "ar",
      "in_reply_to_screen_name" : "lamya_q",
      "in_reply_to_user_id_str" : "1747258077621279422"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2012922862431811434"
          ],
          "editableUntil" : "2026-01-18T17:19:43.758Z",
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
            "name" : "أحمد الزهراني",
            "screen_name" : "ahmad_zahrani",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "2853653590",
            "id" : "2853653590"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "74"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2012855921603704890",
      "in_reply_to_user_id" : "2853653590",
      "id_str" : "2012922862431811434",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2012922862431811434",
      "in_reply_to_status_id" : "2012855921603704890",
      "created_at" : "Sun Jan 18 16:19:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@ahmad_zahrani ههههه قصة التميس في ليلة الاختبار ضحكتنا 😂 بالتوفيق يا أحمد",
      "lang" : "ar",
      "in_reply_to_screen_name" : "ahmad_zahrani",
      "in_reply_to_user_id_str" : "2853653590"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2012018254190866342"
          ],
          "editableUntil" : "2026-01-16T05:25:07.745Z",
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
        "128"
      ],
      "favorite_count" : "855",
      "id_str" : "2012018254190866342",
      "truncated" : false,
      "retweet_count" : "339",
      "id" : "2012018254190866342",
      "created_at" : "Fri Jan 16 04:25:07 +0000 2026",
      "favorited" : false,
      "full_text" : "مسابقة بداية السنة 🎉 وش أول شي طلبتوه من نخلة؟ اكتبوا قصتكم بالرد، ونختار ٥ قصص تفوز بقسيمة ١٠٠ ريال. بدون شراء، والسحب ٢٥ يناير",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2011001286621263161"
          ],
          "editableUntil" : "2026-01-13T10:04:03.733Z",
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
        "107"
      ],
      "favorite_count" : "226",
      "id_str" : "2011001286621263161",
      "truncated" : false,
      "retweet_count" : "23",
      "id" : "2011001286621263161",
      "created_at" : "Tue Jan 13 09:04:03 +0000 2026",
      "favorited" : false,
      "full_text" : "تعرفوا على فريق التوصيل 🛵 خمسة شباب يغطون الرياض كلها من الفجر. أبو فهد يقول إنه يعرف كل مطب في حي النرجس 😂",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2009711037270498742"
          ],
          "editableUntil" : "2026-01-09T20:37:04.877Z",
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
            "name" : "حنان",
            "screen_name" : "hanan_2030",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1828673552933176177",
            "id" : "1828673552933176177"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "85"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2009623964344560081",
      "in_reply_to_user_id" : "1828673552933176177",
      "id_str" : "2009711037270498742",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2009711037270498742",
      "in_reply_to_status_id" : "2009623964344560081",
      "created_at" : "Fri Jan 09 19:37:04 +0000 2026",
      "favorited" : false,
      "full_text" : "@hanan_2030 السعرات مكتوبة على الملصق في كل منتج، وبنضيفها للتطبيق قريب إن شاء الله 📱",
      "lang" : "ar",
      "in_reply_to_screen_name" : "hanan_2030",
      "in_reply_to_user_id_str" : "1828673552933176177"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2008374854718298979"
          ],
          "editableUntil" : "2026-01-06T04:07:33.124Z",
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
        "133"
      ],
      "favorite_count" : "56",
      "id_str" : "2008374854718298979",
      "truncated" : false,
      "retweet_count" : "23",
      "id" : "2008374854718298979",
      "created_at" : "Tue Jan 06 03:07:33 +0000 2026",
      "favorited" : false,
      "full_text" : "كيف تقرا ملصق الخبز في السوبرماركت 👀 إذا أول مكوّن مكتوب \"دقيق قمح\" بس، غالباً هو أبيض مو بر. دوّر على \"دقيق القمح الكامل\" كأول مكوّن",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2007511974917854488"
          ],
          "editableUntil" : "2026-01-03T18:58:47.623Z",
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
        "92"
      ],
      "favorite_count" : "19",
      "id_str" : "2007511974917854488",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2007511974917854488",
      "created_at" : "Sat Jan 03 17:58:47 +0000 2026",
      "favorited" : false,
      "full_text" : "بداية سنة صحية؟ 🌾 أطلقنا خبز البر الكامل بالشوفان والبذور، بدون سكر مضاف، والرغيف بـ 11 ريال",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2006247573051659323"
          ],
          "editableUntil" : "2025-12-31T07:14:30.466Z",
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
        "58"
      ],
      "favorite_count" : "99",
      "id_str" : "2006247573051659323",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2006247573051659323",
      "created_at" : "Wed Dec 31 06:14:30 +0000 2025",
      "favorited" : false,
      "full_text" : "آخر يوم في ٢٠٢٥ 🎆 وش أحلى لحظة مرت عليكم هالسنة؟ ودنا نقرا",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2005167796495201403"
          ],
          "editableUntil" : "2025-12-28T07:43:51.695Z",
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
        "102"
      ],
      "favorite_count" : "59",
      "id_str" : "2005167796495201403",
      "truncated" : false,
      "retweet_count" : "27",
      "id" : "2005167796495201403",
      "created_at" : "Sun Dec 28 06:43:51 +0000 2025",
      "favorited" : false,
      "full_text" : "الأرصاد تنبّه: موجة برد قوية على الرياض والقصيم هالأسبوع مع رياح نشطة 🌬️ دفّوا عيالكم زين، الله يحفظكم",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2003740310351323909"
          ],
          "editableUntil" : "2025-12-24T09:11:32.726Z",
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
            "name" : "سلطان",
            "screen_name" : "sultan_9x",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1273315965504465571",
            "id" : "1273315965504465571"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "49"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2003631846832136179",
      "in_reply_to_user_id" : "1273315965504465571",
      "id_str" : "2003740310351323909",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2003740310351323909",
      "in_reply_to_status_id" : "2003631846832136179",
      "created_at" : "Wed Dec 24 08:11:32 +0000 2025",
      "favorited" : false,
      "full_text" : "@sultan_9x أبشر، بنرسل لك رقم المشرف بالخاص الحين",
      "lang" : "ar",
      "in_reply_to_screen_name" : "sultan_9x",
      "in_reply_to_user_id_str" : "1273315965504465571"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2002801938128348413"
          ],
          "editableUntil" : "2025-12-21T19:02:46.824Z",
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
            "name" : "رفيف تقرأ",
            "screen_name" : "rafif_reads",
            "indices" : [
              "21",
              "33"
            ],
            "id_str" : "1337945263143865572",
            "id" : "1337945263143865572"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "38",
      "id_str" : "2002801938128348413",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2002801938128348413",
      "created_at" : "Sun Dec 21 18:02:46 +0000 2025",
      "favorited" : false,
      "full_text" : "لمحبين القراءة: كتاب @rafif_reads عن الأكل في الجزيرة العربية قبل النفط، فيه فصل كامل عن الخبز والتنور 📖 من أمتع ما قرينا هالسنة",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2002309547129653065"
          ],
          "editableUntil" : "2025-12-20T10:26:11.360Z",
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
      "favorite_count" : "68",
      "id_str" : "2002309547129653065",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2002309547129653065",
      "created_at" : "Sat Dec 20 09:26:11 +0000 2025",
      "favorited" : false,
      "full_text" : "سلال الشتاء رجعت بطلب منكم 🧺 ساوردو وعسل وجبن وتمر، من 149 ريال وتوصل لباب البيت",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2001604204802964245"
          ],
          "editableUntil" : "2025-12-18T11:43:25.834Z",
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
        "126"
      ],
      "favorite_count" : "145",
      "id_str" : "2001604204802964245",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2001604204802964245",
      "created_at" : "Thu Dec 18 10:43:25 +0000 2025",
      "favorited" : false,
      "full_text" : "في اليوم العالمي للغة العربية 📜 الخبز عندنا له أسماء كثيرة: رغيف، قرص، عيش، تميس، صامولي، مرقوق، خمير.. وش تسمّونه في منطقتكم؟",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2000072514601663699"
          ],
          "editableUntil" : "2025-12-14T06:17:01.021Z",
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
        "138"
      ],
      "favorite_count" : "186",
      "id_str" : "2000072514601663699",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "2000072514601663699",
      "created_at" : "Sun Dec 14 05:17:01 +0000 2025",
      "favorited" : false,
      "full_text" : "اجتماع نهاية السنة لمشرفين الفروع ☕ راجعنا كل ملاحظاتكم هالسنة (٣٤٠ ملاحظة!) واخترنا أهم ١٠ بنشتغل عليها في ٢٠٢٦. شكراً لكل واحد كتب لنا 🙏",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1999196050267819540"
          ],
          "editableUntil" : "2025-12-11T20:14:16.793Z",
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
        "97"
      ],
      "favorite_count" : "37",
      "id_str" : "1999196050267819540",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1999196050267819540",
      "created_at" : "Thu Dec 11 19:14:16 +0000 2025",
      "favorited" : false,
      "full_text" : "شوربة العدس مع خبز البر الحار رجعت لمنيو الشتاء 🥣 الصحن بـ 14 ريال في كل الفروع من الساعة ٤ العصر",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1998469267892600063"
          ],
          "editableUntil" : "2025-12-09T20:06:17.597Z",
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
            "name" : "وليد العنزي",
            "screen_name" : "waleed_alanzi",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1211430137919154225",
            "id" : "1211430137919154225"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "66"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1998350988674138010",
      "in_reply_to_user_id" : "1211430137919154225",
      "id_str" : "1998469267892600063",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1998469267892600063",
      "in_reply_to_status_id" : "1998350988674138010",
      "created_at" : "Tue Dec 09 19:06:17 +0000 2025",
      "favorited" : false,
      "full_text" : "@waleed_alanzi ههههه الله يسعدك يا وليد، مرقوق أمك ما ينافسه أحد 😄",
      "lang" : "ar",
      "in_reply_to_screen_name" : "waleed_alanzi",
      "in_reply_to_user_id_str" : "1211430137919154225"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1997729863803861689"
          ],
          "editableUntil" : "2025-12-07T19:08:10.063Z",
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
      "favorite_count" : "114",
      "id_str" : "1997729863803861689",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1997729863803861689",
      "created_at" : "Sun Dec 07 18:08:10 +0000 2025",
      "favorited" : false,
      "full_text" : "مطر في الرياض 🌧️ قولوا لنا وش أكلة المطر عندكم؟",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1996576640969147012"
          ],
          "editableUntil" : "2025-12-04T14:45:40.726Z",
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
        "124"
      ],
      "favorite_count" : "125",
      "id_str" : "1996576640969147012",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "1996576640969147012",
      "created_at" : "Thu Dec 04 13:45:40 +0000 2025",
      "favorited" : false,
      "full_text" : "شتاء الرياض = جفاف 🏜️ والعجين يحس فيه! إذا لاحظت سطح العجينة ينشف ويتشقق وهي تختمر، غطّها بفوطة مبلولة أو رش عليها موية خفيف",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1995753055224183358"
          ],
          "editableUntil" : "2025-12-02T08:13:02.735Z",
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
        "55"
      ],
      "favorite_count" : "156",
      "id_str" : "1995753055224183358",
      "truncated" : false,
      "retweet_count" : "27",
      "id" : "1995753055224183358",
      "created_at" : "Tue Dec 02 07:13:02 +0000 2025",
      "favorited" : false,
      "full_text" : "كل عام والإمارات الشقيقة بخير بمناسبة عيد الاتحاد 🇦🇪🤝🇸🇦",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1995208934518113164"
          ],
          "editableUntil" : "2025-11-30T20:10:53.107Z",
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
            "name" : "هند",
            "screen_name" : "hind_alm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2945786546",
            "id" : "2945786546"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "80"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1995160111055244778",
      "in_reply_to_user_id" : "2945786546",
      "id_str" : "1995208934518113164",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1995208934518113164",
      "in_reply_to_status_id" : "1995160111055244778",
      "created_at" : "Sun Nov 30 19:10:53 +0000 2025",
      "favorited" : false,
      "full_text" : "@hind_alm الخصم مستمر لين الساعة ١٢ الليلة 🕛 ولو بتطلبين من التطبيق حطي كود WF20",
      "lang" : "ar",
      "in_reply_to_screen_name" : "hind_alm",
      "in_reply_to_user_id_str" : "2945786546"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1994601023221848516"
          ],
          "editableUntil" : "2025-11-29T03:55:16.699Z",
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
        "59"
      ],
      "favorite_count" : "65",
      "id_str" : "1994601023221848516",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "1994601023221848516",
      "created_at" : "Sat Nov 29 02:55:16 +0000 2025",
      "favorited" : false,
      "full_text" : "بصراحة، اشتريتوا شي في الجمعة البيضاء هالسنة ولا قاومتوا؟ 😂",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1994336589585614938"
          ],
          "editableUntil" : "2025-11-28T10:24:30.712Z",
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
            "url" : "https://t.co/G4CUHNGAjq",
            "expanded_url" : "https://nakhlabakery.example/white-friday",
            "display_url" : "nakhlabakery.example/whit…",
            "indices" : [
              "94",
              "117"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "23",
      "id_str" : "1994336589585614938",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1994336589585614938",
      "possibly_sensitive" : false,
      "created_at" : "Fri Nov 28 09:24:30 +0000 2025",
      "favorited" : false,
      "full_text" : "اليوم الجمعة البيضاء ⚪ آخر فرصة لخصم ٢٠٪ على المعمول والكعك، والعرض لين الأحد. اطلبوا الحين 👇\nhttps://t.co/G4CUHNGAjq",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1994090109432920365"
          ],
          "editableUntil" : "2025-11-27T18:05:05.592Z",
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
            "name" : "دانة",
            "screen_name" : "dana_hm",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1413239469481889440",
            "id" : "1413239469481889440"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "9",
        "87"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1994038772410631452",
      "in_reply_to_user_id" : "1413239469481889440",
      "id_str" : "1994090109432920365",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1994090109432920365",
      "in_reply_to_status_id" : "1994038772410631452",
      "created_at" : "Thu Nov 27 17:05:05 +0000 2025",
      "favorited" : false,
      "full_text" : "@dana_hm نعتذر عن الزحمة في فرع الياسمين اليوم 🙏 زدنا عدد الكاشيرات من بكرة إن شاء الله",
      "lang" : "ar",
      "in_reply_to_screen_name" : "dana_hm",
      "in_reply_to_user_id_str" : "1413239469481889440"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993542288401337871"
          ],
          "editableUntil" : "2025-11-26T05:48:14.228Z",
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
      "favorite_count" : "26",
      "id_str" : "1993542288401337871",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1993542288401337871",
      "created_at" : "Wed Nov 26 04:48:14 +0000 2025",
      "favorited" : false,
      "full_text" : "هدايا الشتاء جاهزة 🎁 سلة نخلة: خبز ساوردو + عسل سدر + جبن + تمر سكري بـ 199 بدل 249. العرض للجمعة البيضاء بس",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993148162300627345"
          ],
          "editableUntil" : "2025-11-25T03:42:07.383Z",
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
      "favorite_count" : "14",
      "id_str" : "1993148162300627345",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1993148162300627345",
      "created_at" : "Tue Nov 25 02:42:07 +0000 2025",
      "favorited" : false,
      "full_text" : "لعملاء الشركات 👔 خصم ٢٥٪ على بوكسات الاجتماعات لطلبات ديسمبر، لو حجزتوا هالأسبوع بكود WF25",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1992462980799121775"
          ],
          "editableUntil" : "2025-11-23T06:19:27.103Z",
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
            "url" : "https://t.co/7cKrjsYaGi",
            "expanded_url" : "https://nakhlabakery.example/white-friday",
            "display_url" : "nakhlabakery.example/whit…",
            "indices" : [
              "73",
              "96"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "20",
      "id_str" : "1992462980799121775",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1992462980799121775",
      "possibly_sensitive" : false,
      "created_at" : "Sun Nov 23 05:19:27 +0000 2025",
      "favorited" : false,
      "full_text" : "عرض الجمعة البيضاء الثاني: اشتراك التميس الأسبوعي (٧ أيام) بسعر ٥ أيام 🔥\nhttps://t.co/7cKrjsYaGi",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991947512416586350"
          ],
          "editableUntil" : "2025-11-21T20:11:10.598Z",
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
        "109"
      ],
      "favorite_count" : "15",
      "id_str" : "1991947512416586350",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "1991947512416586350",
      "created_at" : "Fri Nov 21 19:11:10 +0000 2025",
      "favorited" : false,
      "full_text" : "الجمعة البيضاء بدأت عندنا بدري ⚪ خصم ٢٠٪ على كل علب المعمول والكعك من اليوم لين ٣٠ نوفمبر، في الفروع والتطبيق",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991329770838590484"
          ],
          "editableUntil" : "2025-11-20T03:16:29.414Z",
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
        "102"
      ],
      "favorite_count" : "509",
      "id_str" : "1991329770838590484",
      "truncated" : false,
      "retweet_count" : "28",
      "id" : "1991329770838590484",
      "created_at" : "Thu Nov 20 02:16:29 +0000 2025",
      "favorited" : false,
      "full_text" : "فرع الياسمين فتح أبوابه 🌴 شكراً لكل اللي جاء من الساعة ٥ الفجر ووقف في الطابور.. ما توقعنا هالحب كله 🥹",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1990352548866681573"
          ],
          "editableUntil" : "2025-11-17T10:33:21.704Z",
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
            "name" : "خالد",
            "screen_name" : "khaled_yas99",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1694507447773883776",
            "id" : "1694507447773883776"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "92"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1990230746384848946",
      "in_reply_to_user_id" : "1694507447773883776",
      "id_str" : "1990352548866681573",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1990352548866681573",
      "in_reply_to_status_id" : "1990230746384848946",
      "created_at" : "Mon Nov 17 09:33:21 +0000 2025",
      "favorited" : false,
      "full_text" : "@khaled_yas99 الفرع على طريق أنس بن مالك جنب الصيدلية، والموقع على الخريطة في ملفنا الشخصي 📍",
      "lang" : "ar",
      "in_reply_to_screen_name" : "khaled_yas99",
      "in_reply_to_user_id_str" : "1694507447773883776"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1989392413006206004"
          ],
          "editableUntil" : "2025-11-14T18:58:07.574Z",
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
        "97"
      ],
      "favorite_count" : "33",
      "id_str" : "1989392413006206004",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1989392413006206004",
      "created_at" : "Fri Nov 14 17:58:07 +0000 2025",
      "favorited" : false,
      "full_text" : "افتتاح فرع الياسمين الخميس ٢٠ نوفمبر 🎉 أول ١٠٠ زبون يوم الافتتاح ياخذون علبة معمول هدية مع أي طلب",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1987761552264409671"
          ],
          "editableUntil" : "2025-11-10T06:57:39.097Z",
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
        "96"
      ],
      "favorite_count" : "64",
      "id_str" : "1987761552264409671",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1987761552264409671",
      "created_at" : "Mon Nov 10 05:57:39 +0000 2025",
      "favorited" : false,
      "full_text" : "نبي رأيكم قبل الافتتاح 🙏 وش تتمنون يكون في فرع الياسمين؟ جلسات برا، ركن للأطفال، ولا مواقف أكثر؟",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1986657154687328679"
          ],
          "editableUntil" : "2025-11-07T05:49:10.886Z",
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
        "101"
      ],
      "favorite_count" : "103",
      "id_str" : "1986657154687328679",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1986657154687328679",
      "created_at" : "Fri Nov 07 04:49:10 +0000 2025",
      "favorited" : false,
      "full_text" : "التجهيزات في فرع الياسمين ماشية 🛠️ الأفران وصلت اليوم، والفريق الجديد بدأ تدريبه في فرع الملقا. حماس!",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1985553047603931160"
          ],
          "editableUntil" : "2025-11-04T04:41:50.448Z",
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
        "168"
      ],
      "favorite_count" : "156",
      "id_str" : "1985553047603931160",
      "truncated" : false,
      "retweet_count" : "31",
      "id" : "1985553047603931160",
      "created_at" : "Tue Nov 04 03:41:50 +0000 2025",
      "favorited" : false,
      "full_text" : "الخميرة الطبيعية (الساوردو) مو بس للنكهة 🍞 التخمير الطويل يكسّر جزء من النشويات والجلوتين، وعشان كذا بعض الناس يلقونه أخف على المعدة. (بس تنبيه: ما يناسب مرضى السيلياك)",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1985040988300894049"
          ],
          "editableUntil" : "2025-11-02T18:47:06.359Z",
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
            "name" : "لمى الشمري",
            "screen_name" : "lama_alshmr",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1710637344512313522",
            "id" : "1710637344512313522"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "74"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1984961465723767619",
      "in_reply_to_user_id" : "1710637344512313522",
      "id_str" : "1985040988300894049",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1985040988300894049",
      "in_reply_to_status_id" : "1984961465723767619",
      "created_at" : "Sun Nov 02 17:47:06 +0000 2025",
      "favorited" : false,
      "full_text" : "@lama_alshmr إن شاء الله قبل نهاية الشهر، وأول ما يتحدد اليوم بنعلنه هنا 😊",
      "lang" : "ar",
      "in_reply_to_screen_name" : "lama_alshmr",
      "in_reply_to_user_id_str" : "1710637344512313522"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1983834480127515537"
          ],
          "editableUntil" : "2025-10-30T10:52:52.266Z",
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
      "favorite_count" : "16",
      "id_str" : "1983834480127515537",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1983834480127515537",
      "created_at" : "Thu Oct 30 09:52:52 +0000 2025",
      "favorited" : false,
      "full_text" : "فرع رابع قريب جداً 👀 حي الياسمين، شمال الرياض. تابعونا عشان تعرفون يوم الافتتاح 🌴",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1982867068782721141"
          ],
          "editableUntil" : "2025-10-27T18:48:43.221Z",
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
            "name" : "حصة تخبز 🍞",
            "screen_name" : "hessa_bakes",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "191231970",
            "id" : "191231970"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "0",
      "id_str" : "1982867068782721141",
      "truncated" : false,
      "retweet_count" : "87",
      "id" : "1982867068782721141",
      "created_at" : "Mon Oct 27 17:48:43 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @hessa_bakes: جربت خبز التميس في فرن البيت وطلع أقرب شي للمخابز ✨ السر في فرن حار جداً وحجر بيتزا. الخطوات بالثريد 👇",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1982060659133642482"
          ],
          "editableUntil" : "2025-10-25T13:24:20.739Z",
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
            "name" : "عبدالله الرشيد",
            "screen_name" : "abdullah_rsh",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1733704459442270227",
            "id" : "1733704459442270227"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "72"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1982048577941598809",
      "in_reply_to_user_id" : "1733704459442270227",
      "id_str" : "1982060659133642482",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1982060659133642482",
      "in_reply_to_status_id" : "1982048577941598809",
      "created_at" : "Sat Oct 25 12:24:20 +0000 2025",
      "favorited" : false,
      "full_text" : "@abdullah_rsh وعليكم السلام، ايه فيه مواقف خاصة لفرع الملقا ورا المبنى 🚗",
      "lang" : "ar",
      "in_reply_to_screen_name" : "abdullah_rsh",
      "in_reply_to_user_id_str" : "1733704459442270227"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1981307741237911064"
          ],
          "editableUntil" : "2025-10-23T11:32:31.703Z",
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
        "42"
      ],
      "favorite_count" : "75",
      "id_str" : "1981307741237911064",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1981307741237911064",
      "created_at" : "Thu Oct 23 10:32:31 +0000 2025",
      "favorited" : false,
      "full_text" : "الساوردو تاكلونه سادة ولا لازم معه شي؟ 🧈🫒🧀",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1980148901565041872"
          ],
          "editableUntil" : "2025-10-20T06:47:42.755Z",
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
            "name" : "بندر المطيري",
            "screen_name" : "bandar_mtr",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1779503094289152896",
            "id" : "1779503094289152896"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "119"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1980068372304513371",
      "in_reply_to_user_id" : "1779503094289152896",
      "id_str" : "1980148901565041872",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1980148901565041872",
      "in_reply_to_status_id" : "1980068372304513371",
      "created_at" : "Mon Oct 20 05:47:42 +0000 2025",
      "favorited" : false,
      "full_text" : "@bandar_mtr هلا بندر، الساوردو يبقى طازج يومين برا الثلاجة إذا لفّيته بقماشة. لا تحطه في كيس نايلون عشان ما تلين القشرة",
      "lang" : "ar",
      "in_reply_to_screen_name" : "bandar_mtr",
      "in_reply_to_user_id_str" : "1779503094289152896"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978903163881071834"
          ],
          "editableUntil" : "2025-10-16T20:17:35.118Z",
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
        "123"
      ],
      "favorite_count" : "28",
      "id_str" : "1978903163881071834",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1978903163881071834",
      "created_at" : "Thu Oct 16 19:17:35 +0000 2025",
      "favorited" : false,
      "full_text" : "وبمناسبة يوم الخبز: رغيف ساوردو جديد من فرننا الحجري 🔥 تخمير ٢٤ ساعة وقشرة تطقطق. متوفر في فرع الملقا بس حالياً، بـ 22 ريال",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978879086755097561"
          ],
          "editableUntil" : "2025-10-16T18:41:54.418Z",
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
      "favorite_count" : "206",
      "id_str" : "1978879086755097561",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "1978879086755097561",
      "created_at" : "Thu Oct 16 17:41:54 +0000 2025",
      "favorited" : false,
      "full_text" : "اليوم العالمي للخبز 🍞 أقدم أكل عرفه الإنسان، وللحين يجمع الناس على سفرة وحدة. كل عام وكل خبّاز في العالم بخير 🤍",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1977623138516286257"
          ],
          "editableUntil" : "2025-10-13T07:31:13.064Z",
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
        "115"
      ],
      "favorite_count" : "167",
      "id_str" : "1977623138516286257",
      "truncated" : false,
      "retweet_count" : "26",
      "id" : "1977623138516286257",
      "created_at" : "Mon Oct 13 06:31:13 +0000 2025",
      "favorited" : false,
      "full_text" : "ورشة داخلية لفريق الكاشير عن خدمة كبار السن ❤️ أشياء بسيطة تفرق: تكلم بهدوء، اعرض المساعدة في الحمل، ولا تستعجل أحد",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1976474696352615663"
          ],
          "editableUntil" : "2025-10-10T03:27:43.201Z",
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
        "121"
      ],
      "favorite_count" : "48",
      "id_str" : "1976474696352615663",
      "truncated" : false,
      "retweet_count" : "32",
      "id" : "1976474696352615663",
      "created_at" : "Fri Oct 10 02:27:43 +0000 2025",
      "favorited" : false,
      "full_text" : "موسم الرياض انطلق 🎡 والزحمة على طريق الملك فهد بتكون قوية بالويكند. نصيحة: المترو يوصلكم لأغلب المناطق ويريحكم من المواقف",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1975821235615465405"
          ],
          "editableUntil" : "2025-10-08T08:11:06.822Z",
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
            "name" : "أمل",
            "screen_name" : "amal_rsd",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1395274493959498755",
            "id" : "1395274493959498755"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "56"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1975743725721593573",
      "in_reply_to_user_id" : "1395274493959498755",
      "id_str" : "1975821235615465405",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1975821235615465405",
      "in_reply_to_status_id" : "1975743725721593573",
      "created_at" : "Wed Oct 08 07:11:06 +0000 2025",
      "favorited" : false,
      "full_text" : "@amal_rsd ايه يا أمل، الخبز الأسمر عندنا بدون سكر مضاف 👍",
      "lang" : "ar",
      "in_reply_to_screen_name" : "amal_rsd",
      "in_reply_to_user_id_str" : "1395274493959498755"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974683819347106106"
          ],
          "editableUntil" : "2025-10-05T04:51:25.591Z",
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
        "128"
      ],
      "favorite_count" : "76",
      "id_str" : "1974683819347106106",
      "truncated" : false,
      "retweet_count" : "39",
      "id" : "1974683819347106106",
      "created_at" : "Sun Oct 05 03:51:25 +0000 2025",
      "favorited" : false,
      "full_text" : "كيف تعرف إن الخبز استوى؟ 🥁 اقلب الرغيف ودق على ظهره بإصبعك، إذا طلع صوت أجوف مثل الطبل فهو جاهز. وإذا الصوت مكتوم رجّعه كم دقيقة",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1973695405676392305"
          ],
          "editableUntil" : "2025-10-02T11:23:48.983Z",
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
        "93"
      ],
      "favorite_count" : "131",
      "id_str" : "1973695405676392305",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1973695405676392305",
      "created_at" : "Thu Oct 02 10:23:48 +0000 2025",
      "favorited" : false,
      "full_text" : "الجو بدأ يبرد شوي بالليل 🍂 وش أول شي تشربونه مع أول برد: شاي، قهوة عربية، ولا حليب بالزنجبيل؟",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1972853394550659679"
          ],
          "editableUntil" : "2025-09-30T03:37:57.040Z",
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
            "name" : "تراث نجد",
            "screen_name" : "najd_heritage",
            "indices" : [
              "13",
              "27"
            ],
            "id_str" : "3544457985",
            "id" : "3544457985"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/PJlBNZwcyU",
            "expanded_url" : "https://najdheritage.example/qursan",
            "display_url" : "najdheritage.example/qurs…",
            "indices" : [
              "127",
              "150"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "29",
      "id_str" : "1972853394550659679",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1972853394550659679",
      "possibly_sensitive" : false,
      "created_at" : "Tue Sep 30 02:37:57 +0000 2025",
      "favorited" : false,
      "full_text" : "مقال يستاهل: @najd_heritage كتبوا عن تاريخ خبز القرصان والجريش في البيوت النجدية القديمة، وكيف كانت الأمهات يخبزون على الصاج 🔥\nhttps://t.co/PJlBNZwcyU",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1971838066460942918"
          ],
          "editableUntil" : "2025-09-27T08:23:24.164Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "نخلة_الوطن",
            "indices" : [
              "19",
              "30"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "مشاعل | تصوير",
            "screen_name" : "mashael_photo",
            "indices" : [
              "33",
              "47"
            ],
            "id_str" : "1420192758",
            "id" : "1420192758"
          },
          {
            "name" : "عبدالعزيز 📷",
            "screen_name" : "abdulaziz_snaps",
            "indices" : [
              "50",
              "66"
            ],
            "id_str" : "1645830270416250733",
            "id" : "1645830270416250733"
          },
          {
            "name" : "روان",
            "screen_name" : "rawan_alq",
            "indices" : [
              "69",
              "79"
            ],
            "id_str" : "676092425",
            "id" : "676092425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "272",
      "id_str" : "1971838066460942918",
      "truncated" : false,
      "retweet_count" : "22",
      "id" : "1971838066460942918",
      "created_at" : "Sat Sep 27 07:23:24 +0000 2025",
      "favorited" : false,
      "full_text" : "الفائزين في مسابقة #نخلة_الوطن 🎉 @mashael_photo و @abdulaziz_snaps و @rawan_alq 🏆 صوركم من الدرعية والعليا والمربع تجنن. تواصلوا معنا بالخاص عشان الجائزة",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1970339224458404780"
          ],
          "editableUntil" : "2025-09-23T05:07:32.319Z",
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
      "favorite_count" : "223",
      "id_str" : "1970339224458404780",
      "truncated" : false,
      "retweet_count" : "42",
      "id" : "1970339224458404780",
      "created_at" : "Tue Sep 23 04:07:32 +0000 2025",
      "favorited" : false,
      "full_text" : "فريقنا اليوم كله بالأخضر 💚 حتى أكياس الخبز صارت خضراء، وأبو سلطان لبس الشماغ فوق مريول الخباز 😂",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1970324791514021043"
          ],
          "editableUntil" : "2025-09-23T04:10:11.475Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "اليوم_الوطني_95",
            "indices" : [
              "49",
              "65"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "224",
      "id_str" : "1970324791514021043",
      "truncated" : false,
      "retweet_count" : "53",
      "id" : "1970324791514021043",
      "created_at" : "Tue Sep 23 03:10:11 +0000 2025",
      "favorited" : false,
      "full_text" : "دام عزك يا وطن 🇸🇦💚 كل عام والمملكة بخير وأمن وعز #اليوم_الوطني_95",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1969825296863501914"
          ],
          "editableUntil" : "2025-09-21T19:05:23.812Z",
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
        "74"
      ],
      "favorite_count" : "45",
      "id_str" : "1969825296863501914",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1969825296863501914",
      "created_at" : "Sun Sep 21 18:05:23 +0000 2025",
      "favorited" : false,
      "full_text" : "بمناسبة اليوم الوطني ٩٥: الصامولي بخصم ٩٥ هللة 😄🇸🇦 يومين بس، ٢٢ و٢٣ سبتمبر",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1969124397374131880"
          ],
          "editableUntil" : "2025-09-19T20:40:15.041Z",
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
            "name" : "سالم العتيبي",
            "screen_name" : "salem_otb",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1624068229653808649",
            "id" : "1624068229653808649"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "81"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1969020208981917205",
      "in_reply_to_user_id" : "1624068229653808649",
      "id_str" : "1969124397374131880",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1969124397374131880",
      "in_reply_to_status_id" : "1969020208981917205",
      "created_at" : "Fri Sep 19 19:40:15 +0000 2025",
      "favorited" : false,
      "full_text" : "@salem_otb أكيد يا سالم، المشاركة من أي حي في الرياض، وتقدر تشارك بأكثر من صورة 👌",
      "lang" : "ar",
      "in_reply_to_screen_name" : "salem_otb",
      "in_reply_to_user_id_str" : "1624068229653808649"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1968186900194216866"
          ],
          "editableUntil" : "2025-09-17T06:34:58.951Z",
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
      "favorite_count" : "21",
      "id_str" : "1968186900194216866",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1968186900194216866",
      "created_at" : "Wed Sep 17 05:34:58 +0000 2025",
      "favorited" : false,
      "full_text" : "كيكة اليوم الوطني الخضراء رجعت 💚 كيكة التمر بكريمة الهيل ومزينة بالعلم، الحجم العائلي بـ 85 ريال. الطلب قبل ٢٠ سبتمبر",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967420624597429686"
          ],
          "editableUntil" : "2025-09-15T03:50:04.196Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "نخلة_الوطن",
            "indices" : [
              "69",
              "80"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "169"
      ],
      "favorite_count" : "309",
      "id_str" : "1967420624597429686",
      "truncated" : false,
      "retweet_count" : "255",
      "id" : "1967420624597429686",
      "created_at" : "Mon Sep 15 02:50:04 +0000 2025",
      "favorited" : false,
      "full_text" : "مسابقة اليوم الوطني 🇸🇦\nصوّروا أحلى زاوية في حيّكم وانشروها مع هاشتاق #نخلة_الوطن، وأجمل ٣ صور تفوز بفطور عائلي لمدة شهر 🥖\nالمشاركة للجميع وبدون أي شراء، وتنتهي ٢٢ سبتمبر",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966570655268263602"
          ],
          "editableUntil" : "2025-09-12T19:32:35.218Z",
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
        "49"
      ],
      "favorite_count" : "205",
      "id_str" : "1966570655268263602",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1966570655268263602",
      "created_at" : "Fri Sep 12 18:32:35 +0000 2025",
      "favorited" : false,
      "full_text" : "وش أكثر شي تحبونه في الرياض؟ 💚 جاوبونا بكلمة وحدة",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1965298169291631426"
          ],
          "editableUntil" : "2025-09-09T07:16:11.903Z",
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
            "name" : "غادة",
            "screen_name" : "ghada_ab",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1215716920491447424",
            "id" : "1215716920491447424"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "92"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1965191968396712762",
      "in_reply_to_user_id" : "1215716920491447424",
      "id_str" : "1965298169291631426",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1965298169291631426",
      "in_reply_to_status_id" : "1965191968396712762",
      "created_at" : "Tue Sep 09 06:16:11 +0000 2025",
      "favorited" : false,
      "full_text" : "@ghada_ab نعتذر جداً يا غادة 🙏 الطلب وصل بارد وهذا مو مستوانا. تواصلنا معك بالخاص عشان نعوضك",
      "lang" : "ar",
      "in_reply_to_screen_name" : "ghada_ab",
      "in_reply_to_user_id_str" : "1215716920491447424"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964589012471034276"
          ],
          "editableUntil" : "2025-09-07T08:18:15.006Z",
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
            "name" : "فعاليات الرياض",
            "screen_name" : "ryd_events",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "1225024945895939552",
            "id" : "1225024945895939552"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "0",
      "id_str" : "1964589012471034276",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "1964589012471034276",
      "created_at" : "Sun Sep 07 07:18:15 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @ryd_events: فعاليات اليوم الوطني ٩٥ في الرياض 🇸🇦 عروض جوية وألعاب نارية ومسيرات في أكثر من ١٥ موقع. الجدول كامل في الثريد",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963423235418700865"
          ],
          "editableUntil" : "2025-09-04T03:05:52.041Z",
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
      "favorite_count" : "176",
      "id_str" : "1963423235418700865",
      "truncated" : false,
      "retweet_count" : "26",
      "id" : "1963423235418700865",
      "created_at" : "Thu Sep 04 02:05:52 +0000 2025",
      "favorited" : false,
      "full_text" : "زرنا المزرعة اللي نشتري منها سكري الكعك كل سنة في بريدة 🚙 أربع ساعات طريق، وتستاهل كل دقيقة. شكراً لأبو عبدالرحمن على الضيافة والقهوة",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1962823490807358759"
          ],
          "editableUntil" : "2025-09-02T11:22:42.159Z",
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
      "favorite_count" : "127",
      "id_str" : "1962823490807358759",
      "truncated" : false,
      "retweet_count" : "22",
      "id" : "1962823490807358759",
      "created_at" : "Tue Sep 02 10:22:42 +0000 2025",
      "favorited" : false,
      "full_text" : "موسم الصرام بدأ في القصيم والأحساء 🌴 تدرون إن الرطب فيه موية أكثر بكثير من التمر المكنوز؟ عشان كذا ما يصمد طويل ويبي له ثلاجة",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961649006993241717"
          ],
          "editableUntil" : "2025-08-30T05:35:43.590Z",
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
      "favorite_count" : "93",
      "id_str" : "1961649006993241717",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1961649006993241717",
      "created_at" : "Sat Aug 30 04:35:43 +0000 2025",
      "favorited" : false,
      "full_text" : "عيالكم يرجعون بالساندويش كامل ولا يخلّصونه؟ 😅 وش الحيلة اللي نفعت معكم؟",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961139064902992503"
          ],
          "editableUntil" : "2025-08-28T19:49:23.946Z",
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
            "name" : "فيصل القحطاني",
            "screen_name" : "faisal_qht",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1290926411412329073",
            "id" : "1290926411412329073"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "83"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1961026570858355885",
      "in_reply_to_user_id" : "1290926411412329073",
      "id_str" : "1961139064902992503",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1961139064902992503",
      "in_reply_to_status_id" : "1961026570858355885",
      "created_at" : "Thu Aug 28 18:49:23 +0000 2025",
      "favorited" : false,
      "full_text" : "@faisal_qht شكراً على كلامك الطيب 🙏 بنوصّل تحيتك لفريق فرع السليمانية، أكيد بيفرحون",
      "lang" : "ar",
      "in_reply_to_screen_name" : "faisal_qht",
      "in_reply_to_user_id_str" : "1290926411412329073"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960196542512343949"
          ],
          "editableUntil" : "2025-08-26T05:24:09.390Z",
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
      "favorite_count" : "21",
      "id_str" : "1960196542512343949",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1960196542512343949",
      "created_at" : "Tue Aug 26 04:24:09 +0000 2025",
      "favorited" : false,
      "full_text" : "فطيرة اللبنة بالزعتر صارت بحجم صغير للأطفال 🧒 بـ 3 ريال، على مقاس شنطة المدرسة",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959671306326489694"
          ],
          "editableUntil" : "2025-08-24T18:37:03.820Z",
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
      "favorite_count" : "144",
      "id_str" : "1959671306326489694",
      "truncated" : false,
      "retweet_count" : "50",
      "id" : "1959671306326489694",
      "created_at" : "Sun Aug 24 17:37:03 +0000 2025",
      "favorited" : false,
      "full_text" : "أول يوم دراسي 🎒 بالتوفيق لكل الطلاب والطالبات والمعلمين والمعلمات، ولكل أم وأب صحوا قبل الفجر.. الله يعطيكم العافية 😄",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958778299675178502"
          ],
          "editableUntil" : "2025-08-22T07:28:33.607Z",
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
        "130"
      ],
      "favorite_count" : "27",
      "id_str" : "1958778299675178502",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1958778299675178502",
      "created_at" : "Fri Aug 22 06:28:33 +0000 2025",
      "favorited" : false,
      "full_text" : "باقي يومين على المدارس ⏰ فرعي الملقا والنرجس بيفتحون من ٥ الفجر أيام الدراسة عشان تلحقون قبل الطابور. التميس حار والسندويشات جاهزة",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958598947688220645"
          ],
          "editableUntil" : "2025-08-21T19:35:52.167Z",
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
            "name" : "أم فيصل",
            "screen_name" : "umfaisal_riyadh",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "2183823800",
            "id" : "2183823800"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "114"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1958505833387193666",
      "in_reply_to_user_id" : "2183823800",
      "id_str" : "1958598947688220645",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958598947688220645",
      "in_reply_to_status_id" : "1958505833387193666",
      "created_at" : "Thu Aug 21 18:35:52 +0000 2025",
      "favorited" : false,
      "full_text" : "@umfaisal_riyadh ايوه يا أم فيصل، الاشتراك يشمل الإخوان الثلاثة، واستخدمي كود SCHOOL20 عند الدفع عشان ينزل الخصم 👍",
      "lang" : "ar",
      "in_reply_to_screen_name" : "umfaisal_riyadh",
      "in_reply_to_user_id_str" : "2183823800"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957999692658048725"
          ],
          "editableUntil" : "2025-08-20T03:54:39.349Z",
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
            "url" : "https://t.co/gwywyTKcZV",
            "expanded_url" : "https://nakhlabakery.example/school",
            "display_url" : "nakhlabakery.example/scho…",
            "indices" : [
              "90",
              "113"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "25",
      "id_str" : "1957999692658048725",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1957999692658048725",
      "possibly_sensitive" : false,
      "created_at" : "Wed Aug 20 02:54:39 +0000 2025",
      "favorited" : false,
      "full_text" : "اشتراك بوكس المدرسة الشهري فيه خصم ٢٠٪ للي يسجّل قبل بداية الدراسة 📚 التسجيل من التطبيق 👇\nhttps://t.co/gwywyTKcZV",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957649538978268121"
          ],
          "editableUntil" : "2025-08-19T04:43:16.750Z",
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
      "favorite_count" : "90",
      "id_str" : "1957649538978268121",
      "truncated" : false,
      "retweet_count" : "27",
      "id" : "1957649538978268121",
      "created_at" : "Tue Aug 19 03:43:16 +0000 2025",
      "favorited" : false,
      "full_text" : "تذكير: الدراسة تبدأ يوم الأحد ٢٤ أغسطس 📅 الله يوفق طلابنا وطالباتنا ويجعلها سنة نجاح",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957158899593069931"
          ],
          "editableUntil" : "2025-08-17T20:13:38.966Z",
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
      "favorite_count" : "11",
      "id_str" : "1957158899593069931",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1957158899593069931",
      "created_at" : "Sun Aug 17 19:13:38 +0000 2025",
      "favorited" : false,
      "full_text" : "بوكس المدرسة رجع 🎒 ٥ فطاير صغيرة + عصير + حبة فاكهة بـ 12 ريال، وتقدرون تشتركون بالأسبوع وتستلمونه كل صبح من الفرع",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955539684289449225"
          ],
          "editableUntil" : "2025-08-13T08:59:27.949Z",
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
            "url" : "https://t.co/RM4ZOv0LxH",
            "expanded_url" : "https://nakhlabakery.example/careers",
            "display_url" : "nakhlabakery.example/care…",
            "indices" : [
              "111",
              "134"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "128",
      "id_str" : "1955539684289449225",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "1955539684289449225",
      "possibly_sensitive" : false,
      "created_at" : "Wed Aug 13 07:59:27 +0000 2025",
      "favorited" : false,
      "full_text" : "نبحث عن شباب وبنات يحبون الخبز 🥖 وظائف خباز متدرب وكاشير ومشرف فرع، مع تدريب كامل ودوام صباحي. قدّموا من هنا 👇\nhttps://t.co/RM4ZOv0LxH",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954773245342764367"
          ],
          "editableUntil" : "2025-08-11T06:13:54.360Z",
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
            "name" : "نورة السبيعي",
            "screen_name" : "nora_alsubaie",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1666348975213071563",
            "id" : "1666348975213071563"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "148"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1954759910086835716",
      "in_reply_to_user_id" : "1666348975213071563",
      "id_str" : "1954773245342764367",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1954773245342764367",
      "in_reply_to_status_id" : "1954759910086835716",
      "created_at" : "Mon Aug 11 05:13:54 +0000 2025",
      "favorited" : false,
      "full_text" : "@nora_alsubaie حياك الله يا نورة، الوظائف متاحة في فرعي النرجس والملقا. قدّمي من الرابط اللي في ملفنا الشخصي وبيتواصلون معك خلال أسبوع إن شاء الله 🌷",
      "lang" : "ar",
      "in_reply_to_screen_name" : "nora_alsubaie",
      "in_reply_to_user_id_str" : "1666348975213071563"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953830754813326095"
          ],
          "editableUntil" : "2025-08-08T15:48:47.867Z",
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
        "134"
      ],
      "favorite_count" : "557",
      "id_str" : "1953830754813326095",
      "truncated" : false,
      "retweet_count" : "177",
      "id" : "1953830754813326095",
      "created_at" : "Fri Aug 08 14:48:47 +0000 2025",
      "favorited" : false,
      "full_text" : "اليوم نحتفل بـ ١٠ سنين لأبو سلطان في مخابز نخلة 🎉 أول خبّاز اشتغل معنا، ويعرف نص زباين الملقا بالاسم. شكراً يا أبو سلطان على كل صباح 🤍",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952726449333137968"
          ],
          "editableUntil" : "2025-08-05T14:40:40.959Z",
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
      "favorite_count" : "45",
      "id_str" : "1952726449333137968",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "1952726449333137968",
      "created_at" : "Tue Aug 05 13:40:40 +0000 2025",
      "favorited" : false,
      "full_text" : "وش نحط في شنطة المدرسة؟ 🍎 نصيحة أخصائية التغذية اللي نتعامل معها: وازنوا بين نشويات وبروتين وفاكهة، وخلّوا الحلا مرة بالأسبوع. وقارورة موية بدل العصير كل يوم",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951542639277753964"
          ],
          "editableUntil" : "2025-08-02T08:16:37.301Z",
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
        "77"
      ],
      "favorite_count" : "171",
      "id_str" : "1951542639277753964",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1951542639277753964",
      "created_at" : "Sat Aug 02 07:16:37 +0000 2025",
      "favorited" : false,
      "full_text" : "متى تبدأون تجهيزات المدارس عادة؟ 📚 قبل بأسبوعين ولا الليلة اللي قبلها مثلنا 😅",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950773362238328557"
          ],
          "editableUntil" : "2025-07-31T05:19:47.371Z",
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
      "favorite_count" : "35",
      "id_str" : "1950773362238328557",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1950773362238328557",
      "created_at" : "Thu Jul 31 04:19:47 +0000 2025",
      "favorited" : false,
      "full_text" : "عرض نهاية الشهر 🥐 خذ ٦ كرواسون زعتر والثنتين الزيادة علينا، الخميس والجمعة بس في كل الفروع",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950112190852594537"
          ],
          "editableUntil" : "2025-07-29T09:32:32.522Z",
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
            "name" : "تركي الحربي",
            "screen_name" : "turki_alharbi_",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1801880068908644939",
            "id" : "1801880068908644939"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "121"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1950066387872004099",
      "in_reply_to_user_id" : "1801880068908644939",
      "id_str" : "1950112190852594537",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1950112190852594537",
      "in_reply_to_status_id" : "1950066387872004099",
      "created_at" : "Tue Jul 29 08:32:32 +0000 2025",
      "favorited" : false,
      "full_text" : "@turki_alharbi_ هلا تركي، الفطاير تنحفظ في الفريزر لين شهر. طلّعها قبل بساعة وسخّنها في الفرن ٥ دقايق وترجع كأنها طازجة 👌",
      "lang" : "ar",
      "in_reply_to_screen_name" : "turki_alharbi_",
      "in_reply_to_user_id_str" : "1801880068908644939"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948670358344256816"
          ],
          "editableUntil" : "2025-07-25T10:03:12.565Z",
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
            "name" : "مزرعة تمور القصيم 🌴",
            "screen_name" : "qassim_dates",
            "indices" : [
              "30",
              "43"
            ],
            "id_str" : "1669422848145168474",
            "id" : "1669422848145168474"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "66",
      "id_str" : "1948670358344256816",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1948670358344256816",
      "created_at" : "Fri Jul 25 09:03:12 +0000 2025",
      "favorited" : false,
      "full_text" : "إذا تحبون التمر مثلنا، تابعوا @qassim_dates 🌴 ينشرون كل يوم عن مراحل نضج التمر من البلح للرطب، ومعلومات ما كنا نعرفها والله",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947297296709926512"
          ],
          "editableUntil" : "2025-07-21T15:07:09.426Z",
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
        "94"
      ],
      "favorite_count" : "392",
      "id_str" : "1947297296709926512",
      "truncated" : false,
      "retweet_count" : "60",
      "id" : "1947297296709926512",
      "created_at" : "Mon Jul 21 14:07:09 +0000 2025",
      "favorited" : false,
      "full_text" : "مبروك لزميلنا عبدالله الدوسري على بنته الجديدة 👶🤍 الله يجعلها من مواليد السعادة وتتربى في عزكم",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945920455130669011"
          ],
          "editableUntil" : "2025-07-17T19:56:04.620Z",
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
        "136"
      ],
      "favorite_count" : "12",
      "id_str" : "1945920455130669011",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1945920455130669011",
      "created_at" : "Thu Jul 17 18:56:04 +0000 2025",
      "favorited" : false,
      "full_text" : "فطاير الصبح صارت توصل لمكتبك 🚗 طلبات الشركات من ١٠ أشخاص وفوق، وجهزنا لكم بوكس الاجتماعات: فطاير مشكلة + تمر + قهوة. تواصلوا معنا بالخاص",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944659532904347650"
          ],
          "editableUntil" : "2025-07-14T08:25:37.760Z",
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
      "favorite_count" : "107",
      "id_str" : "1944659532904347650",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "1944659532904347650",
      "created_at" : "Mon Jul 14 07:25:37 +0000 2025",
      "favorited" : false,
      "full_text" : "مسار المشي الجديد في حي النرجس افتتح رسمياً هالأسبوع 🌳 فيه ممرات مظللة وإنارة، وطلعة بعد المغرب صارت أحلى",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943360725725951263"
          ],
          "editableUntil" : "2025-07-10T18:24:37.500Z",
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
        "138"
      ],
      "favorite_count" : "107",
      "id_str" : "1943360725725951263",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1943360725725951263",
      "created_at" : "Thu Jul 10 17:24:37 +0000 2025",
      "favorited" : false,
      "full_text" : "كل أربعاء الصبح الشيف ريم تدرّب الخبازين الجدد على تشكيل الصامولي باليد. يقولون أول أسبوع الحبات تطلع بأشكال غريبة 😅 والحين؟ أحلى من حقتنا",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942135941175622478"
          ],
          "editableUntil" : "2025-07-07T09:17:46.259Z",
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
            "name" : "هيا",
            "screen_name" : "haya_m21",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1633319316682516808",
            "id" : "1633319316682516808"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "76"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1942055914495044465",
      "in_reply_to_user_id" : "1633319316682516808",
      "id_str" : "1942135941175622478",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942135941175622478",
      "in_reply_to_status_id" : "1942055914495044465",
      "created_at" : "Mon Jul 07 08:17:46 +0000 2025",
      "favorited" : false,
      "full_text" : "@haya_m21 ههههه كيكة التمر بالهيل؟ وصلت رسالتك للشيف 😄 ما نوعدك بس خلك قريبة",
      "lang" : "ar",
      "in_reply_to_screen_name" : "haya_m21",
      "in_reply_to_user_id_str" : "1633319316682516808"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941349045317705987"
          ],
          "editableUntil" : "2025-07-05T05:10:55.545Z",
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
        "49"
      ],
      "favorite_count" : "80",
      "id_str" : "1941349045317705987",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1941349045317705987",
      "created_at" : "Sat Jul 05 04:10:55 +0000 2025",
      "favorited" : false,
      "full_text" : "لو تقدرون ترجّعون صنف واحد بس للمنيو، وش بيكون؟ 👀",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940334900773342266"
          ],
          "editableUntil" : "2025-07-02T10:01:04.021Z",
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
      "favorite_count" : "152",
      "id_str" : "1940334900773342266",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "1940334900773342266",
      "created_at" : "Wed Jul 02 09:01:04 +0000 2025",
      "favorited" : false,
      "full_text" : "في الصيف العجين يختمر أسرع بكثير 🔥 إذا حرارة مطبخك فوق ٣٠، قلّل الخميرة للنص أو خلّ العجينة تختمر في الثلاجة طول الليل. والنتيجة نكهة أعمق بعد",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939201497073256595"
          ],
          "editableUntil" : "2025-06-29T06:57:20.429Z",
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
        "82"
      ],
      "favorite_count" : "15",
      "id_str" : "1939201497073256595",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1939201497073256595",
      "created_at" : "Sun Jun 29 05:57:20 +0000 2025",
      "favorited" : false,
      "full_text" : "الصيف وصل ومعه ليمون بالنعناع 🍋🌿 متوفر بكل الفروع، ومع أي فطيرة بـ 5 ريال زيادة بس",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938076060015824956"
          ],
          "editableUntil" : "2025-06-26T04:25:15.563Z",
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
        "88"
      ],
      "favorite_count" : "177",
      "id_str" : "1938076060015824956",
      "truncated" : false,
      "retweet_count" : "80",
      "id" : "1938076060015824956",
      "created_at" : "Thu Jun 26 03:25:15 +0000 2025",
      "favorited" : false,
      "full_text" : "كل عام وأنتم بخير بمناسبة العام الهجري الجديد ١٤٤٧ 🌙 جعلها الله سنة خير وبركة على الجميع",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936668064821344346"
          ],
          "editableUntil" : "2025-06-22T07:10:22.493Z",
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
            "name" : "لولوة",
            "screen_name" : "lulwa_sa",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1678057766851150488",
            "id" : "1678057766851150488"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "152"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1936549785665092775",
      "in_reply_to_user_id" : "1678057766851150488",
      "id_str" : "1936668064821344346",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1936668064821344346",
      "in_reply_to_status_id" : "1936549785665092775",
      "created_at" : "Sun Jun 22 06:10:22 +0000 2025",
      "favorited" : false,
      "full_text" : "@lulwa_sa للأسف ما عندنا خيارات خالية من الجلوتين حالياً، لأن المخبز كله يتعامل مع القمح ونخاف من التلوث. نشتغل على حل إن شاء الله ونبشركم أول ما يجهز 🤍",
      "lang" : "ar",
      "in_reply_to_screen_name" : "lulwa_sa",
      "in_reply_to_user_id_str" : "1678057766851150488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935784705467660262"
          ],
          "editableUntil" : "2025-06-19T20:40:13.127Z",
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
            "name" : "دليل أكل الرياض",
            "screen_name" : "riyadh_eats",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "1613689977413146160",
            "id" : "1613689977413146160"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "0",
      "id_str" : "1935784705467660262",
      "truncated" : false,
      "retweet_count" : "45",
      "id" : "1935784705467660262",
      "created_at" : "Thu Jun 19 19:40:13 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @riyadh_eats: جولة فطور صباحي في أحياء شمال الرياض ☀️ من التميس للشكشوكة، جمعنا لكم ١٠ أماكن تستاهل تصحون بدري عشانها",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934669232761171393"
          ],
          "editableUntil" : "2025-06-16T18:47:44.007Z",
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
      "favorite_count" : "47",
      "id_str" : "1934669232761171393",
      "truncated" : false,
      "retweet_count" : "33",
      "id" : "1934669232761171393",
      "created_at" : "Mon Jun 16 17:47:44 +0000 2025",
      "favorited" : false,
      "full_text" : "الخبز اللي بقى من العيد لا ترمونه 🙏\nقطّعوه مكعبات، رشوا عليه زيت زيتون وزعتر، وادخلوه الفرن ١٠ دقايق على ١٨٠. صار عندكم خبز محمص للسلطة والشوربة",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933212289145094200"
          ],
          "editableUntil" : "2025-06-12T18:18:21.188Z",
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
        "56"
      ],
      "favorite_count" : "70",
      "id_str" : "1933212289145094200",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1933212289145094200",
      "created_at" : "Thu Jun 12 17:18:21 +0000 2025",
      "favorited" : false,
      "full_text" : "كم حبة معمول أكلتوا هالعيد؟ 😂 كونوا صادقين، محد بيحاسبكم",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932066599547173326"
          ],
          "editableUntil" : "2025-06-09T14:25:48.418Z",
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
      "favorite_count" : "288",
      "id_str" : "1932066599547173326",
      "truncated" : false,
      "retweet_count" : "22",
      "id" : "1932066599547173326",
      "created_at" : "Mon Jun 09 13:25:48 +0000 2025",
      "favorited" : false,
      "full_text" : "فريق فرع النرجس عيّد مع بعض بعد الدوام 🎉 شكراً لكل واحد فيهم اشتغل أيام العيد عشان تلقون خبزكم حار",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1931043338338172467"
          ],
          "editableUntil" : "2025-06-06T18:39:43.147Z",
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
            "name" : "محمد الشهري",
            "screen_name" : "moh_alshehri",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "2774146361",
            "id" : "2774146361"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "78"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1931031511189076226",
      "in_reply_to_user_id" : "2774146361",
      "id_str" : "1931043338338172467",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1931043338338172467",
      "in_reply_to_status_id" : "1931031511189076226",
      "created_at" : "Fri Jun 06 17:39:43 +0000 2025",
      "favorited" : false,
      "full_text" : "@moh_alshehri وأنت من عواده يا محمد ☺️ والفرع مفتوح ثاني أيام العيد من ٧ الصبح",
      "lang" : "ar",
      "in_reply_to_screen_name" : "moh_alshehri",
      "in_reply_to_user_id_str" : "2774146361"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930930705133582875"
          ],
          "editableUntil" : "2025-06-06T11:12:09.742Z",
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
        "126"
      ],
      "favorite_count" : "18",
      "id_str" : "1930930705133582875",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1930930705133582875",
      "created_at" : "Fri Jun 06 10:12:09 +0000 2025",
      "favorited" : false,
      "full_text" : "عيدكم مبارك وكل عام وأنتم بخير 🌙✨\nمن عائلة نخلة لكل بيت في الرياض: كود EID15 يعطيكم خصم ١٥٪ على طلبات التطبيق طول أيام العيد 🎁",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930455947694053248"
          ],
          "editableUntil" : "2025-06-05T03:45:38.318Z",
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
      "favorite_count" : "433",
      "id_str" : "1930455947694053248",
      "truncated" : false,
      "retweet_count" : "53",
      "id" : "1930455947694053248",
      "created_at" : "Thu Jun 05 02:45:38 +0000 2025",
      "favorited" : false,
      "full_text" : "يوم عرفة.. خير يوم طلعت فيه الشمس. الله يتقبل من الحجاج ومنّا صيامنا ودعاءنا 🤲",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930352145511332959"
          ],
          "editableUntil" : "2025-06-04T20:53:10.525Z",
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
            "url" : "https://t.co/fIHfATfhQi",
            "expanded_url" : "https://nakhlabakery.example/eid",
            "display_url" : "nakhlabakery.example/eid",
            "indices" : [
              "99",
              "122"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "10",
      "id_str" : "1930352145511332959",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1930352145511332959",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jun 04 19:53:10 +0000 2025",
      "favorited" : false,
      "full_text" : "آخر يوم لاستقبال طلبات العيد 🕌 واللي ما لحق، العلب الجاهزة بتكون في الفروع من بكرة الصبح لين تخلص.\nhttps://t.co/fIHfATfhQi",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929765319571971197"
          ],
          "editableUntil" : "2025-06-03T06:01:20.541Z",
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
        "143"
      ],
      "favorite_count" : "290",
      "id_str" : "1929765319571971197",
      "truncated" : false,
      "retweet_count" : "21",
      "id" : "1929765319571971197",
      "created_at" : "Tue Jun 03 05:01:20 +0000 2025",
      "favorited" : false,
      "full_text" : "المخبز المركزي الليلة: ١٢ ألف حبة معمول، ٩ أشخاص، وقهوة ما تخلص ☕\nالفريق يشتغل على ورديتين عشان تكون علبكم جاهزة قبل العيد. الله يعطيهم العافية",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929383395937450567"
          ],
          "editableUntil" : "2025-06-02T04:43:42.160Z",
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
        "121"
      ],
      "favorite_count" : "13",
      "id_str" : "1929383395937450567",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1929383395937450567",
      "created_at" : "Mon Jun 02 03:43:42 +0000 2025",
      "favorited" : false,
      "full_text" : "نفد الكعك بالفستق من فرع الملقا اليوم 🙈 ونزّلنا دفعة جديدة في النرجس والسليمانية. اللي يبي يحجز يتصل على الفرع قبل لا يمر",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929209934697771500"
          ],
          "editableUntil" : "2025-06-01T17:14:26.780Z",
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
            "name" : "ريم",
            "screen_name" : "reem_k_92",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1163564016182041184",
            "id" : "1163564016182041184"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "84"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1929093671386082567",
      "in_reply_to_user_id" : "1163564016182041184",
      "id_str" : "1929209934697771500",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1929209934697771500",
      "in_reply_to_status_id" : "1929093671386082567",
      "created_at" : "Sun Jun 01 16:14:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@reem_k_92 أكيد تقدرين تعدلين الطلب لين يوم الاثنين، بس أرسلي لنا رقم الطلب بالخاص 🌷",
      "lang" : "ar",
      "in_reply_to_screen_name" : "reem_k_92",
      "in_reply_to_user_id_str" : "1163564016182041184"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928444647638778900"
          ],
          "editableUntil" : "2025-05-30T14:33:27.679Z",
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
        "150"
      ],
      "favorite_count" : "14",
      "id_str" : "1928444647638778900",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1928444647638778900",
      "created_at" : "Fri May 30 13:33:27 +0000 2025",
      "favorited" : false,
      "full_text" : "باقي أسبوع على العيد ⏳ طلبات الكعك والمعمول لين الثلاثاء بس، وبعدها نوقف الاستقبال عشان نلحق على الكل. والتوصيل مجاني للطلبات فوق ١٥٠ ريال داخل الرياض",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928154959392099119"
          ],
          "editableUntil" : "2025-05-29T19:22:20.382Z",
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
        "134"
      ],
      "favorite_count" : "101",
      "id_str" : "1928154959392099119",
      "truncated" : false,
      "retweet_count" : "58",
      "id" : "1928154959392099119",
      "created_at" : "Thu May 29 18:22:20 +0000 2025",
      "favorited" : false,
      "full_text" : "نصيحة للي يخبز في البيت: لا تحط الملح والخميرة فوق بعض أول ما تخلط، الملح يبطّئ شغل الخميرة. حط كل واحد في طرف من الوعاء وبعدين اخلط 👌",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927553795061549281"
          ],
          "editableUntil" : "2025-05-28T03:33:31.513Z",
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
        "92"
      ],
      "favorite_count" : "325",
      "id_str" : "1927553795061549281",
      "truncated" : false,
      "retweet_count" : "191",
      "id" : "1927553795061549281",
      "created_at" : "Wed May 28 02:33:31 +0000 2025",
      "favorited" : false,
      "full_text" : "هلّ هلال ذي الحجة 🌙 اللهم بلّغنا يوم عرفة واجعلنا من المقبولين. أيام عشر مباركة عليكم جميعاً",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926114372380748460"
          ],
          "editableUntil" : "2025-05-24T04:13:46.071Z",
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
            "url" : "https://t.co/WoODV1C6L4",
            "expanded_url" : "https://nakhlabakery.example/eid",
            "display_url" : "nakhlabakery.example/eid",
            "indices" : [
              "105",
              "128"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "19",
      "id_str" : "1926114372380748460",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1926114372380748460",
      "possibly_sensitive" : false,
      "created_at" : "Sat May 24 03:13:46 +0000 2025",
      "favorited" : false,
      "full_text" : "طلبات معمول وكعك العيد مفتوحة الحين! 📦 علبة الكيلو بـ 65 ريال (تمر، فستق، جوز). اطلبوا بدري قبل الزحمة 👇\nhttps://t.co/WoODV1C6L4",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925557893666318976"
          ],
          "editableUntil" : "2025-05-22T15:22:31.817Z",
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
      "favorite_count" : "61",
      "id_str" : "1925557893666318976",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1925557893666318976",
      "created_at" : "Thu May 22 14:22:31 +0000 2025",
      "favorited" : false,
      "full_text" : "وش الشي اللي يخليك ترجع لمخبز معيّن؟ الطعم، الريحة اللي تطلع للشارع، ولا الخباز اللي يعرفك بالاسم؟",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924402972593748230"
          ],
          "editableUntil" : "2025-05-19T10:53:17.004Z",
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
        "125"
      ],
      "favorite_count" : "145",
      "id_str" : "1924402972593748230",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1924402972593748230",
      "created_at" : "Mon May 19 09:53:17 +0000 2025",
      "favorited" : false,
      "full_text" : "حيّ الله نوف في عائلة نخلة 🌴 انضمت لنا مشرفة جودة في المخبز المركزي، وأول يوم لها كان تذوق ٤٠ صنف ورا بعض 😅 الله يوفقك يا نوف",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923084932786062491"
          ],
          "editableUntil" : "2025-05-15T19:35:51.497Z",
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
            "name" : "أبو خالد",
            "screen_name" : "abu_khalid_88",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "2594325834",
            "id" : "2594325834"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "139"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1923060771703260519",
      "in_reply_to_user_id" : "2594325834",
      "id_str" : "1923084932786062491",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1923084932786062491",
      "in_reply_to_status_id" : "1923060771703260519",
      "created_at" : "Thu May 15 18:35:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@abu_khalid_88 يعطيك العافية على الملاحظة، كلمنا مشرف فرع السليمانية وبيتابع موضوع التأخير بنفسه. نعتذر منك ونتمنى نشوفك قريب بتجربة أحلى 🙏",
      "lang" : "ar",
      "in_reply_to_screen_name" : "abu_khalid_88",
      "in_reply_to_user_id_str" : "2594325834"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922140126149608510"
          ],
          "editableUntil" : "2025-05-13T05:01:32.695Z",
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
        "128"
      ],
      "favorite_count" : "35",
      "id_str" : "1922140126149608510",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "1922140126149608510",
      "created_at" : "Tue May 13 04:01:32 +0000 2025",
      "favorited" : false,
      "full_text" : "حر الرياض بدأ بدري هالسنة 🌡️ الأرصاد متوقعة درجات فوق ٤٥ الأسبوع الجاي. انتبهوا على أنفسكم وعلى عيالكم، وخلّوا الموية معكم دايم.",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921617599212303778"
          ],
          "editableUntil" : "2025-05-11T18:25:12.127Z",
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
            "name" : "حصة تخبز 🍞",
            "screen_name" : "hessa_bakes",
            "indices" : [
              "16",
              "28"
            ],
            "id_str" : "191231970",
            "id" : "191231970"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Lydk1EE8RW",
            "expanded_url" : "https://hessabakes.example/yeast-guide",
            "display_url" : "hessabakes.example/yeast-…",
            "indices" : [
              "123",
              "146"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "49",
      "id_str" : "1921617599212303778",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1921617599212303778",
      "possibly_sensitive" : false,
      "created_at" : "Sun May 11 17:25:12 +0000 2025",
      "favorited" : false,
      "full_text" : "مقال جميل كتبته @hessa_bakes عن الفرق بين الخميرة الفورية والطازجة ومتى تستخدم كل وحدة، شرح مبسط وبالصور. يستاهل القراءة 👇\nhttps://t.co/Lydk1EE8RW",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920336547347737948"
          ],
          "editableUntil" : "2025-05-08T05:34:45.097Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "مخابز_نخلة_الرياض",
            "indices" : [
              "120",
              "138"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "51",
      "id_str" : "1920336547347737948",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1920336547347737948",
      "created_at" : "Thu May 08 04:34:45 +0000 2025",
      "favorited" : false,
      "full_text" : "وصل صامولي البر بالسمسم لكل فروعنا 🥖 طري من داخل ومقرمش من برا، والكيس (٦ حبات) بـ 9 ريال بس. مرّوا علينا الصبح وهو حار #مخابز_نخلة_الرياض",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919664325072423632"
          ],
          "editableUntil" : "2025-05-06T09:03:35.649Z",
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
            "name" : "سارة القحطاني",
            "screen_name" : "sara_alqahtani7",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1838166523499824293",
            "id" : "1838166523499824293"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "93"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1919624061563191695",
      "in_reply_to_user_id" : "1838166523499824293",
      "id_str" : "1919664325072423632",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919664325072423632",
      "in_reply_to_status_id" : "1919624061563191695",
      "created_at" : "Tue May 06 08:03:35 +0000 2025",
      "favorited" : false,
      "full_text" : "@sara_alqahtani7 هلا سارة، فرع النرجس يفتح من ٥:٣٠ الفجر يومياً، والجمعة من ٦:٣٠. حياك الله 🌷",
      "lang" : "ar",
      "in_reply_to_screen_name" : "sara_alqahtani7",
      "in_reply_to_user_id_str" : "1838166523499824293"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919399043722739450"
          ],
          "editableUntil" : "2025-05-05T15:29:27.693Z",
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
        "51"
      ],
      "favorite_count" : "137",
      "id_str" : "1919399043722739450",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1919399043722739450",
      "created_at" : "Mon May 05 14:29:27 +0000 2025",
      "favorited" : false,
      "full_text" : "سؤال مصيري 😄 تميس الصباح: بالجبن والعسل ولا بالفول؟",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918502163014675462"
          ],
          "editableUntil" : "2025-05-03T04:05:34.102Z",
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
        "152"
      ],
      "favorite_count" : "121",
      "id_str" : "1918502163014675462",
      "truncated" : false,
      "retweet_count" : "53",
      "id" : "1918502163014675462",
      "created_at" : "Sat May 03 03:05:34 +0000 2025",
      "favorited" : false,
      "full_text" : "تدرون ليش خبز البر أثقل من الأبيض؟ 🌾\nلأن الطحين الكامل فيه النخالة والجنين، وهذي تشرب موية أكثر وتخلي العجينة أقل انتفاخ. الفايدة: ألياف أكثر وشبع أطول.",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1917788177957749684"
          ],
          "editableUntil" : "2025-05-01T04:48:27.554Z",
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
        "123"
      ],
      "favorite_count" : "546",
      "id_str" : "1917788177957749684",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "1917788177957749684",
      "created_at" : "Thu May 01 03:48:27 +0000 2025",
      "favorited" : false,
      "full_text" : "صباح الخير من فرع الملقا ☀️ الساعة ٤ الفجر والفرن شغّال، وأبو سلطان يقول: الخبز الزين ما يستعجل.\nيعطيكم العافية يا فريقنا 🤍",
      "lang" : "ar"
    }
  }
]