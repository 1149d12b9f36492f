"""Coaching copy, one reviewable file per catalog; each kind of entry is a frozen dataclass
defined at the top of its file.

refusals.py  which "no" is it: the three types, the quiz and the misread warning
scripts.py   invitation scripts per type, and the invitation's limits
practice.py  do your half / stop doing theirs
builder.py   "I" statement template and the accusation patterns with gentler rewrites
reflections.py  the documented rules behind the notes on a journal entry
is_it_me.py  the two honest tests
help.py      human help and reading
"""
