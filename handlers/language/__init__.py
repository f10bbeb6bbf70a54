"""Language: reading what people write and say.

The free-text parser (:mod:`.nlu`, its entry point; the rules, the learned parser and the
checks each have a module named for them), the date and time rules (:mod:`.dates` and its
``date_*`` modules) with the words of each language (:mod:`.datewords`), numbers written as
words (:mod:`.numwords`), the amount at the end of a deal title (:mod:`.amounts`), recurrence
words (:mod:`.repeat_words`) and the time phrases of commands (:mod:`.when`) live here, apart
from the command handlers, so that everything that turns words into values has one home.
"""
