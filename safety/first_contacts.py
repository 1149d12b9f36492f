"""First version of the help contacts, until the safety app keeps them as admin-editable data.

Checked in public sources on 2026-11-22.
"""

EMERGENCY = {
    "US": [
        ("Emergency", "911", ""),
        ("National Domestic Violence Hotline", "800-799-7233", ""),
        ("988 Suicide & Crisis Lifeline", "988", "988"),
    ],
    "GB": [
        ("Emergency", "999", ""),
        ("National Domestic Abuse Helpline", "0808 2000 247", ""),
        ("Samaritans", "116 123", ""),
    ],
    "IE": [
        ("Emergency", "112", ""),
        ("Women's Aid", "1800 341 900", ""),
        ("Samaritans", "116 123", ""),
    ],
    "CA": [("Emergency", "911", ""), ("Suicide Crisis Helpline", "988", "988")],
    "AU": [
        ("Emergency", "000", ""),
        ("1800RESPECT", "1800 737 732", ""),
        ("Lifeline", "13 11 14", ""),
    ],
    "NZ": [
        ("Emergency", "111", ""),
        ("Women's Refuge", "0800 733 843", ""),
        ("Need to talk?", "1737", "1737"),
    ],
}
