"""Invented reports of one event by several outlets, each in its own house style.

A phone call between the Thai and Cambodian prime ministers, as a wire service, the
government press of the other side, a regional service and a business paper days later
tell it. Written for the tests: no outlet, quote or detail is real.
"""

THAI_CAMBODIAN_CALL = [
    {
        "title": "Thai, Cambodian leaders agree to restore border checkpoints after phone call",
        "outlet": "Bangkok Wire",
        "published": "2025-09-08",
        "text": (
            "BANGKOK (Bangkok Wire) — Thai Prime Minister Anutin Charnvirakul and Cambodian "
            "Prime Minister Hun Manet spoke by telephone on Monday and agreed to reopen two "
            "border checkpoints closed since the July clashes, the Thai government said.\n"
            "The call lasted about 40 minutes, according to a government spokesman.\n"
            '"Both sides want the ceasefire to hold and the people on the border to return to '
            'normal life," Anutin told reporters after the call.\n'
            "The two leaders also agreed that the General Border Committee would meet later "
            "this month to discuss the removal of heavy weapons from the frontier."
        ),
    },
    {
        "title": "Hun Manet, Anutin hold talks by phone",
        "outlet": "Phnom Penh Daily",
        "published": "2025-09-08",
        "text": (
            "Phnom Penh, September 8 — Samdech Thipadei Hun Manet, Prime Minister of the "
            "Kingdom of Cambodia, held a phone call with Thai Prime Minister Anutin "
            "Charnvirakul this afternoon.\n"
            "During the call, the two prime ministers welcomed the progress in implementing "
            "the ceasefire agreed in Kuala Lumpur and agreed to reopen the Ban Khlong Luek and "
            "Poipet checkpoints.\n"
            "Hun Manet said Cambodia remained committed to resolving the border dispute "
            "through peaceful means."
        ),
    },
    {
        "title": "Thailand and Cambodia to reopen crossings",
        "outlet": "Asia Regional Service",
        "published": "2025-09-09",
        "text": (
            "Thailand and Cambodia will reopen two crossings on their disputed frontier, their "
            "leaders said after talking by phone on Monday, in the clearest sign yet that the "
            "ceasefire brokered by Malaysia is holding.\n"
            "Bangkok and Phnom Penh have traded accusations of violations since the truce took "
            "effect in late July.\n"
            "Analysts said the call between Anutin and Hun Manet was the first direct contact "
            "between the two leaders since August."
        ),
    },
    {
        "title": "Border trade to resume, says Thai commerce ministry",
        "outlet": "Gulf of Siam Times",
        "published": "2025-09-10",
        "text": (
            "Trade at the Thai-Cambodian border will resume next week, the Thai commerce "
            "ministry said on Wednesday.\n"
            "The decision follows the phone conversation between the Thai and Cambodian prime "
            "ministers earlier this week, in which Anutin and Hun Manet agreed to reopen two "
            "checkpoints.\n"
            "Traders in Sa Kaeo province said they had lost millions of baht since the "
            "crossings closed."
        ),
    },
]

# Two rounds of talks a month apart, the second told without its date.
RSF_TALKS = [
    {
        "title": "Sudan army and RSF envoys meet in Jeddah",
        "outlet": "Red Sea Monitor",
        "published": "2025-06-02",
        "text": (
            "Envoys of the Sudanese army and the Rapid Support Forces held talks in Jeddah on "
            "Monday on a humanitarian truce for El Fasher, mediators said."
        ),
    },
    {
        "title": "RSF says talks with army produced nothing",
        "outlet": "Khartoum Observer",
        "published": "2025-07-20",
        "text": (
            "The Rapid Support Forces said its talks with the Sudanese army had produced "
            "nothing, as fighting in Darfur continued."
        ),
    },
]
