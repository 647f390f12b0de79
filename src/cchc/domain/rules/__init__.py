"""The shared rules: one pure validator per kind of record (``validate(record, ...) ->
list[Problem]``). The clerk's commands, every importer and ``cchc check`` call these same
functions, so a rule added here is enforced and checked everywhere. No I/O: what a validator
needs of a record's neighbours (the meeting kinds, a plan's existence, today's date) is passed in.
"""
