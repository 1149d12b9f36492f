"""The infidelity rules (see safety/screening/rules/__init__.py for the shape and the guards)."""

from safety.screening.rules.common import RuleRow

PRECISE: list[RuleRow] = [
    # --- infidelity ----------------------------------------------------------------------------
    (
        "infidelity.affair",
        "infidelity",
        r"\b(?:an|the|his|her|their|my|this|emotional) affairs?\b"
        r"|\bcheat(?:ing|ed|s)?\b(?! (?:at|in)\b)(?! on (?:a|the|his|her|my|their|your) (?:diet|test|exam|game|taxes|homework|quiz))(?! death)"
        r"|\bunfaithful\b|\binfidelity\b|\b(?:the )?other (?:woman|man)\b"
        r"|\b(?:sleeping|slept|sleeps|hooking up|hooked up|hooks up) with (?:someone|somebody|another|other|her|him|a|an|his|her|my|one of|some)\b"
        r"|\b(?:slept|sleeping|sleep|sleeps) together\b|\b(?:texting|messaging|sexting|meeting up with) (?:another|other|some other) (?:woman|man|girl|guy|women|men)\b"
        r"|\b(?:seeing|dating|meeting|texting|talking to) (?:someone|somebody|some (?:guy|girl|woman|man)|another (?:guy|girl|woman|man))\b.{0,25}\b(?:behind my back|in secret|secretly|together|romantic\w*|sleeping|slept)\b"
        r"|\b(?:seeing|dating|with) someone else\b|\bin love with (?:someone|somebody) else\b"
        r"|\b(?:tinder|bumble|hinge|grindr|dating apps?|dating profile)\b"
        r"|\b(?:sexting|flirty (?:texts|messages)|nudes?)\b.{0,30}\b(?:someone|another|other|her|him|a)\b",
        {},
        "an affair, by either partner",
    ),
]

BROAD: list[RuleRow] = [
    (
        "infidelity.broad",
        "infidelity",
        r"\b(?:a fling|an affair|affairs|dating sites?|hook-?ups?|secret (?:girlfriend|boyfriend|relationship))\b",
        {},
        "more words for an affair",
    ),
]

GENERAL: list[RuleRow] = [
    (
        "infidelity.general",
        "infidelity",
        r"\b(?:on the side|side (?:piece|chick|girl|guy|thing))\b"
        r"|\b(?:been|are|were|still|keep|started) seeing each other\b"
        r"|\bcaught (?:him|her|them) (?:with|in bed|kissing|in our bed|together)\b"
        r"|\b(?:in (?:our|my) bed with|with (?:him|her|them|someone|another) in (?:our|my) bed)\b"
        r"|\b(?:messages|texts|photos|nudes|emails) (?:from|to|with) (?:another|some other|a|some) (?:woman|man|girl|guy)\b"
        r"|\b(?:secret|burner) phone\b",
        {},
        "an affair described without the word",
    ),
    (
        "infidelity.net",
        "infidelity",
        r"\b(?:meeting|seeing|texting|messaging|talking to|meets|sees|met|meet) (?:up with )?(?:his|her|their) ex\b"
        r"(?=[^\n]*\b(?:behind my back|secret\w*|lied|lying|hides?|hid|every|again|still|for months|for weeks)\b)"
        r"|\bfound (?:\w+ ){0,2}condoms?\b"
        r"|\bsneak\w* (?:off|out|around)\b(?=[^\n]*\b(?:text\w*|girl|guy|woman|man|her|him|someone)\b)"
        r"|\b(?:kissed|kissing|made out with|hooked up with) (?!me\b)(?:him|her|someone|a \w+|some \w+|his ex|her ex|another \w+)\b",
        {},
        "an affair in other words: secret meetings with an ex, sneaking off, condoms found, a kiss",
    ),
    (
        "infidelity.more",
        "infidelity",
        r"\bhotel (?:receipts?|bookings?|rooms?|charges)\b"
        r"|\b(?:in a relationship|involved|having a thing|a thing going) with (?:a |an |another |some |this )?"
        r"(?:woman|man|girl|guy|someone|somebody|coworker|colleague)\b"
        r"|\b(?:going|goes|went|been going) (?:to|round to|over to) (?:his|her) (?:flat|place|house|apartment)\b"
        r"(?=[^\n]*\b(?:lunch|secret\w*|lied|lying|behind|nights?|every|instead)\b)"
        r"|\btook (?:her|him) to our (?:\w+ )?(?:spot|place|restaurant|bar|hotel)\b",
        {},
        "more signs of an affair",
    ),
    (
        "infidelity.last",
        "infidelity",
        r"\b(?:seeing|sleeping with|dating) (?:a|some|this) (?:woman|man|girl|guy)\b"
        r"|\banother (?:woman|man)'s\b|\b(?:other|second|secret) family\b",
        {},
        "an affair in still other words",
    ),
    (
        "infidelity.lexicon",
        "infidelity",
        r"\b(?:been|slept|sleeping|sleeps) with other (?:women|men|people|girls|guys)\b",
        {},
        "other partners",
    ),
]
