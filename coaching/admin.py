"""Coaching registers nothing in the admin, on purpose.

Everything coaching stores is a person's private work: invitations in their own words, "I"
statement drafts, "is it me?" answers, which practices they marked or chose to focus on. Staff
have no reason to read it, so none of it is browsable here. The catalogs (quiz, scripts, practices, reflection rules,
help) live in code under coaching/catalog/, one reviewable file each, and change through review.
"""
