"""The checked out rules (see safety/screening/rules/__init__.py for the shape and the guards)."""

from safety.screening.rules.common import RuleRow

PRECISE: list[RuleRow] = [
    # --- a partner who has checked out -----------------------------------------------------------
    (
        "checked_out.decided",
        "checked_out",
        r"\b(?:wants?|wanted|asked for|asking for|mentioned|brought up|filed for|filing for|talking about|talked about|is getting|wants to get) (?:a )?(?:divorce|separation)\b"
        r"|\b(?:divorce|separation) papers\b|\b(?:divorce|family) lawyer\b"
        r"|\b(?:is|was|has been) (?:leaving|moving out|going to leave|going to move out|planning to leave)\b(?! (?:for|to go|the house for|work|early|late)\b)"
        r"|\b(?:said|says|told me|decided|has decided|made up (?:his|her|their) mind|wants) (?:that )?(?:he|she|they|it)? ?(?:is|are|was|were)? ?(?:done|leaving|moving out|over|going to leave)\b"
        r"|\b(?:do|does) not love me (?:anymore|now)\b|\b(?:is|are) not in love with me\b|\bfell out of love\b|\bfallen out of love\b"
        r"|\b(?:do|does) not want (?:to be married|this marriage|to be with me|me anymore|us anymore|this anymore|to try anymore)\b"
        r"|\b(?:checked out|one foot out the door|mind is made up|has given up on us|given up on (?:us|the marriage|the relationship))\b(?! (?:of|a|an|the|some|this|that|books?)\b (?:hotel|library|book|movie|store|shop|place|restaurant|film))(?! of (?:the|that|this|our|a) (?:conversation|chat|talk|argument|row|discussion|meeting|call|film|movie|show)\b)"
        r"|\blooking at (?:apartments|flats|places|houses)\b.{0,25}\b(?:without me|for (?:himself|herself|themself)|alone|on (?:his|her) own)\b"
        r"|\bno longer (?:wants|loves|in love with) (?:me|us|this)\b|\bwants out\b"
        r"|\b(?:wants?|wanted|decided|plans?|planning|going) to (?:separate|split up|break up|end (?:it|the marriage|things|us|the relationship)|leave (?:me|us|the marriage|after|when|in|by|at the end))\b"
        r"|\b(?:says|said|told me|thinks) (?:that )?(?:we are|we were|it is|it was|the marriage is|our marriage is|we are) (?:finished|over|through|done)\b"
        r"|\bmade up (?:his|her|their) mind (?:to leave|to go|about leaving|that)\b",
        {},
        "a partner who has decided or is leaving",
    ),
]

BROAD: list[RuleRow] = [
    (
        "checked_out.broad",
        "checked_out",
        r"\b(?:end|ending|ended) (?:our|the|this) (?:marriage|relationship)\b"
        r"|\b(?:not|no longer) (?:see|want|have) (?:a|any) future (?:with me|together|for us)\b"
        r"|\b(?:will not|is not going to|not) (?:come|coming) back\b"
        r"|\b(?:signed|signing|found|rented) (?:a )?(?:lease|flat|apartment|place)\b[^\n]{0,25}\b(?:for (?:himself|herself|themself)|on (?:his|her|their) own|alone|without me)\b",
        {},
        "more ways of saying they have decided",
    ),
]

GENERAL: list[RuleRow] = [
    (
        "checked_out.general",
        "checked_out",
        r"\b(?:fell|fallen|falling) out of love\b|\b(?:is|are|has|have) not (?:been )?in love with me\b"
        r"|\b(?:already|is|been|has been|started|keeps|secretly) looking (?:at|for) (?:apartments|flats|places|houses|a place|a flat|an apartment|a house|rentals)\b"
        r"|\bnothing left to (?:fix|save|work on|try|salvage)\b"
        r"|\b(?:done|finished) (?:trying(?! (?:to|for|on)\b)|with (?:us|me|this marriage|the marriage|this relationship))\b",
        {"past": False},
        "a partner who has decided, said with other words (an old falling out of love still counts)",
    ),
    (
        "checked_out.net",
        "checked_out",
        r"\b(?:stopped|stop|stops) loving me\b"
        r"|\b(?:wants|want|wanted) to be (?:on (?:his|her|their) own|alone|single|free of me)\b"
        r"|\bemotionally (?:gone|checked out|absent|done|left)\b"
        r"|\b(?:only|just) (?:here|staying|stays|stayed) (?:for|because of) the (?:kids|children|money)\b",
        {"past": False},
        "a wider net for a partner who has decided",
    ),
    (
        "checked_out.more",
        "checked_out",
        r"\b(?:does not|can not) see (?:us|a future|this) (?:together|with me|lasting|working)\b"
        r"|\bplanning to leave\b(?! (?:for (?:work|the|a|his|her)|early|late|at)\b)"
        r"|\bsign\w* (?:a )?lease\b|\bone bed(?:room)?\b(?=[^\n]*\b(?:lease|rent\w*|flat|place|moving)\b)"
        r"|\b(?:marriage|relationship|we|us) (?:is|are) (?:dead|over) to (?:him|her|them)\b",
        {"past": False},
        "more ways of saying the partner has decided",
    ),
    (
        "checked_out.last",
        "checked_out",
        r"\bmoving van\b|\b(?:till|until) (?:he|she|they) finds? (?:a|his own|her own|their own) (?:place|flat)\b"
        r"|\bwants? (?:his|her|their) freedom\b",
        {"past": False},
        "the partner leaving, in still other words",
    ),
]
