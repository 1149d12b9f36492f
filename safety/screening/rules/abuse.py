"""The abuse rules (see safety/screening/rules/__init__.py for the shape and the guards)."""

from safety.screening.rules.common import RuleRow

PRECISE: list[RuleRow] = [
    # --- abuse: coercive control, threats, violence, fear --------------------------------------
    (
        "abuse.physical",
        "abuse",
        r"\b(?:hit|hits|hitting|punch\w*|slap\w*|kick(?:s|ed|ing)?|shov\w*|beat|beats|beating|bit|bites|spat on|spits on|smack\w*|headbutt\w*|elbow\w*) me\b(?! (?:up|out|at|in (?:chess|cards|a)|back)\b)"
        r"|\b(?:push(?:ed|es|ing)?|threw) me\b(?! (?:to|into|away|a|off guard)\b)"
        r"|\b(?:grab\w*|yank\w*|twist\w*|pull\w*) (?:me by|my (?:arm|arms|wrist|wrists|hair|face|jaw|throat))\b(?! (?:to|into)\b )"
        r"|\b(?:laid|lays|lay|put|puts|putting) (?:a |his |her |their )?hands? on me\b"
        r"|\braise\w* (?:a |his |her |their )?(?:hand|fist) (?:to|at) me\b"
        r"|\bthr(?:ew|ows|owing) (?:a |the |his |her |my )?\w+ at me\b"
        r"|\b(?:left|leaves|gave me) (?:a )?(?:bruises?|marks?|black eye|a black eye)\b|\bbruises on my\b"
        r"|\bdrag(?:s|ged|ging)? me\b|\bpin(?:s|ned|ning)? me (?:down|against|to)\b|\bgot physical\b|\bhurt me physically\b",
        {
            "not_after": r"\b(?:it|that|this|reality|reali[sz]ation|truth|news|thought|idea|wave|ball|car|door|branch|feeling|grief|sadness|tiredness|exhaustion|all)\s*$"
        },
        "physical violence against the writer (not 'it hit me', 'the realization hit me')",
    ),
    (
        "abuse.sexual",
        "abuse",
        r"\b(?:forc\w*|pressur\w*|coerc\w*|made) me (?:to )?(?:have sex|into sex|do sexual|sleep with|do things in bed)"
        r"|\braped?\b|\bsexual(?:ly)? assault\w*|\bforced (?:himself|herself|themself) on me\b"
        r"|\b(?:would not|did not|does not|will not) (?:stop|take no)\b.{0,25}\b(?:said no|i said stop|sex)\b"
        r"|\bsex (?:when|even though|although) i (?:said no|did not want|do not want|was asleep)\b",
        {},
        "sexual violence or coercion",
    ),
    (
        "abuse.threats",
        "abuse",
        r"\bthreat\w* (?:me|to (?:hurt|harm|hit|beat|ruin|destroy|expose|throw me out|kick me out|leave me with nothing|take (?:the|my|our) (?:kids|children|money|car|house)|tell everyone|have me|report me|call immigration|out me|post))"
        r"|\bintimidat\w*"
        r"|\b(?:punch\w*|kick\w*|smash\w*|put (?:his|her|a) fist through)\b.{0,20}\b(?:wall|walls|door|doors|window|windows)\b"
        r"|\b(?:smash\w*|broke|breaks|destroy\w*|throws|threw) (?:my|our|the) (?:phone|things|stuff|plates|dishes|laptop|door)\b"
        r"|\bblocks? the door\b|\bblocked (?:the|my) (?:door|way)\b|\bcornered me\b"
        r"|\bi(?: will| would)? never see (?:the|my|our) (?:kids|children) again\b",
        {},
        "threats and intimidation",
    ),
    (
        "abuse.fear",
        "abuse",
        r"\b(?:scared|afraid|terrified|frightened|fearful) (?:of|around) (?:him|her|them|my (?:husband|wife|partner|boyfriend|girlfriend|ex|spouse|fiance|fiancee)|what (?:he|she|they) (?:will|would|might|could) do)\b"
        r"|\b(?:scared|afraid|terrified|frightened) to (?:go home|be home|come home|tell (?:him|her|them)|say no|disagree|ask (?:him|her|them)|be alone with)\b"
        r"|\b(?:afraid|scared|terrified|frightened|nervous) (?:of )?(?:setting|set) (?:him|her|them) off\b|\bnot to set (?:him|her|them) off\b"
        r"|\bwalk\w* on eggshells\b|\bfear (?:him|her|them)\b|\bi flinch\b|\bflinch when (?:he|she|they)\b",
        {},
        "fear of the partner",
    ),
    (
        "abuse.control_money",
        "abuse",
        r"\b(?:have|had|need|needs) to ask (?:him |her |them |my (?:husband|wife|partner|boyfriend|girlfriend|spouse) )?(?:for|before spending|before i spend|permission to spend|to spend) (?:any |some )?(?:money|cash|a dollar|a pound|anything)"
        r"|\b(?:controls|takes|took|keeps|kept|holds|has taken|took away) (?:all |all of )?(?:my|our|the) (?:money|paycheck|paycheque|pay|wages|salary|cards?|bank cards?|credit cards?|debit cards?|finances|bank account|savings)\b"
        r"|\b(?:gives|give) me an allowance\b|\bon an allowance\b"
        r"|\b(?:will not|does not|would not|never) let me (?:have|use|see|touch|access|open) (?:any |my own |our |a |the )?(?:money|bank|account|bank account|cards?|finances|credit card)\b"
        r"|\b(?:checks?|checking|goes through|monitors?|reads?|controls?) (?:every|all my|all of my|my) (?:bank|statements?|receipts?|spending|purchases?|accounts?)\b"
        r"|\b(?:makes?|made|forces?|forced) me (?:to )?(?:ask|account for|justify|explain|beg)\b.{0,30}\b(?:money|spend|spending|penny|pennies|cent|dollar|receipts?|purchases?|pay)\b"
        r"|\bnot allowed (?:to have|any) (?:my own )?(?:money|bank account|card)\b",
        {},
        "financial control",
    ),
    (
        "abuse.control_phone",
        "abuse",
        r"\b(?:reads?|reading|checks?|checking|goes through|going through|went through|looks through|scrolls through|monitors?|monitoring) (?:all )?(?:of )?my (?:messages|texts|text messages|phone|emails?|email|dms|chats|whatsapp|calls|call log|browser history)\b"
        r"|\b(?:demands?|demanded|made me give|makes me give|has|knows|wants|took|takes|changed) (?:him |her |them )?(?:all )?(?:my |of my )(?:passwords?|passcodes?|phone codes?|pin)\b"
        r"|\b(?:took|takes|grabbed|grabs|hid|hides|smashed|broke|breaks|confiscat\w*) my phone\b"
        r"|\b(?:installed|put|puts) (?:an app|something|spyware|a tracker|a tracking app|stalkerware) on my (?:phone|laptop|car|computer)\b"
        r"|\b(?:will not|does not|would not|never) let me (?:use|have|keep|touch) my (?:own )?phone\b"
        r"|\bmakes? me (?:show|hand over) (?:him |her |them )?my phone\b"
        r"|\b(?:reads?|reading|checks?|checking|goes through|scrolls through|monitors?) (?:every|each|all the|all of the) (?:message|messages|text|texts|email|emails|call|chat)\b.{0,20}\b(?:my|i|me)\b"
        r"|\b(?:makes?|made|forces?|forced|wants?) me (?:to )?(?:share|turn on|keep on) (?:my )?(?:location|live location|find my)\b"
        r"|\b(?:took|takes|taken|grabbed|snatched|hid|hides) (?:away )?my (?:phone|laptop|sim|charger)\b",
        {},
        "monitoring of phone, messages or passwords",
    ),
    (
        "abuse.control_isolation",
        "abuse",
        r"\b(?:will not|does not|would not|never|did not|do not) (?:let|allow) me (?:to )?(?:see|go out|go|leave|talk to|visit|call|work|have friends|drive|wear|get a job|out of (?:the house|his sight|her sight))\b"
        r"|\bi (?:am|was) not allowed to (?:see|go|leave|talk|visit|call|work|have friends|drive|wear|get a job)\b"
        r"|\b(?:cut|cuts|cutting) me off from\b|\bisolat\w* me\b|\bkeeps? me (?:from|away from) (?:my|seeing)\b"
        r"|\b(?:have|had|need) to ask (?:his |her |their )?permission\b|\bneed (?:his|her|their) permission (?:to|for|before)\b"
        r"|\b(?:have|had) to (?:tell|text|report to) (?:him|her|them) where i (?:am|go|was)\b"
        r"|\b(?:hid|hides|hidden|hiding|took|taken|takes|taking|kept|keeps|keeping|confiscat\w*|steals?|stole|stolen) (?:away )?(?:my|the) (?:car )?keys\b"
        r"|\b(?:hid|hides|hidden|took|taken|takes|kept|keeps|keeping|confiscat\w*|stole|stolen) (?:away )?my (?:car|passport|id|documents|papers|visa)\b"
        r"|\blocked me out\b|\b(?:times|timed) (?:me|my trips|how long)\b.{0,20}\b(?:shop|store|out|gone)\b",
        {},
        "isolation and control of movement",
    ),
    (
        "abuse.degrading",
        "abuse",
        r"\bcall(?:s|ed|ing)? me (?:a |an )?(?:\w+ )?(?:names|stupid|worthless|useless|pathetic|ugly|fat|disgusting|a (?:bitch|whore|slut|idiot|loser|failure|retard|cow|pig)|an idiot)\b"
        r"|\b(?:humiliat\w*|belittl\w*|degrad\w*|demean\w*) me\b|\bputs me down in front of\b"
        r"|\bgaslight\w*|\btells? me i am (?:crazy|imagining (?:it|things)|worthless|nothing|stupid|useless)\b"
        r"|\b(?:screams|yells|shouts|screaming|yelling|shouting|swears|swearing) at me\b.{0,25}\b(?:every|all the time|constantly|daily|for hours|in front of)\b"
        r"|\b(?:always|constantly) (?:screaming|yelling|shouting|swearing) at me\b"
        r"|\bcontrols? (?:everything|what i (?:wear|eat|do|say|spend))\b|\btells? me what (?:to wear|i can wear|i can eat)\b"
        r"|\b(?:no one|nobody) (?:else )?(?:would|will|could) (?:ever )?(?:want|love|put up with|believe) me\b"
        r"|\b(?:lucky|grateful) (?:he|she|they) (?:stays|stayed|puts up with me|married me)\b"
        r"|\bpunish\w* me\b|\b(?:emotional(?:ly)?|verbal(?:ly)?|psychological(?:ly)?|financial(?:ly)?|physical(?:ly)?) abus\w*"
        r"|\b(?:abusive|abuses me|abusing me|abused me)\b|\bdomestic (?:violence|abuse)\b|\bcoercive control\b",
        {},
        "insults, humiliation, named abuse",
    ),
]

