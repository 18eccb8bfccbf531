"""Function words of the app's languages (English, Indonesian, Malay, Filipino): words that
tell nothing about what a passage is about ("is", "the", "yang", "ang"), so a passage never
matches a question by them alone.

Words are compared lowercased and without accents (as the word index stores them), before
any stemming. Words that are function words in one language but things in another ("may",
the month) are left out of the lists.
"""

from __future__ import annotations

import unicodedata


def _listed(words: str) -> frozenset[str]:
    return frozenset(words.split())


ENGLISH = _listed("""
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each either
else ever every few for from further had has have having he her here hers herself him
himself his how however i if in into is it its itself just me mine more most much must my
myself neither no nor not now of off on once only onto or other our ours ourselves out over
own per same shall she should so some such than that the their theirs them themselves then
there these they this those though through thus to too under until up upon us very via was
we were what whatever when whenever where whereas wherever whether which while who whoever
whom whose why will with within without would yet you your yours yourself yourselves
s t d ll m re ve don doesn didn isn aren wasn weren won wouldn shouldn couldn can cannot
""")

# Indonesian and Malay share most of their function words; both spellings are here
# (karena/kerana, bahwa/bahawa, saja/sahaja).
INDONESIAN_MALAY = _listed("""
yang dan di ke dari ini itu untuk dengan pada adalah ialah merupakan dalam tidak tak bukan
akan atau juga ada oleh sebagai saya aku kami kita mereka dia ia beliau anda kamu engkau
awak apa siapa mana bagaimana macam mengapa kenapa kapan bila bilakah berapa apakah
manakah siapakah sudah telah belum masih sedang bisa boleh dapat harus mesti perlu pun lah
kah tersebut saja sahaja hanya lagi sangat amat lebih paling karena kerana sebab jika kalau
jikalau maka tetapi tapi namun serta agar supaya bahwa bahawa para setiap semua sebuah
seorang sesuatu tentang terhadap kepada daripada antara hingga sampai sejak ketika
sementara selama secara begitu begini sini situ sana nya pula ni tu ya iya
""")

FILIPINO = _listed("""
ang ng mga sa na at ay si ni kay sina nina kina ko mo niya namin natin ninyo nila ako ikaw
ka siya kami tayo kayo sila akin iyo kanya amin atin inyo kanila ito iyan iyon dito diyan
doon ano sino saan kailan paano bakit alin ilan magkano hindi huwag oo din rin lang lamang
po opo pa ba nga naman kung para mayroon meron wala kasi dahil pero ngunit subalit o nang
noon kapag pag habang upang tungkol yung yun kaya rito riyan roon nasa
""")

STOP_WORDS = ENGLISH | INDONESIAN_MALAY | FILIPINO


def plain(word: str) -> str:
    """A word lowercased and without accents ("Café" → "cafe"), as stop words are listed."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_stop_word(word: str) -> bool:
    """Whether a word (any case, with or without accents) is a function word."""
    return plain(word) in STOP_WORDS
