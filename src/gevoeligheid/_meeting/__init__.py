"""For the periodic meeting: a portfolio report, a dossier's timeline, and the
impact of new rules."""