BROAD: list[RuleRow] = [
    (
        "abuse.broad",
        "abuse",
        r"\b(?:makes?|made|forces?|forced) me (?:to )?(?:prove|report|send (?:him|her|them) (?:photos|pictures|proof)|account for|check in)\b"
        r"|\b(?:scared|afraid|frightened|terrified) to (?:say|speak|do|tell|disagree|argue|answer back|ask for)\b(?! (?:no more|it)\b)"
        r"|\b(?:deleted|blocked|removed) (?:all )?(?:of )?my (?:friends|contacts|numbers|family)\b"
        r"|\b(?:says|said|told me|tells me) (?:that )?i (?:can not|am not allowed to|must not|may not) (?:see|talk|go|visit|call|have|work|leave|text|phone)\b"
        r"|\bbeg (?:him |her |them )?for (?:money|cash|food)\b|\b(?:tracks|tracking|counts) every (?:penny|cent|dollar|pound)\b",
        {},
        "control and fear phrased in other ways",
    ),
]

GENERAL: list[RuleRow] = [
    (
        "abuse.or_else",
        "abuse",
        r"\bi (?:have|had|need|am supposed) to\b[^\n]{0,50}\bor (?:else )?(?:he|she|they) (?:goes off|go off|kicks off|loses it|explodes|"
        r"flips|punishes me|hits me|screams|yells|freaks|rages|sulks|blows up|gets (?:angry|mad|violent|nasty|scary)|"
        r"will (?:hurt|hit|kill|punish|lose it|go off|kick off|explode|scream|make me pay))"
        r"|\b(?:have|has|had|need) to (?:show|send|give|hand over to) (?:him|her|them) (?:every|all my|all of my|each|proof|photos|"
        r"pictures|screenshots|my (?:phone|receipts|texts|messages|location|bank|statements))\b"
        r"|\b(?:makes?|made|forces?|forced) me (?:to )?(?:kneel|beg|grovel|sleep (?:on the floor|in the car|outside)|eat off|strip|"
        r"stand in the corner|get on my knees|say sorry for|apologi[sz]e for (?:existing|breathing))\b"
        r"|\block(?:s|ed|ing)? me out\b"
        r"|\b(?:changed|changes|change|changing) (?:the|all the|my) (?:wifi |wi-fi |door |phone |bank |email )?(?:password|passwords|code|codes|locks?|pin)\b[^\n]{0,30}\b(?:so i|i can not|without telling|on me|without me)\b"
        r"|\b(?:took|takes|hid|hides|keeps|kept|locked|locks|changed|changes|disabled|cancelled|cut off|unplugged|removed|deleted)\b"
        r"[^\n]{0,40}\bso (?:that )?i (?:can not|could not|am not able to|have no way to) (?:go anywhere|leave|get out|get to work|see anyone|call anyone|contact anyone|get online|drive|get help|talk to anyone)\b",
        {},
        "coercive control phrased as a rule the writer must follow, or a way out taken away",
    ),
    (
        "abuse.general",
        "abuse",
        r"\b(?:he|she|they)\b[^\n]{0,30}\b(?:backhand\w*|whack\w*|thump\w*|clip\w* me|cuff\w* me|body ?slam\w*|"
        r"knock\w* me (?:down|over|to|into|out))\b(?=[^\n]*\b(?:me|my)\b)"
        r"|\bthr(?:ew|ows|owing|own) (?:a |the |his |her |my )?\w+ at (?:me|my (?:head|face|body|back))\b"
        r"|\bif i (?:ever )?(?:leave|left|go|tell|divorce|try|tried)\b[^\n]{0,30}\b(?:he|she|they)(?: says| said)?(?: he| she| they)? "
        r"(?:will|would|is going to|are going to)? ?(?:take|keep|get) (?:the|my|our) (?:kids|children|baby|son|daughter|money|house|car)\b"
        r"|\btells? (?:everyone|people|my family|my friends|the kids|others|our friends) (?:that )?i am "
        r"(?:crazy|mad|insane|unstable|a liar|lying|abusive|mental|psycho|nuts|the problem)\b"
        r"|\b(?:stops?|stopped|stopping|prevents?|prevented|forbids?|forbade|bans?|banned) me (?:from )?(?:seeing|going|talking|"
        r"visiting|calling|working|leaving|having|using|driving|getting|spending|eating|sleeping)\b"
        r"|\b(?:drag\w*|pull\w*|yank\w*|grab\w*) me (?:by|across|along|down|up|out|into|through)\b"
        r"|\b(?:he|she|they) (?:\w+ ){0,2}(?:smashed|broke|destroyed|ripped up|tore up|snapped|cut up|burned|burnt|threw out|binned|stamped on) "
        r"my (?!heart|trust|spirit|concentration|record|fall|back\b|silence|train|confidence|sleep|focus)\w+\b(?![^\n]{0,25}\b(?:accident|accidentally|mistake)\b)",
        {},
        "violence, threats over the children, smearing, bans, and belongings destroyed, in other words",
    ),
    (
        "abuse.net",
        "abuse",
        r"\b(?:spat|spit|spits|spitting) (?:in|on|at) (?:my|me)\b"
        r"|\bpinch\w* me\b(?=[^\n]*\b(?:hard|bruise\w*|so no one|so nobody|under the table)\b)"
        r"|\bso (?:he|she|they) (?:knows|can see|can check|can track|know) where i (?:am|go|was)\b"
        r"|(?<!\bi )\b(?:hides|hid|hidden|hiding|took|takes|keeps|kept|withholds|withheld) (?:away )?my (?:medication|meds|pills|inhaler|glasses|wallet|purse|insulin)\b"
        r"|\btells? me (?:that )?i am (?:\w+ ){0,2}(?:fat|ugly|disgusting|worthless|useless|stupid|pathetic|crazy|nothing|a failure|"
        r"a joke|unlovable|repulsive|a waste)\b"
        r"|\b(?:made|makes|forced|forces) me (?:to )?(?:delete|block|unfriend|cut off|stop seeing|stop talking to|quit|give up|leave my job)\b"
        r"|\b(?:smash\w*|break\w*|broke|throw\w*|threw|punch\w*) (?:things|stuff|everything|the place up|doors|holes)\b"
        r"(?=[^\n]*\b(?:he|she|they|explod\w*|angry|rage|temper)\b)"
        r"|\bthreat\w* to\b[^\n]{0,40}\bif i\b"
        r"|\bnot allowed (?:to (?:have|keep|use|see|go|leave|talk|spend|work|wear|drive|call|text|visit|eat)|my own|any (?:money|friends|time))\b"
        r"|\b(?:he|she|they) (?:\w+ )?(?:scares|frightens|terrifies|intimidates) me\b"
        r"|\b(?:shov\w*|push\w*|kick\w*|threw|throw\w*|drag\w*) me out of (?:the|a|his|her|our|my) (?:car|house|bed|room|flat|door|window)\b"
        r"|\b(?:hacked|hacks|got into|logged into|broke into) my (?:email|phone|accounts?|icloud|google|facebook|instagram|laptop|messages)\b",
        {},
        "a wider net for control and violence phrased in other ways",
    ),
    (
        "abuse.more",
        "abuse",
        r"\b(?:he|she|they)\b[^\n]{0,50}\bso (?:that )?i (?:can not|could not|am not able to|have no way to|would not be able to) "
        r"(?:call|text|phone|ring|contact|see|reach|get to|talk to|go|leave|get out|get help|drive|get online)\b"
        r"|\b(?:only|just) allowed (?:out|to go out|to leave|to see|to have|to spend|to talk)\b"
        r"|\b(?:hand|give|transfer|sign) (?:over )?(?:to (?:him|her|them) )?(?:all )?(?:of )?my (?:wages|pay|salary|paycheck|paycheque|benefits)\b"
        r"|\b(?:he|she|they)\b[^\n]{0,40}\bi (?:\w+ )?(?:hide|hid|lock myself) (?:in|from|under|away)\b"
        r"(?=[^\n]*\b(?:angry|mad|rage|raging|drunk|temper|shout\w*|scream\w*|yell\w*|kicks off|loses it)\b)"
        r"|\btrip\w* me\b(?=[^\n]*\b(?:on purpose|deliberately|stairs|down)\b)"
        r"|\bthr(?:ew|ows|owing|own) (?:a |the |his |her |my |some |hot |boiling )*\w+ (?:on|over|in) (?:me|my (?:face|head|body|back))\b"
        r"|\b(?:scared|afraid|terrified|frightened) to (?:go to bed|sleep|fall asleep|be in the same room|be alone|go to sleep|"
        r"wake (?:him|her)|make a noise|breathe)\b"
        r"|\bto see where i (?:have been|was|went|go|am)\b",
        {},
        "more control and violence: no way to call anyone, allowed out only, wages handed over, hiding",
    ),
    (
        "abuse.last",
        "abuse",
        r"\b(?:i )?(?:\w+ ){0,4}without (?:his|her|their) (?:say ?so|permission|ok|okay|approval|consent)\b"
        r"|\bmakes? me (?:hang up|put the phone down|end the call|come home|stay (?:in|home))\b"
        r"|\b(?:listens? (?:in )?to|records?|recording) (?:all )?my (?:calls|phone calls|conversations)\b"
        r"|\b(?:says|said|calls me|told me) (?:that )?i am (?:\w+ ){0,2}(?:pathetic|worthless|useless|stupid|disgusting|nothing|a failure|"
        r"ugly|fat|crazy|unlovable)\b"
        r"|\b(?:dumped|threw|chucked|put) (?:all )?my (?:clothes|things|stuff|belongings|bags?)\b (?:\w+ ){0,3}(?:out|outside|on the "
        r"(?:lawn|street|drive|doorstep)|in the (?:bin|street|garden))\b"
        r"|\b(?:hand|give) (?:him|her|them) (?:over )?my (?:card|bank card|wages|pay|money|salary|cards)\b"
        r"|\b(?:scream\w*|yell\w*|shout\w*) in my face\b"
        r"|\bso i have no (?:privacy|money|phone|way out|car|friends)\b"
        r"|\b(?:list of )?rules (?:for me|i have to follow|i must follow)\b|\bgives me (?:a list of )?rules\b",
        {},
        "still more control: his say-so, calls listened to, belongings dumped, wages handed over, rules",
    ),
    (
        "abuse.lexicon",
        "abuse",
        r"\bcontrols? (?:where i go|who i (?:see|talk to|text|meet)|when i (?:go|leave|come)|how i (?:dress|spend|look))\b",
        {},
        "control of movement and company",
    ),
]
