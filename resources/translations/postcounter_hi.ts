<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>Acceptance</name>
    <message>
        <location filename="../../app/services/acceptance.py" line="75"/>
        <source>{s10} was already accepted: an identifier is never used twice. Use a new label.</source>
        <translation>{s10} पहले ही बुक हो चुका है: एक संख्या दो बार प्रयोग नहीं होती। नया लेबल लगाएँ।</translation>
    </message>
    <message>
        <location filename="../../app/services/acceptance.py" line="101"/>
        <source>List {number} was closed on {day}: nothing more is accepted into it. The customer sends the parcel on a new list.</source>
        <translation>सूची {number} {day} को बंद हो गई: इसमें अब कुछ भी स्वीकार नहीं होगा। ग्राहक पार्सल को नई सूची में भेजे।</translation>
    </message>
</context>
<context>
    <name>AcceptanceForm</name>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="124"/>
        <location filename="../../app/ui/acceptance_form.py" line="170"/>
        <source>Piece</source>
        <translation>नग</translation>
    </message>
    <message>
        <source>Scan the label or type the S10 number</source>
        <translation type="vanished">लेबल स्कैन करें या S10 संख्या टाइप करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="128"/>
        <source>Scan the label or type the S10 number · F3: new number for an unlabelled parcel</source>
        <translation>लेबल या S10 · F3: नई संख्या</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="149"/>
        <source>Length, cm</source>
        <translation>लंबाई, cm</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="150"/>
        <source>Width, cm</source>
        <translation>चौड़ाई, cm</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="151"/>
        <source>Height, cm</source>
        <translation>ऊँचाई, cm</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="170"/>
        <source>S10</source>
        <translation>S10</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="170"/>
        <source>Gross, kg</source>
        <translation>सकल, kg</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="170"/>
        <source>L×W×H, cm</source>
        <translation>ल×चौ×ऊँ, cm</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="178"/>
        <source>Another piece (Ctrl+N)</source>
        <translation>एक और नग (Ctrl+N)</translation>
    </message>
    <message>
        <source>Sender · F4: business sender</source>
        <translation type="vanished">प्रेषक · F4: व्यावसायिक प्रेषक</translation>
    </message>
    <message>
        <source>Tracking number (S10)</source>
        <translation type="vanished">ट्रैकिंग संख्या (S10)</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="181"/>
        <source>Tracking number (S10) · F3: new number</source>
        <translation>ट्रैकिंग संख्या (S10) · F3: नई संख्या</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="214"/>
        <source>Sender</source>
        <translation>प्रेषक</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="215"/>
        <source>F4: a business sender</source>
        <translation>F4: व्यावसायिक प्रेषक</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="219"/>
        <source>Addressee</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="223"/>
        <source>Customs declaration (CN 23)</source>
        <translation>सीमा शुल्क घोषणा (CN 23)</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation type="vanished">शुल्क</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="247"/>
        <source>Chargeable weight</source>
        <translation>प्रभार्य भार</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="248"/>
        <source>Fee to pay now</source>
        <translation>अभी देय शुल्क</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="249"/>
        <source>Expected import duty</source>
        <translation>अनुमानित आयात शुल्क</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="257"/>
        <source>Accept  (F12)</source>
        <translation>बुक करें  (F12)</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="260"/>
        <source>New consignment</source>
        <translation>नया प्रेषण</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="548"/>
        <source>{kg} kg</source>
        <translation>{kg} kg</translation>
    </message>
    <message>
        <source>none expected</source>
        <translation type="vanished">अपेक्षित नहीं</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="573"/>
        <source>⚠ exchange rate of {day}: out of date</source>
        <translation>⚠ {day} की विनिमय दर पुरानी है</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="583"/>
        <source> · public {fee}</source>
        <translation> · सामान्य दर {fee}</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="590"/>
        <source>Contract price: {plan}</source>
        <translation>अनुबंध मूल्य: {plan}</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="622"/>
        <source>Accepted {s10} · fee {fee}</source>
        <translation>बुक हुआ {s10} · शुल्क {fee}</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="634"/>
        <source>Not saved: {error}. Nothing typed is lost; try Accept again.</source>
        <translation>सहेजा नहीं गया: {error}। टाइप किया कुछ भी नहीं खोया; फिर से «बुक करें» दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="696"/>
        <source>Start a new consignment?</source>
        <translation>नया प्रेषण शुरू करें?</translation>
    </message>
    <message>
        <source>Everything typed for this consignment will be cleared.</source>
        <translation type="vanished">इस प्रेषण के लिए टाइप किया सब कुछ मिट जाएगा।</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="539"/>
        <source>CN 23 line {n}: {text}</source>
        <translation>CN 23 पंक्ति {n}: {text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="697"/>
        <source>Everything typed for this consignment will be cleared, the captured weight too.</source>
        <translation>इस प्रेषण के लिए टाइप किया गया सब कुछ मिट जाएगा, दर्ज किया गया भार भी।</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="568"/>
        <source>no estimate</source>
        <translation>कोई अनुमान नहीं</translation>
    </message>
</context>
<context>
    <name>AccountMethod</name>
    <message>
        <location filename="../../app/ui/account_method.py" line="57"/>
        <source>On account of {customer}</source>
        <translation>{customer} के खाते पर</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_method.py" line="59"/>
        <source>On account of {customer}: {available} of credit left</source>
        <translation>{customer} के खाते पर: शेष क्रेडिट {available}</translation>
    </message>
</context>
<context>
    <name>Amend</name>
    <message>
        <location filename="../../app/services/amend.py" line="134"/>
        <source>{field}: give a whole number, not “{text}”.</source>
        <translation>{field}: पूर्ण संख्या दें, “{text}” नहीं।</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="136"/>
        <source>Give a whole number.</source>
        <translation>पूर्ण संख्या दें।</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="143"/>
        <source>{field}: give an amount such as 120.50, not “{text}”.</source>
        <translation>{field}: 120.50 जैसी राशि दें, “{text}” नहीं।</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="149"/>
        <source>Give an amount such as 120.50.</source>
        <translation>120.50 जैसी राशि दें।</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="170"/>
        <source>{field}: choose one of {choices}.</source>
        <translation>{field}: इनमें से एक चुनें: {choices}।</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="176"/>
        <source>Choose one of {choices}.</source>
        <translation>इनमें से एक चुनें: {choices}।</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="196"/>
        <source>{field} cannot be corrected here.</source>
        <translation>{field} यहाँ सुधारा नहीं जा सकता।</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="234"/>
        <source>Nothing was changed.</source>
        <translation>कुछ नहीं बदला।</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="303"/>
        <location filename="../../app/services/amend.py" line="361"/>
        <source>Say why the acceptance is corrected.</source>
        <translation>बताएँ कि बुकिंग क्यों सुधारी जा रही है।</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="310"/>
        <location filename="../../app/services/relabel.py" line="55"/>
        <source>Item {id} does not need attention any more.</source>
        <translation>आइटम {id} पर अब ध्यान देने की ज़रूरत नहीं है।</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="315"/>
        <source>Item {id} is not an acceptance.</source>
        <translation>आइटम {id} कोई बुकिंग नहीं है।</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="320"/>
        <location filename="../../app/services/relabel.py" line="62"/>
        <source>The acceptance of item {id} is not on this terminal.</source>
        <translation>आइटम {id} की बुकिंग इस टर्मिनल पर नहीं है।</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="368"/>
        <source>Acceptance {id} is not on this terminal.</source>
        <translation>बुकिंग {id} इस टर्मिनल पर नहीं है।</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="373"/>
        <source>A voided acceptance is not corrected: accept it anew.</source>
        <translation>रद्द की गई बुकिंग सुधारी नहीं जाती: पार्सल फिर से बुक करें।</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="384"/>
        <source>Acceptance {id} has no record to correct.</source>
        <translation>बुकिंग {id} का सुधारने योग्य कोई रिकॉर्ड नहीं है।</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="214"/>
        <source>A supervisor must approve the correction.</source>
        <translation>सुधार को पर्यवेक्षक की स्वीकृति चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="243"/>
        <source>The corrected acceptance still has problems.</source>
        <translation>सुधारी गई बुकिंग में अब भी समस्याएँ हैं।</translation>
    </message>
    <message>
        <location filename="../../app/services/relabel.py" line="72"/>
        <source>No identifiers left in this branch&apos;s blocks: connect to central to get a new block. ({error})</source>
        <translation>इस शाखा के ब्लॉकों में कोई संख्या नहीं बची: नया ब्लॉक पाने के लिए केंद्र से जुड़ें। ({error})</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/application.py" line="80"/>
        <location filename="../../app/ui/application.py" line="162"/>
        <source>PostCounter cannot open its database</source>
        <translation>PostCounter अपना डेटाबेस नहीं खोल पा रहा</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="46"/>
        <source>correction</source>
        <translation>सुधार</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="47"/>
        <source>void</source>
        <translation>रद्दीकरण</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="48"/>
        <source>day close</source>
        <translation>दिन समापन</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="49"/>
        <source>payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="51"/>
        <source>return receipt</source>
        <translation>वापसी रसीद</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="52"/>
        <source>list closed</source>
        <translation>सूची बंद</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="54"/>
        <source>list receipt</source>
        <translation>सूची की रसीद</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="69"/>
        <source>Sender</source>
        <translation>प्रेषक</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="70"/>
        <source>Addressee</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="71"/>
        <source>CN 23</source>
        <translation>CN 23</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="72"/>
        <source>piece</source>
        <translation>नग</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="75"/>
        <source>name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="76"/>
        <source>phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="77"/>
        <source>street</source>
        <translation>गली, मकान</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="78"/>
        <source>city</source>
        <translation>शहर</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="79"/>
        <source>postcode</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="80"/>
        <source>country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="81"/>
        <source>category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="82"/>
        <source>line</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="83"/>
        <source>value</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="84"/>
        <source>HS code</source>
        <translation>HS कोड</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="85"/>
        <source>country of origin</source>
        <translation>मूल देश</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="104"/>
        <source>Central refused it: this tracking number is already used for another parcel.</source>
        <translation>केंद्र ने अस्वीकार किया: यह ट्रैकिंग संख्या पहले ही किसी अन्य पार्सल के लिए उपयोग हो चुकी है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="107"/>
        <source>Relabel: a new number from the block, a new label on the parcel.</source>
        <translation>नया लेबल: ब्लॉक से नई संख्या, पार्सल पर नया लेबल।</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="113"/>
        <source>Central holds this item with other data: {reason}</source>
        <translation>केंद्र के पास यह मद अन्य डेटा के साथ है: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="116"/>
        <source>Check with your supervisor; Fix… sends the terminal&apos;s version again.</source>
        <translation>अपने पर्यवेक्षक से पूछें; «सुधारें…» टर्मिनल का संस्करण फिर से भेजता है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="122"/>
        <source>Central refused: {fields}</source>
        <translation>केंद्र ने अस्वीकार किया: {fields}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="124"/>
        <source>Central refused it: {reason}</source>
        <translation>केंद्र ने अस्वीकार किया: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="129"/>
        <source>Fix…: correct the fields central named, a supervisor approves.</source>
        <translation>«सुधारें…»: केंद्र द्वारा बताए गए फ़ील्ड ठीक करें, पर्यवेक्षक स्वीकृति देता है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="133"/>
        <source>Fix…: say why, and it is sent again.</source>
        <translation>«सुधारें…»: कारण बताएँ, और यह फिर से भेजा जाएगा।</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <source>No.</source>
        <translation type="vanished">क्र.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">प्रकार</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="vanished">प्रविष्टि</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="vanished">स्थिति</translation>
    </message>
    <message>
        <source>Central&apos;s reason</source>
        <translation type="vanished">केंद्र का कारण</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="153"/>
        <source>Nothing needs attention: central accepted every item.</source>
        <translation>कुछ भी लंबित नहीं: केंद्र ने हर प्रविष्टि स्वीकार की।</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="91"/>
        <source>Refresh</source>
        <translation>ताज़ा करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="93"/>
        <source>Fix…</source>
        <translation>सुधारें…</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="vanished">अस्वीकृत</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="vanished">टकराव</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="178"/>
        <source>Opening item {id}…</source>
        <translation>आइटम {id} खोला जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="197"/>
        <source>Not sent: a supervisor must approve the correction.</source>
        <translation>नहीं भेजा गया: सुधार को पर्यवेक्षक की स्वीकृति चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="220"/>
        <source>Correction queued; it is sent with the next sync.</source>
        <translation>सुधार कतार में है; अगले सिंक के साथ भेजा जाएगा।</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="69"/>
        <source>Parcel</source>
        <translation>पार्सल</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="69"/>
        <source>What central said</source>
        <translation>केंद्र ने क्या कहा</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="69"/>
        <source>What to do</source>
        <translation>क्या करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="96"/>
        <source>Relabel…</source>
        <translation>नया लेबल…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="99"/>
        <source>A new number from the block, the label printed again, central told.</source>
        <translation>ब्लॉक से नई संख्या, लेबल फिर से छपता है, केंद्र को सूचना जाती है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="144"/>
        <source>Central is not configured: nothing is sent, so central has not checked anything yet (a supervisor runs sync configure).</source>
        <translation>केंद्र कॉन्फ़िगर नहीं है: कुछ नहीं भेजा जाता, इसलिए केंद्र ने अभी तक कुछ नहीं जाँचा (पर्यवेक्षक sync configure चलाता है)।</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="149"/>
        <source>Central has not answered yet: this list fills after the first sync (F5).</source>
        <translation>केंद्र ने अभी उत्तर नहीं दिया: यह सूची पहले सिंक (F5) के बाद भरेगी।</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <location filename="../../app/services/auth.py" line="130"/>
        <source>A PIN is digits only.</source>
        <translation>PIN में केवल अंक होते हैं।</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="132"/>
        <source>A PIN has at least 6 digits.</source>
        <translation>PIN में कम से कम 6 अंक होते हैं।</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="134"/>
        <source>A PIN has at most 12 digits.</source>
        <translation>PIN में अधिकतम 12 अंक होते हैं।</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="136"/>
        <source>Choose a PIN that is not a row or a repeat of one digit.</source>
        <translation>ऐसा PIN चुनें जो लगातार अंकों की पंक्ति या एक ही अंक की पुनरावृत्ति न हो।</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="152"/>
        <source>Too many wrong PINs: this staff number is locked for {minutes} more minute(s), until {until}, or until a supervisor unlocks it.</source>
        <translation>बहुत सारे गलत PIN: यह स्टाफ़ नंबर {minutes} मिनट और, {until} बजे तक, या पर्यवेक्षक द्वारा अनलॉक किए जाने तक लॉक है।</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="193"/>
        <location filename="../../app/services/auth.py" line="268"/>
        <location filename="../../app/services/auth.py" line="339"/>
        <source>Staff number or PIN is wrong.</source>
        <translation>स्टाफ़ नंबर या PIN गलत है।</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="272"/>
        <location filename="../../app/services/auth.py" line="302"/>
        <source>{name} is not a supervisor: a supervisor must approve this.</source>
        <translation>{name} पर्यवेक्षक नहीं हैं: इसे किसी पर्यवेक्षक को स्वीकृत करना होगा।</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <location filename="../../app/ui/backup_status.py" line="119"/>
        <source>No backup folder set</source>
        <translation>बैकअप फ़ोल्डर सेट नहीं है</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_status.py" line="121"/>
        <source>No backup yet</source>
        <translation>अभी तक कोई बैकअप नहीं</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_status.py" line="125"/>
        <source>just now</source>
        <translation>अभी</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_status.py" line="127"/>
        <source>{n} min ago</source>
        <translation>{n} मिनट पहले</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_status.py" line="129"/>
        <source>{n} h ago</source>
        <translation>{n} घंटे पहले</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_status.py" line="131"/>
        <source>{n} days ago</source>
        <translation>{n} दिन पहले</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_status.py" line="134"/>
        <source>Backup: {ago}</source>
        <translation>बैकअप: {ago}</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_status.py" line="145"/>
        <source>Last verified backup {time} UTC in {folder}</source>
        <translation>अंतिम जाँचा हुआ बैकअप {time} UTC, {folder} में</translation>
    </message>
    <message>
        <source>Last backup: {ago}</source>
        <translation type="vanished">अंतिम बैकअप: {ago}</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <location filename="../../app/services/batch_counter.py" line="30"/>
        <source>There is no list {number} on this terminal: import the marketplace&apos;s list first (Tools → Import pre-advice file…), then scan it again.</source>
        <translation>इस टर्मिनल पर सूची {number} नहीं है: पहले मार्केटप्लेस की सूची आयात करें (उपकरण → पूर्व-सूचना फ़ाइल आयात करें…), फिर उसे दोबारा स्कैन करें।</translation>
    </message>
    <message>
        <location filename="../../app/services/batch_counter.py" line="35"/>
        <source>List {number} is closed: nothing more is accepted into it.</source>
        <translation>सूची {number} बंद है: इसमें अब कुछ भी स्वीकार नहीं होगा।</translation>
    </message>
    <message>
        <location filename="../../app/services/batch_counter.py" line="36"/>
        <source>{s10} is not on list {number}: put the parcel aside and accept it outside the batch (leave the list with Ctrl+Shift+B).</source>
        <translation>{s10} सूची {number} में नहीं है: पार्सल अलग रखें और उसे बैच के बाहर स्वीकार करें (सूची से बाहर निकलें: Ctrl+Shift+B)।</translation>
    </message>
    <message>
        <location filename="../../app/services/batch_counter.py" line="41"/>
        <source>{s10} is on list {other}, not this one ({number}): put it with its own list.</source>
        <translation>{s10} सूची {other} में है, इस ({number}) में नहीं: इसे इसकी अपनी सूची के साथ रखें।</translation>
    </message>
    <message>
        <location filename="../../app/services/batch_counter.py" line="44"/>
        <source>{s10} of list {number} is already accepted.</source>
        <translation>सूची {number} का {s10} पहले ही स्वीकार हो चुका है।</translation>
    </message>
    <message>
        <location filename="../../app/services/batch_counter.py" line="45"/>
        <source>{s10} is on list {number} (row {row}).</source>
        <translation>{s10} सूची {number} में है (पंक्ति {row})।</translation>
    </message>
</context>
<context>
    <name>BatchBar</name>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="85"/>
        <source>Leave the list (Ctrl+Shift+B)</source>
        <translation>सूची से बाहर निकलें (Ctrl+Shift+B)</translation>
    </message>
</context>
<context>
    <name>BatchClose</name>
    <message>
        <location filename="../../app/services/batch_close.py" line="99"/>
        <source>A supervisor of this branch must close the list: ask one to enter their PIN.</source>
        <translation>सूची इस शाखा का पर्यवेक्षक ही बंद कर सकता है: किसी पर्यवेक्षक से PIN डालने को कहें।</translation>
    </message>
    <message>
        <location filename="../../app/services/batch_close.py" line="105"/>
        <source>{name} is not a supervisor: a supervisor must close the list.</source>
        <translation>{name} पर्यवेक्षक नहीं हैं: सूची पर्यवेक्षक ही बंद कर सकता है।</translation>
    </message>
    <message>
        <location filename="../../app/services/batch_close.py" line="114"/>
        <source>List {number} was closed on {day} by {name}: nothing more is accepted into it or paid for it. Reprint its act instead.</source>
        <translation>सूची {number} {day} को {name} ने बंद की: इसमें अब न कुछ स्वीकार होगा न भुगतान। इसके बजाय इसका स्वीकृति प्रपत्र दोबारा छापें।</translation>
    </message>
    <message>
        <location filename="../../app/services/batch_close.py" line="159"/>
        <source>This list is not on this terminal.</source>
        <translation>यह सूची इस टर्मिनल पर नहीं है।</translation>
    </message>
    <message>
        <location filename="../../app/services/batch_close.py" line="165"/>
        <source>List {number} has {count} items, more than {limit} one close can send: ask head office to split it.</source>
        <translation>सूची {number} में {count} आइटम हैं, एक बार बंद करने में भेजे जा सकने वाले {limit} से अधिक: मुख्यालय से इसे बाँटने को कहें।</translation>
    </message>
    <message>
        <location filename="../../app/services/batch_close.py" line="177"/>
        <source>Nothing of list {number} is accepted yet: there is nothing to close or to pay. Accept its items first.</source>
        <translation>सूची {number} का अभी कुछ भी स्वीकार नहीं हुआ: बंद करने या भुगतान के लिए कुछ नहीं है। पहले इसके आइटम स्वीकार करें।</translation>
    </message>
    <message>
        <location filename="../../app/services/batch_close.py" line="189"/>
        <source>{customer} is not in this terminal&apos;s customer list: it cannot pay on account. Take the payment in cash or card, or sync the reference data.</source>
        <translation>{customer} इस टर्मिनल की ग्राहक सूची में नहीं है: खाते पर भुगतान नहीं हो सकता। नकद या कार्ड से भुगतान लें, या संदर्भ डेटा सिंक करें।</translation>
    </message>
    <message>
        <location filename="../../app/services/batch_close.py" line="281"/>
        <source>{s10} was charged in {other}, the list is paid in {currency}: void it and accept it again before closing.</source>
        <translation>{s10} का शुल्क {other} में लगा, सूची का भुगतान {currency} में है: बंद करने से पहले इसे रद्द करके दोबारा स्वीकार करें।</translation>
    </message>
</context>
<context>
    <name>BatchCloseDialog</name>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="65"/>
        <source>Close list {number}</source>
        <translation>सूची {number} बंद करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="66"/>
        <source>Closing locks the list: items not accepted by now are missing and nothing more is accepted into it. The accepted items are paid in one payment.</source>
        <translation>बंद करने से सूची लॉक हो जाती है: अब तक स्वीकार न हुए आइटम लापता माने जाते हैं और इसमें आगे कुछ स्वीकार नहीं होता। स्वीकार किए गए आइटम का भुगतान एक ही भुगतान में होता है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="96"/>
        <source>List {number} is closed already: reprint its act instead.</source>
        <translation>सूची {number} पहले ही बंद है: इसके बजाय इसका स्वीकृति प्रपत्र दोबारा छापें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="106"/>
        <source>Summary of list {number}</source>
        <translation>सूची {number} का सारांश</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="117"/>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="118"/>
        <source>Accepted</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="119"/>
        <source>Weight differences</source>
        <translation>वज़न में अंतर</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="122"/>
        <source>and {n} more</source>
        <translation>और {n} और</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="124"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="125"/>
        <source>Missing</source>
        <translation>लापता</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="126"/>
        <source>To pay</source>
        <translation>देय राशि</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="131"/>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="132"/>
        <source>&amp;Cash</source>
        <translation>&amp;नकद</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="133"/>
        <source>Ca&amp;rd</source>
        <translation>&amp;कार्ड</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="134"/>
        <source>&amp;Account</source>
        <translation>&amp;खाता</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="144"/>
        <source>Still available on the account: {amount}</source>
        <translation>खाते पर अभी उपलब्ध: {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="151"/>
        <source>{customer} may not pay on account.</source>
        <translation>{customer} खाते पर भुगतान नहीं कर सकता।</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="155"/>
        <source>exact amount</source>
        <translation>सटीक राशि</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="165"/>
        <source>Cash received</source>
        <translation>प्राप्त नकद</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="166"/>
        <source>Change</source>
        <translation>वापसी</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="191"/>
        <source>type the cash received, e.g. 2000</source>
        <translation>प्राप्त नकद लिखें, जैसे 2000</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="206"/>
        <source>Type the cash received, e.g. 2000.</source>
        <translation>प्राप्त नकद लिखें, जैसे 2000।</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="235"/>
        <source>The list could not be closed: {reason}</source>
        <translation>सूची बंद नहीं हो सकी: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="246"/>
        <source>List {number} is closed; its receipt is not registered yet: {advice}</source>
        <translation>सूची {number} बंद हो गई; इसकी रसीद अभी पंजीकृत नहीं हुई: {advice}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="251"/>
        <source>Acceptance act {number}</source>
        <translation>स्वीकृति प्रपत्र {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="268"/>
        <source>The act could not be made: {reason}</source>
        <translation>स्वीकृति प्रपत्र नहीं बन सका: {reason}</translation>
    </message>
</context>
<context>
    <name>BatchMode</name>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="143"/>
        <source>&amp;Marketplace lists…</source>
        <translation>मार्केटप्लेस सूचियाँ (&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="146"/>
        <source>&amp;Leave the list</source>
        <translation>सूची से बाहर निकलें (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="217"/>
        <source>The list could not be read: {error}</source>
        <translation>सूची पढ़ी नहीं जा सकी: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="226"/>
        <source>Work on list {number}?</source>
        <translation>सूची {number} पर काम करें?</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="227"/>
        <source>The consignment on the form is not accepted yet. Clear it and start the list?</source>
        <translation>फ़ॉर्म पर खेप अभी स्वीकार नहीं हुई है। इसे साफ़ करके सूची शुरू करें?</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="249"/>
        <source>List {number}: scan its items (F8 weighs, F12 accepts).</source>
        <translation>सूची {number}: इसकी वस्तुएँ स्कैन करें (F8 तौलता है, F12 स्वीकार करता है)।</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="266"/>
        <source>Left the list.</source>
        <translation>सूची से बाहर निकल गए।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/batch_mode.py" line="273"/>
        <source>%n of {total} accepted</source>
        <translation>
            <numerusform>{total} में से %n स्वीकृत</numerusform>
            <numerusform>{total} में से %n स्वीकृत</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/batch_mode.py" line="274"/>
        <source>%n weight difference(s)</source>
        <translation>
            <numerusform>%n वज़न अंतर</numerusform>
            <numerusform>%n वज़न अंतर</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/batch_mode.py" line="275"/>
        <source>%n to go</source>
        <translation>
            <numerusform>%n बाकी</numerusform>
            <numerusform>%n बाकी</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="277"/>
        <source>no customer</source>
        <translation>कोई ग्राहक नहीं</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="315"/>
        <source>declared {kg} kg</source>
        <translation>घोषित {kg} kg</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="317"/>
        <source>no weight declared</source>
        <translation>कोई वज़न घोषित नहीं</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="323"/>
        <source>{grouped} · on the list · {declared} · F8 weighs, F12 accepts</source>
        <translation>{grouped} · सूची में है · {declared} · F8 तौलता है, F12 स्वीकार करता है</translation>
    </message>
    <message>
        <source>{grouped} · {text} · {declared} · F8 weighs, F12 accepts</source>
        <translation type="vanished">{grouped} · {text} · {declared} · F8 तौलता है, F12 स्वीकार करता है</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="359"/>
        <source>Weight differs from the list: declared {declared} kg, actual {actual} kg, difference {diff} kg (more than {allowed} kg allowed). Charged by the actual weight; F12 accepts and records the difference.</source>
        <translation>वज़न सूची से अलग है: घोषित {declared} kg, वास्तविक {actual} kg, अंतर {diff} kg (अनुमत {allowed} kg से अधिक)। शुल्क वास्तविक वज़न से; F12 स्वीकार करता है और अंतर दर्ज करता है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="373"/>
        <source>Weight as declared: {actual} kg (list: {declared} kg).</source>
        <translation>वज़न घोषित के अनुसार: {actual} kg (सूची: {declared} kg)।</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="393"/>
        <source>In batch mode only an item of list {number} is accepted, one at a time: scan it. Leave the list (Ctrl+Shift+B) for other parcels.</source>
        <translation>बैच मोड में केवल सूची {number} की वस्तु, एक-एक करके, स्वीकार होती है: उसे स्कैन करें। अन्य पार्सलों के लिए सूची से बाहर निकलें (Ctrl+Shift+B)।</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="419"/>
        <source>{s10} accepted with its weight difference recorded.</source>
        <translation>{s10} स्वीकार हुआ, वज़न का अंतर दर्ज किया गया।</translation>
    </message>
</context>
<context>
    <name>BatchScreen</name>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="48"/>
        <source>Marketplace lists</source>
        <translation>मार्केटप्लेस सूचियाँ</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="52"/>
        <source>Scan the list&apos;s barcode or type its number and press Enter, or pick the list below. Each item then takes three keys: scan, F8, F12.</source>
        <translation>सूची का बारकोड स्कैन करें या उसका नंबर टाइप करके Enter दबाएँ, या नीचे से सूची चुनें। फिर हर वस्तु में तीन कुंजियाँ: स्कैन, F8, F12।</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="62"/>
        <source>List number, e.g. IN-MP-2026-000123</source>
        <translation>सूची नंबर, जैसे IN-MP-2026-000123</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="68"/>
        <source>List</source>
        <translation>सूची</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="69"/>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="70"/>
        <source>Accepted</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="71"/>
        <source>Weight differences</source>
        <translation>वज़न अंतर</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="72"/>
        <source>To go</source>
        <translation>बाकी</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="88"/>
        <source>{accepted} of {total}</source>
        <translation>{total} में से {accepted}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="101"/>
        <source>No open lists on this terminal: import a marketplace&apos;s list with Tools → Import pre-advice file… and give the list&apos;s number there (a JSON list brings its own).</source>
        <translation>इस टर्मिनल पर कोई खुली सूची नहीं है: उपकरण → पूर्व-सूचना फ़ाइल आयात करें… से मार्केटप्लेस की सूची आयात करें और वहीं सूची का नंबर दें (JSON सूची में उसका अपना नंबर होता है)।</translation>
    </message>
    <message>
        <source>No open lists on this terminal: import a marketplace&apos;s list with Tools → Import pre-advice file…</source>
        <translation type="vanished">इस टर्मिनल पर कोई खुली सूची नहीं है: उपकरण → पूर्व-सूचना फ़ाइल आयात करें… से मार्केटप्लेस की सूची आयात करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="115"/>
        <source>Work on this list</source>
        <translation>इस सूची पर काम करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="119"/>
        <source>Close batch…</source>
        <translation>बैच बंद करें…</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="122"/>
        <source>A supervisor closes the list: missing items, the act, the payment.</source>
        <translation>सूची पर्यवेक्षक बंद करता है: छूटी वस्तुएँ, अधिनियम पत्र, भुगतान।</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="126"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="165"/>
        <source>{number} is not an open list on this terminal: check the number, or import the list first.</source>
        <translation>{number} इस टर्मिनल पर खुली सूची नहीं है: नंबर जाँचें, या पहले सूची आयात करें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="176"/>
        <source>Pick a list, or scan its barcode.</source>
        <translation>कोई सूची चुनें, या उसका बारकोड स्कैन करें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="183"/>
        <source>Pick the list to close.</source>
        <translation>बंद करने के लिए सूची चुनें।</translation>
    </message>
</context>
<context>
    <name>BusinessSenderBar</name>
    <message>
        <location filename="../../app/ui/business_sender.py" line="181"/>
        <source>Business sender</source>
        <translation>व्यावसायिक प्रेषक</translation>
    </message>
    <message>
        <location filename="../../app/ui/business_sender.py" line="185"/>
        <source>Public tariff (Shift+F4)</source>
        <translation>सामान्य दर (Shift+F4)</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <location filename="../../app/domain/capture.py" line="100"/>
        <source>No weight from the scale: check that it is connected.</source>
        <translation>तौल मशीन से भार नहीं मिला: जाँचें कि वह जुड़ी है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="101"/>
        <source>The last weight is {age} s old: the scale stopped sending. Check its cable.</source>
        <translation>अंतिम भार {age} सेकंड पुराना है: तौल मशीन ने भेजना बंद कर दिया। केबल जाँचें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="104"/>
        <source>The scale is overloaded: take the parcel off and split it, or use a larger scale.</source>
        <translation>तौल मशीन पर अधिभार: पार्सल उतारें और बाँटें, या बड़ी तौल मशीन प्रयोग करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="107"/>
        <source>The scale shows less than zero: clear the platform and press Zero on the scale.</source>
        <translation>तौल मशीन शून्य से कम दिखा रही है: प्लेटफ़ॉर्म खाली करें और मशीन पर Zero दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="110"/>
        <source>The scale gives no weight now: wait until it settles.</source>
        <translation>तौल मशीन अभी भार नहीं दे रही: स्थिर होने तक प्रतीक्षा करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="116"/>
        <source>The weight is still moving: keep hands off the parcel.</source>
        <translation>भार अभी बदल रहा है: पार्सल को न छुएँ।</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="117"/>
        <source>Settling: the weight must stay unchanged for {seconds} s.</source>
        <translation>स्थिर हो रहा है: भार {seconds} सेकंड तक न बदले।</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="118"/>
        <source>{weight} kg is below the {minimum} kg minimum of this service: send it as an ordinary parcel.</source>
        <translation>{weight} kg इस सेवा की न्यूनतम सीमा {minimum} kg से कम है: साधारण पार्सल के रूप में भेजें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="122"/>
        <source>{weight} kg is above the {maximum} kg maximum of one piece: split the parcel into pieces.</source>
        <translation>{weight} kg एक नग की अधिकतम सीमा {maximum} kg से अधिक है: पार्सल को नगों में बाँटें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="222"/>
        <source>A manual weight needs a supervisor&apos;s approval: ask a supervisor to scan their badge.</source>
        <translation>हाथ से भार डालने के लिए पर्यवेक्षक की स्वीकृति चाहिए: पर्यवेक्षक से बैज स्कैन करवाएँ।</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="225"/>
        <source>Say why the weight is typed in (for example: scale broken, parcel too large).</source>
        <translation>बताएँ कि भार हाथ से क्यों डाला गया (जैसे: तौल मशीन खराब, पार्सल बहुत बड़ा)।</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="228"/>
        <source>{weight} kg is outside {minimum}-{maximum} kg for one piece of this service.</source>
        <translation>{weight} kg इस सेवा के एक नग की सीमा {minimum}–{maximum} kg से बाहर है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="231"/>
        <source>Unknown weight source {source}.</source>
        <translation>अज्ञात भार स्रोत {source}।</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="111"/>
        <source>The scale shows a net weight (a tare is set): clear the tare so that it shows the gross weight, then capture.</source>
        <translation>तौल मशीन शुद्ध (नेट) भार दिखा रही है (टेयर लगा है): टेयर हटाएँ ताकि कुल (ग्रॉस) भार दिखे, फिर भार दर्ज करें।</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="58"/>
        <source>Fix item {id}</source>
        <translation>आइटम {id} सुधारें</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="89"/>
        <source>Correct what was typed wrong (Enter moves on) and say why. A supervisor approves; central receives the correction and the documents print again.</source>
        <translation>जो गलत टाइप हुआ उसे सुधारें (Enter से अगला फ़ील्ड) और कारण बताएँ। पर्यवेक्षक स्वीकृत करता है; केंद्र को सुधार मिलता है और दस्तावेज़ फिर से प्रिंट होते हैं।</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="94"/>
        <source>Central named the fields marked ⚠. Correct them (Enter moves on), say why, and the acceptance on this terminal is corrected too.</source>
        <translation>केंद्र ने ⚠ चिह्नित फ़ील्ड बताए हैं। उन्हें सुधारें (Enter से अगला फ़ील्ड), कारण बताएँ; इस टर्मिनल पर बुकिंग भी सुधर जाएगी।</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="99"/>
        <source>Nothing in this item can be corrected here: it is sent again unchanged (for example once its acceptance has reached central).</source>
        <translation>इस आइटम में यहाँ सुधारने को कुछ नहीं है: इसे बिना बदलाव फिर से भेजा जाएगा (जैसे, जब इसकी बुकिंग केंद्र तक पहुँच चुकी हो)।</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="109"/>
        <source>Why it is corrected (required)</source>
        <translation>सुधार का कारण (आवश्यक)</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="121"/>
        <source>Correct and queue</source>
        <translation>सुधारें और भेजें</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="121"/>
        <source>Send again</source>
        <translation>फिर से भेजें</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="127"/>
        <source>Central says:</source>
        <translation>केंद्र का उत्तर:</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="131"/>
        <source>&amp;Reason:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="167"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="168"/>
        <source>Street, house, flat</source>
        <translation>गली, मकान, फ़्लैट</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="169"/>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="170"/>
        <source>Postcode</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="171"/>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="172"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="173"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="174"/>
        <source>Tax ID</source>
        <translation>कर पहचान संख्या</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="175"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="176"/>
        <source>Explanation</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="177"/>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="178"/>
        <source>Importer&apos;s reference</source>
        <translation>आयातक का संदर्भ</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="179"/>
        <source>Importer&apos;s contact</source>
        <translation>आयातक का संपर्क</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="180"/>
        <source>Licence</source>
        <translation>लाइसेंस</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="181"/>
        <source>Certificate</source>
        <translation>प्रमाणपत्र</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="182"/>
        <source>Invoice</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="183"/>
        <source>Comments</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="184"/>
        <source>Exporter&apos;s IEC</source>
        <translation>निर्यातक का IEC</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="185"/>
        <source>PBE reference</source>
        <translation>PBE संदर्भ</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="186"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="187"/>
        <source>Quantity</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="188"/>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="189"/>
        <source>Net weight, g</source>
        <translation>शुद्ध वज़न, ग्रा</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="190"/>
        <source>Value</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="191"/>
        <source>HS code</source>
        <translation>HS कोड</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="192"/>
        <source>Country of origin</source>
        <translation>मूल देश</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="196"/>
        <source>Sender · {field}</source>
        <translation>प्रेषक · {field}</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="198"/>
        <source>Addressee · {field}</source>
        <translation>प्राप्तकर्ता · {field}</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="200"/>
        <source>Customs line {n} · {field}</source>
        <translation>सीमा शुल्क पंक्ति {n} · {field}</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="201"/>
        <source>Customs · {field}</source>
        <translation>सीमा शुल्क · {field}</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="217"/>
        <source>Enter why the item is corrected.</source>
        <translation>प्रविष्टि सुधारने का कारण डालें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="222"/>
        <source>Nothing was changed: correct the fields marked ⚠ first.</source>
        <translation>कुछ नहीं बदला: पहले ⚠ चिह्नित फ़ील्ड सुधारें।</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../app/ui/business_sender.py" line="105"/>
        <source>Business sender</source>
        <translation>व्यावसायिक प्रेषक</translation>
    </message>
    <message>
        <location filename="../../app/ui/business_sender.py" line="109"/>
        <source>code, name, INN / GSTIN, IEC or contract</source>
        <translation>कोड, नाम, INN / GSTIN, IEC या अनुबंध</translation>
    </message>
    <message>
        <location filename="../../app/ui/business_sender.py" line="111"/>
        <source>&amp;Find the customer</source>
        <translation>ग्राहक &amp;खोजें</translation>
    </message>
    <message>
        <location filename="../../app/ui/business_sender.py" line="137"/>
        <source>↑↓ choose · Enter takes it · Esc: none</source>
        <translation>↑↓ चुनें · Enter से लें · Esc: कोई नहीं</translation>
    </message>
    <message>
        <location filename="../../app/ui/business_sender.py" line="140"/>
        <source>No business customer matches “{text}”: check the code or tax id.</source>
        <translation>“{text}” से कोई व्यावसायिक ग्राहक नहीं मिला: कोड या कर पहचान संख्या जाँचें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/business_sender.py" line="146"/>
        <source>This terminal knows no business customers yet: they come from central with the reference data (sync with F5).</source>
        <translation>इस टर्मिनल को अभी कोई व्यावसायिक ग्राहक ज्ञात नहीं: वे केंद्रीय प्रणाली से संदर्भ डेटा के साथ आते हैं (F5 से सिंक करें)।</translation>
    </message>
</context>
<context>
    <name>Customs</name>
    <message>
        <location filename="../../app/domain/customs.py" line="43"/>
        <source>Gift</source>
        <translation>उपहार</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs.py" line="44"/>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs.py" line="45"/>
        <source>Commercial sample</source>
        <translation>व्यावसायिक नमूना</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs.py" line="46"/>
        <source>Returned goods</source>
        <translation>लौटाया गया माल</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs.py" line="47"/>
        <source>Sale of goods</source>
        <translation>माल की बिक्री</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs.py" line="48"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
</context>
<context>
    <name>CustomsEditor</name>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="275"/>
        <source>What is it? (category &apos;Other&apos; only)</source>
        <translation>यह क्या है? (केवल «अन्य» श्रेणी)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="307"/>
        <source>Invoice number</source>
        <translation>इनवॉइस संख्या</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="308"/>
        <source>Importer&apos;s reference (tax / VAT / importer code)</source>
        <translation>आयातक संदर्भ (कर / VAT / आयातक कोड)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="309"/>
        <source>Importer&apos;s contact (phone, e-mail)</source>
        <translation>आयातक संपर्क (फ़ोन, ई-मेल)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="310"/>
        <source>Licence number</source>
        <translation>लाइसेंस संख्या</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="311"/>
        <source>Certificate number</source>
        <translation>प्रमाणपत्र संख्या</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="312"/>
        <source>Exporter&apos;s IEC (India export)</source>
        <translation>निर्यातक IEC (भारत से निर्यात)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="313"/>
        <source>Postal Bill of Export reference (India export)</source>
        <translation>पोस्टल बिल ऑफ़ एक्सपोर्ट संख्या (भारत से निर्यात)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="314"/>
        <source>Comments (quarantine, sanitary or other inspection)</source>
        <translation>टिप्पणी (संगरोध, स्वच्छता या अन्य जाँच)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="345"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="347"/>
        <source>Explanation</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="349"/>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="354"/>
        <source>Net weight and value are for the whole line (all units together). Enter: next cell · Ctrl+D: duplicate line · Ctrl+Delete: remove line · Insert: new line</source>
        <translation>शुद्ध भार और मूल्य पूरी पंक्ति के हैं (सभी इकाइयाँ मिलाकर)। Enter: अगला सेल · Ctrl+D: पंक्ति की प्रति · Ctrl+Delete: पंक्ति हटाएँ · Insert: नई पंक्ति</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="454"/>
        <source>Detailed description</source>
        <translation>विस्तृत विवरण</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="455"/>
        <source>Quantity</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="456"/>
        <source>Net weight of line, kg</source>
        <translation>पंक्ति का शुद्ध भार, kg</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="457"/>
        <source>Value of line, {currency}</source>
        <translation>पंक्ति का मूल्य, {currency}</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="458"/>
        <source>HS code</source>
        <translation>HS कोड</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="459"/>
        <source>Country of origin</source>
        <translation>मूल देश</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="707"/>
        <source>Type a whole number, e.g. 4.</source>
        <translation>पूर्ण संख्या टाइप करें, जैसे 4।</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="712"/>
        <source>Type the weight in kg, e.g. 12.5.</source>
        <translation>भार kg में टाइप करें, जैसे 12.5।</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="722"/>
        <source>Type the amount, e.g. 120.50.</source>
        <translation>राशि टाइप करें, जैसे 120.50।</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="818"/>
        <source>Choose a currency from the list, e.g. EUR, RUB or INR.</source>
        <translation>सूची से मुद्रा चुनें, जैसे EUR, RUB या INR।</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="835"/>
        <source>{count} line(s) · total net weight {kg} kg · total value {value} {currency}</source>
        <translation>{count} पंक्ति · कुल शुद्ध भार {kg} kg · कुल मूल्य {value} {currency}</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="922"/>
        <source>Line {n}, {column}: {message}</source>
        <translation>पंक्ति {n}, {column}: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="320"/>
        <location filename="../../app/ui/customs_editor.py" line="520"/>
        <source>More: invoice, licence, certificate, references…</source>
        <translation>और: चालान, लाइसेंस, प्रमाणपत्र, संदर्भ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="504"/>
        <source>Empty line: press Enter again (or Tab) to finish the lines, or type a description.</source>
        <translation>खाली पंक्ति: पंक्तियाँ समाप्त करने के लिए फिर से Enter (या Tab) दबाएँ, या विवरण टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="518"/>
        <source>Fewer fields</source>
        <translation>कम फ़ील्ड</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="370"/>
        <source>Each piece declares its own contents. Alt+Right / Alt+Left: move the line to the next / previous piece · Alt+1…9: put it on that piece</source>
        <translation>हर नग अपनी सामग्री स्वयं घोषित करता है। Alt+Right / Alt+Left: पंक्ति को अगले / पिछले नग पर ले जाएँ · Alt+1…9: उस नग पर रखें</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="615"/>
        <source>Description in Latin script</source>
        <translation>लैटिन लिपि में विवरण</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="616"/>
        <source>Line {n}, as printed on documents abroad:</source>
        <translation>पंक्ति {n}, जैसी विदेश जाने वाले दस्तावेज़ों पर छपेगी:</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="852"/>
        <source>Line {n}: {latin}</source>
        <translation>पंक्ति {n}: {latin}</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="859"/>
        <source>On documents abroad (Ctrl+L on a line to correct): {lines}</source>
        <translation>विदेश जाने वाले दस्तावेज़ों पर (सुधारने के लिए पंक्ति पर Ctrl+L): {lines}</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="869"/>
        <source>{line} · piece {piece}</source>
        <translation>{line} · नग {piece}</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="881"/>
        <source>piece {piece}: {count} line(s), {kg} kg, {value} {currency}</source>
        <translation>नग {piece}: पंक्तियाँ: {count}, {kg} किग्रा, {value} {currency}</translation>
    </message>
</context>
<context>
    <name>CustomsLinesEditor</name>
    <message>
        <source>Customs declaration (CN 23)</source>
        <translation type="vanished">सीमा शुल्क घोषणा (CN 23)</translation>
    </message>
    <message>
        <source>only for category &apos;Other&apos;</source>
        <translation type="vanished">केवल «अन्य» श्रेणी के लिए</translation>
    </message>
    <message>
        <source>Detailed description</source>
        <translation type="vanished">विस्तृत विवरण</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="vanished">मात्रा</translation>
    </message>
    <message>
        <source>Net weight of line, kg</source>
        <translation type="vanished">पंक्ति का शुद्ध भार, kg</translation>
    </message>
    <message>
        <source>Value of line, {cur}</source>
        <translation type="vanished">पंक्ति का मूल्य, {cur}</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation type="vanished">HS कोड</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="vanished">मूल देश</translation>
    </message>
    <message>
        <source>Add line (Ctrl+L)</source>
        <translation type="vanished">पंक्ति जोड़ें (Ctrl+L)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="vanished">पंक्ति हटाएँ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="vanished">श्रेणी</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation type="vanished">इनवॉइस सं.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="vanished">विवरण</translation>
    </message>
    <message>
        <source>{n} lines · net {kg} kg · value {value}</source>
        <translation type="vanished">{n} पंक्तियाँ · शुद्ध {kg} kg · मूल्य {value}</translation>
    </message>
</context>
<context>
    <name>DayClose</name>
    <message>
        <location filename="../../app/services/day_close.py" line="74"/>
        <source>{name} is a {role}: only a supervisor can close the day. Ask your supervisor to log in.</source>
        <translation>{name} {role} हैं: दिन केवल पर्यवेक्षक बंद कर सकता है। पर्यवेक्षक से लॉग इन करवाएँ।</translation>
    </message>
    <message>
        <location filename="../../app/services/day_close.py" line="85"/>
        <source>{name} is a supervisor of branch {own}, not of {branch}: a supervisor of {branch} must close its day.</source>
        <translation>{name} शाखा {own} के पर्यवेक्षक हैं, {branch} के नहीं: {branch} का दिन उसी का पर्यवेक्षक बंद करे।</translation>
    </message>
    <message>
        <location filename="../../app/services/day_close.py" line="117"/>
        <source>Nothing to close for {day} at {branch}: no open acceptances ({closed} manifest(s) already made). Reprint a manifest instead.</source>
        <translation>{branch} में {day} के लिए बंद करने को कुछ नहीं: कोई खुली बुकिंग नहीं ({closed} मैनिफ़ेस्ट पहले बन चुके)। मैनिफ़ेस्ट फिर से छापें।</translation>
    </message>
</context>
<context>
    <name>DayCloseDialog</name>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="26"/>
        <source>Close the business day</source>
        <translation>कार्य-दिवस बंद करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="27"/>
        <source>Close {day}: every acceptance so far goes on a numbered manifest and is locked. Later acceptances go on the next manifest. Count the drawer first.</source>
        <translation>{day} बंद करें: अब तक की हर बुकिंग क्रमांकित मैनिफ़ेस्ट में जाकर लॉक हो जाएगी। बाद की बुकिंग अगले मैनिफ़ेस्ट में जाएँगी। पहले कैश दराज़ गिन लें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="36"/>
        <source>Summary of {day}</source>
        <translation>{day} का सारांश</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="48"/>
        <source>Acceptances</source>
        <translation>बुकिंग</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="49"/>
        <source>Pieces</source>
        <translation>नग</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="51"/>
        <source>Gross weight</source>
        <translation>कुल भार</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="52"/>
        <source>{kg} kg</source>
        <translation>{kg} कि.ग्रा.</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="54"/>
        <source>Fees</source>
        <translation>शुल्क</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="55"/>
        <source>paid in cash</source>
        <translation>नकद भुगतान</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="55"/>
        <source>paid by card</source>
        <translation>कार्ड से भुगतान</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="56"/>
        <source>charged to accounts</source>
        <translation>खातों में डाला गया</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="60"/>
        <source>left unpaid (supervisor)</source>
        <translation>बिना भुगतान (पर्यवेक्षक की स्वीकृति)</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="61"/>
        <location filename="../../app/ui/day_close_dialog.py" line="67"/>
        <source>{n} · {amount}</source>
        <translation>{n} · {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="66"/>
        <source>payment not recorded</source>
        <translation>भुगतान दर्ज नहीं</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="73"/>
        <source>Voided</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="74"/>
        <source>{n} ({pieces} pieces) · {amount}</source>
        <translation>{n} ({pieces} नग) · {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="82"/>
        <source>Cash that should be in the drawer</source>
        <translation>दराज़ में होनी चाहिए नकदी</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="84"/>
        <source>To close now</source>
        <translation>अभी बंद होंगी</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="85"/>
        <source>{n} open acceptances</source>
        <translation>{n} खुली बुकिंग</translation>
    </message>
</context>
<context>
    <name>DayList</name>
    <message>
        <location filename="../../app/ui/day_list.py" line="29"/>
        <source>Today&apos;s acceptances</source>
        <translation>आज की बुकिंग</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="37"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="38"/>
        <source>S10</source>
        <translation>S10</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="39"/>
        <source>Addressee</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="40"/>
        <source>To</source>
        <translation>गंतव्य</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="43"/>
        <source>Gross,
kg</source>
        <translation>सकल,
kg</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="44"/>
        <source>Fee,
{currency}</source>
        <translation>शुल्क,
{currency}</translation>
    </message>
    <message>
        <source>Gross, kg</source>
        <translation type="vanished">सकल, kg</translation>
    </message>
    <message>
        <source>Fee, {currency}</source>
        <translation type="vanished">शुल्क, {currency}</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="46"/>
        <source>Fee</source>
        <translation>शुल्क</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="106"/>
        <source>void</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>{n} consignments · {p} pieces · {kg} kg · fees {fees}</source>
        <translation type="vanished">{n} प्रेषण · {p} नग · {kg} kg · शुल्क {fees}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/day_list.py" line="137"/>
        <source>%n consignment(s)</source>
        <translation>
            <numerusform>%n प्रेषण</numerusform>
            <numerusform>%n प्रेषण</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/day_list.py" line="138"/>
        <source>%n piece(s)</source>
        <translation>
            <numerusform>%n नग</numerusform>
            <numerusform>%n नग</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="139"/>
        <source>{kg} kg</source>
        <translation>{kg} kg</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="140"/>
        <source>fees {fees}</source>
        <translation>शुल्क {fees}</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="288"/>
        <source>Scale and printers</source>
        <translation>तराज़ू और प्रिंटर</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="290"/>
        <source>Set them up now, or later from the Tools menu. Finish starts the log-in.</source>
        <translation>इन्हें अभी सेट करें, या बाद में टूल्स मेनू से। &quot;समाप्त&quot; से लॉग-इन शुरू होता है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="292"/>
        <source>Scale…</source>
        <translation>तराज़ू…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="295"/>
        <source>Printers…</source>
        <translation>प्रिंटर…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="310"/>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <location filename="../../app/ui/print_preview.py" line="820"/>
        <source>Printing failed: %1</source>
        <translation>प्रिंट विफल: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="796"/>
        <source>Not printed (no printer set up): %1. Ctrl+P shows them.</source>
        <translation>मुद्रित नहीं (प्रिंटर सेट नहीं): %1। Ctrl+P से देखें।</translation>
    </message>
</context>
<context>
    <name>Duty</name>
    <message>
        <location filename="../../app/domain/duty.py" line="45"/>
        <source>{regime}: no import duty on this category ({category}).</source>
        <translation>{regime}: इस श्रेणी ({category}) पर आयात शुल्क नहीं।</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="46"/>
        <source>{regime}: duty-free, the value {value} {currency} is within {limit} {currency} and the gross weight {kg} kg within {kg_limit} kg.</source>
        <translation>{regime}: शुल्क-मुक्त, मूल्य {value} {currency} सीमा {limit} {currency} के भीतर और सकल भार {kg} kg सीमा {kg_limit} kg के भीतर है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="60"/>
        <source>{regime}: duty-free, the value {value} {currency} is within {limit} {currency}.</source>
        <translation>{regime}: शुल्क-मुक्त, मूल्य {value} {currency} सीमा {limit} {currency} के भीतर है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="63"/>
        <source>{regime}: {rate} % of the value over {limit} {currency} is {by_value} {currency}; at least {per_kg} {currency} per kg over {kg_over} kg is {by_weight} {currency}; expected duty {duty} {currency}.</source>
        <translation>{regime}: {limit} {currency} से ऊपर के मूल्य का {rate} % = {by_value} {currency}; {kg_over} kg से ऊपर कम से कम {per_kg} {currency} प्रति kg = {by_weight} {currency}; अनुमानित शुल्क {duty} {currency}।</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="69"/>
        <source>{regime}: {rate} % of the whole value {value} {currency} is {by_value} {currency}; at least {per_kg} {currency} per kg is {by_weight} {currency}; duty {duty} plus VAT {vat_rate} % {vat}: expected {total} {currency}.</source>
        <translation>{regime}: पूरे मूल्य {value} {currency} का {rate} % = {by_value} {currency}; कम से कम {per_kg} {currency} प्रति kg = {by_weight} {currency}; शुल्क {duty} और VAT {vat_rate} % {vat}: अनुमानित {total} {currency}।</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="75"/>
        <source>(The exchange rate of {as_of} is out of date: the amount is a rough guide.)</source>
        <translation>({as_of} की विनिमय दर पुरानी है: राशि केवल अनुमान है।)</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="78"/>
        <source>No import duty estimate for {country}: customs there assess it on arrival.</source>
        <translation>{country} के लिए आयात शुल्क का अनुमान नहीं: वहाँ का सीमा शुल्क आगमन पर तय करेगा।</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="51"/>
        <source>{regime}: each of the {count} items (S10) is assessed on its own; expected charges {total} {currency} in all ({each} {currency}).</source>
        <translation>{regime}: {count} वस्तुओं (S10) में से हर एक का अलग आकलन; कुल अपेक्षित शुल्क {total} {currency} ({each} {currency})।</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="56"/>
        <source>{regime} counts the {count} items of this consignment as one shipment: {detail}</source>
        <translation>{regime} इस खेप की {count} वस्तुओं को एक ही शिपमेंट मानता है: {detail}</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <location filename="../../app/services/enrolment.py" line="42"/>
        <source>Central does not know this code: check it, or ask head office for a new one.</source>
        <translation>केंद्रीय प्रणाली यह कोड नहीं पहचानती: इसे जाँचें, या मुख्य कार्यालय से नया कोड माँगें।</translation>
    </message>
    <message>
        <location filename="../../app/services/enrolment.py" line="45"/>
        <source>This code was already used: each code joins one terminal. Ask head office for a new one.</source>
        <translation>यह कोड पहले ही उपयोग हो चुका है: एक कोड से एक ही टर्मिनल जुड़ता है। मुख्य कार्यालय से नया कोड माँगें।</translation>
    </message>
    <message>
        <location filename="../../app/services/enrolment.py" line="49"/>
        <source>This code has expired (codes are valid 24 hours). Ask head office for a new one.</source>
        <translation>इस कोड की अवधि समाप्त हो गई है (कोड 24 घंटे मान्य रहते हैं)। मुख्य कार्यालय से नया कोड माँगें।</translation>
    </message>
    <message>
        <location filename="../../app/services/enrolment.py" line="52"/>
        <source>An enrolment code has 12 letters and digits, e.g. ABCD-EFGH-JKMN; check what was typed.</source>
        <translation>नामांकन कोड में 12 अक्षर और अंक होते हैं, जैसे ABCD-EFGH-JKMN; जो टाइप किया है उसे जाँचें।</translation>
    </message>
    <message>
        <location filename="../../app/services/enrolment.py" line="232"/>
        <source>Enter the enrolment code head office gave you.</source>
        <translation>मुख्य कार्यालय द्वारा दिया गया नामांकन कोड दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../../app/services/enrolment.py" line="238"/>
        <source>This terminal is already connected to central; it cannot join again.</source>
        <translation>यह टर्मिनल पहले से केंद्रीय प्रणाली से जुड़ा है; यह फिर से नहीं जुड़ सकता।</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../app/ui/feedback.py" line="78"/>
        <source>Line {n}: {text}</source>
        <translation>पंक्ति {n}: {text}</translation>
    </message>
</context>
<context>
    <name>Fiscal</name>
    <message>
        <location filename="../../app/services/fiscal/register.py" line="34"/>
        <source>The cash register does not answer. Check that it is on and connected and that ATOL Driver is running; the payment waits and is sent again by itself.</source>
        <translation>कैश रजिस्टर जवाब नहीं दे रहा। जाँचें कि वह चालू और जुड़ा है और ATOL ड्राइवर चल रहा है; भुगतान प्रतीक्षा में है और अपने आप फिर भेजा जाएगा।</translation>
    </message>
    <message>
        <location filename="../../app/services/fiscal/register.py" line="39"/>
        <source>The cash register is out of paper. Put in a new roll and close the lid; the payment is sent again by itself.</source>
        <translation>कैश रजिस्टर में कागज़ खत्म है। नया रोल डालें और ढक्कन बंद करें; भुगतान अपने आप फिर भेजा जाएगा।</translation>
    </message>
    <message>
        <location filename="../../app/services/fiscal/register.py" line="44"/>
        <source>The register&apos;s fiscal drive is nearly full or expiring. Tell the supervisor today: it must be replaced before it blocks sales.</source>
        <translation>रजिस्टर की फ़िस्कल ड्राइव लगभग भर गई है या समाप्त हो रही है। आज ही पर्यवेक्षक को बताएँ: बिक्री रुकने से पहले इसे बदलना होगा।</translation>
    </message>
    <message>
        <location filename="../../app/services/fiscal/register.py" line="49"/>
        <source>The register has not sent receipts to the fiscal data operator for days. Check the register&apos;s network; after 30 days it blocks sales.</source>
        <translation>रजिस्टर ने कई दिनों से फ़िस्कल डेटा ऑपरेटर को रसीदें नहीं भेजीं। रजिस्टर का नेटवर्क जाँचें; 30 दिन बाद बिक्री रुक जाएगी।</translation>
    </message>
    <message>
        <location filename="../../app/services/fiscal/register.py" line="54"/>
        <source>The register&apos;s shift is older than 24 hours; it is closed and a new one opened.</source>
        <translation>रजिस्टर की शिफ़्ट 24 घंटे से पुरानी है; उसे बंद करके नई खोली जाती है।</translation>
    </message>
    <message>
        <location filename="../../app/services/fiscal/register.py" line="57"/>
        <source>The register&apos;s shift is closed; it is opened for today&apos;s business day.</source>
        <translation>रजिस्टर की शिफ़्ट बंद है; उसे आज के कार्य-दिवस के लिए खोला जाता है।</translation>
    </message>
    <message>
        <location filename="../../app/services/fiscal/register.py" line="60"/>
        <source>The cash register refused the receipt ({detail}). Tell the supervisor; the payment waits and is sent again.</source>
        <translation>कैश रजिस्टर ने रसीद अस्वीकार की ({detail})। पर्यवेक्षक को बताएँ; भुगतान प्रतीक्षा में है और फिर भेजा जाएगा।</translation>
    </message>
</context>
<context>
    <name>FixDialog</name>
    <message>
        <source>Fix item %1</source>
        <translation type="vanished">प्रविष्टि %1 सुधारें</translation>
    </message>
    <message>
        <source>Fix item {id}</source>
        <translation type="vanished">आइटम {id} सुधारें</translation>
    </message>
    <message>
        <source>Central named the fields marked ⚠. Correct them (Enter moves on), say why, and the acceptance on this terminal is corrected too.</source>
        <translation type="vanished">केंद्र ने ⚠ चिह्नित फ़ील्ड बताए हैं। उन्हें सुधारें (Enter से अगला फ़ील्ड), कारण बताएँ; इस टर्मिनल पर बुकिंग भी सुधर जाएगी।</translation>
    </message>
    <message>
        <source>Nothing in this item can be corrected here: it is sent again unchanged (for example once its acceptance has reached central).</source>
        <translation type="vanished">इस आइटम में यहाँ सुधारने को कुछ नहीं है: इसे बिना बदलाव फिर से भेजा जाएगा (जैसे, जब इसकी बुकिंग केंद्र तक पहुँच चुकी हो)।</translation>
    </message>
    <message>
        <source>Why it is corrected (required)</source>
        <translation type="vanished">सुधार का कारण (आवश्यक)</translation>
    </message>
    <message>
        <source>Correct and queue</source>
        <translation type="vanished">सुधारें और भेजें</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="vanished">फिर से भेजें</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="vanished">कारण (&amp;R):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">नाम</translation>
    </message>
    <message>
        <source>Street, house, flat</source>
        <translation type="vanished">गली, मकान, फ़्लैट</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="vanished">शहर</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="vanished">पिन कोड</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="vanished">देश</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">फ़ोन</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="vanished">ई-मेल</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="vanished">कर पहचान संख्या</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="vanished">श्रेणी</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="vanished">स्पष्टीकरण</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="vanished">मुद्रा</translation>
    </message>
    <message>
        <source>Importer&apos;s reference</source>
        <translation type="vanished">आयातक का संदर्भ</translation>
    </message>
    <message>
        <source>Importer&apos;s contact</source>
        <translation type="vanished">आयातक का संपर्क</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="vanished">लाइसेंस</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="vanished">प्रमाणपत्र</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="vanished">इनवॉइस</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="vanished">टिप्पणियाँ</translation>
    </message>
    <message>
        <source>Exporter&apos;s IEC</source>
        <translation type="vanished">निर्यातक का IEC</translation>
    </message>
    <message>
        <source>PBE reference</source>
        <translation type="vanished">PBE संदर्भ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">विवरण</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="vanished">मात्रा</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="vanished">इकाई</translation>
    </message>
    <message>
        <source>Net weight, g</source>
        <translation type="vanished">शुद्ध वज़न, ग्रा</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="vanished">मूल्य</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation type="vanished">HS कोड</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation type="vanished">मूल देश</translation>
    </message>
    <message>
        <source>Sender · {field}</source>
        <translation type="vanished">प्रेषक · {field}</translation>
    </message>
    <message>
        <source>Addressee · {field}</source>
        <translation type="vanished">प्राप्तकर्ता · {field}</translation>
    </message>
    <message>
        <source>Customs line {n} · {field}</source>
        <translation type="vanished">सीमा शुल्क पंक्ति {n} · {field}</translation>
    </message>
    <message>
        <source>Customs · {field}</source>
        <translation type="vanished">सीमा शुल्क · {field}</translation>
    </message>
    <message>
        <source>Nothing was changed: correct the fields marked ⚠ first.</source>
        <translation type="vanished">कुछ नहीं बदला: पहले ⚠ चिह्नित फ़ील्ड सुधारें।</translation>
    </message>
    <message>
        <source>Queue correction</source>
        <translation type="vanished">सुधार कतार में डालें</translation>
    </message>
    <message>
        <source>Central says:</source>
        <translation type="vanished">केंद्र का उत्तर:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation type="vanished">रिकॉर्ड:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="vanished">कारण:</translation>
    </message>
    <message>
        <source>Enter why the item is corrected.</source>
        <translation type="vanished">प्रविष्टि सुधारने का कारण डालें।</translation>
    </message>
    <message>
        <source>The record is not valid JSON (%1). Correct it or cancel.</source>
        <translation type="vanished">रिकॉर्ड मान्य JSON नहीं है (%1)। सुधारें या रद्द करें।</translation>
    </message>
    <message>
        <source>The record must be a JSON object { ... }.</source>
        <translation type="vanished">रिकॉर्ड JSON ऑब्जेक्ट { ... } होना चाहिए।</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="165"/>
        <source>Join a branch</source>
        <translation>शाखा से जुड़ें</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="167"/>
        <source>Enter central&apos;s address and the one-time code (valid 24 hours, one terminal).</source>
        <translation>केंद्रीय प्रणाली का पता और एक-बार का कोड दर्ज करें (24 घंटे मान्य, एक टर्मिनल के लिए)।</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="179"/>
        <source>(the system&apos;s certificates)</source>
        <translation>(सिस्टम के प्रमाणपत्र)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="180"/>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="185"/>
        <source>Check connection and join</source>
        <translation>कनेक्शन जाँचें और जुड़ें</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="192"/>
        <source>Central&apos;s address:</source>
        <translation>केंद्रीय प्रणाली का पता:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="193"/>
        <source>Enrolment code:</source>
        <translation>नामांकन कोड:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="194"/>
        <source>CA certificate (optional):</source>
        <translation>CA प्रमाणपत्र (वैकल्पिक):</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="211"/>
        <source>CA certificate</source>
        <translation>CA प्रमाणपत्र</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="211"/>
        <source>Certificates (*.pem *.crt)</source>
        <translation>प्रमाणपत्र (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="224"/>
        <source>Checking the connection to central…</source>
        <translation>केंद्रीय प्रणाली से कनेक्शन जाँचा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="237"/>
        <source>Connected to central {version}; its certificate was checked.</source>
        <translation>केंद्रीय प्रणाली {version} से जुड़ गए; उसका प्रमाणपत्र जाँचा गया।</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="239"/>
        <source>Connected to central {version} on this machine (no encryption).</source>
        <translation>इसी कंप्यूटर पर केंद्रीय प्रणाली {version} से जुड़ गए (एन्क्रिप्शन के बिना)।</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="245"/>
        <source>Joined branch {branch} ({name}): {staff} staff, {serials} S10 numbers.</source>
        <translation>शाखा {branch} ({name}) से जुड़े: {staff} कर्मचारी, {serials} S10 नंबर।</translation>
    </message>
    <message>
        <source>Connected to central {version}; its certificate was checked.
Joined branch {branch} ({name}): {staff} staff, {serials} S10 numbers.</source>
        <translation type="vanished">केंद्रीय प्रणाली {version} से जुड़ गए; उसका प्रमाणपत्र जाँचा गया।
शाखा {branch} ({name}) से जुड़े: {staff} कर्मचारी, {serials} S10 नंबर।</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="274"/>
        <source>Joining failed unexpectedly; try again or call head office.</source>
        <translation>जुड़ना अप्रत्याशित रूप से विफल रहा; फिर से प्रयास करें या मुख्य कार्यालय को फ़ोन करें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="275"/>
        <source>Not joined: {reason}</source>
        <translation>नहीं जुड़ा: {reason}</translation>
    </message>
</context>
<context>
    <name>LoadBinding</name>
    <message>
        <location filename="../../app/domain/load_binding.py" line="41"/>
        <source>Capture dropped: the load changed from {captured} kg to {live} kg (more than one scale interval, {interval} g). Weigh again with F8.</source>
        <translation>दर्ज भार हटा दिया गया: भार {captured} kg से {live} kg हो गया (तौल मशीन के एक अंतराल {interval} g से अधिक)। F8 से फिर तौलें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/load_binding.py" line="46"/>
        <source>Capture dropped: the load kept moving for more than {seconds} s. Keep hands off the parcel and weigh again with F8.</source>
        <translation>दर्ज भार हटा दिया गया: भार {seconds} s से अधिक समय तक हिलता रहा। पार्सल से हाथ हटाएँ और F8 से फिर तौलें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/load_binding.py" line="51"/>
        <source>Capture dropped: the scale is overloaded. Take the load off and weigh again.</source>
        <translation>दर्ज भार हटा दिया गया: तौल मशीन पर क्षमता से अधिक भार है। भार उतारें और फिर तौलें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/load_binding.py" line="54"/>
        <source>Capture dropped: the scale shows less than zero (the load was taken off). Zero the scale and weigh again.</source>
        <translation>दर्ज भार हटा दिया गया: तौल मशीन शून्य से कम दिखा रही है (भार उतार लिया गया)। मशीन को शून्य करें और फिर तौलें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/load_binding.py" line="59"/>
        <source>Capture dropped: the scale disconnected or stopped sending. Check its cable and weigh again.</source>
        <translation>दर्ज भार हटा दिया गया: तौल मशीन का कनेक्शन टूट गया या उसने डेटा भेजना बंद कर दिया। केबल जाँचें और फिर तौलें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/load_binding.py" line="64"/>
        <source>Not accepted: the scale has sent no weight for {age} s, so the captured weight cannot be confirmed. Check the scale&apos;s cable and weigh again.</source>
        <translation>स्वीकार नहीं: तौल मशीन ने {age} s से कोई भार नहीं भेजा, इसलिए दर्ज भार की पुष्टि नहीं हो सकती। केबल जाँचें और फिर तौलें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/load_binding.py" line="69"/>
        <source>Not accepted: no live reading confirms the captured weight. Check the scale and weigh again.</source>
        <translation>स्वीकार नहीं: कोई वर्तमान रीडिंग दर्ज भार की पुष्टि नहीं करती। तौल मशीन जाँचें और फिर तौलें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/load_binding.py" line="74"/>
        <source>Not accepted: the load is moving. Wait until the scale is stable, then accept again.</source>
        <translation>स्वीकार नहीं: भार हिल रहा है। स्थिर होने तक रुकें, फिर से स्वीकार करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/load_binding.py" line="78"/>
        <source>Clear the platform: the scale still shows the load weighed last ({weight} kg). Take it off (the scale must return to zero) before weighing the next piece; a supervisor can allow a re-weigh of the same piece.</source>
        <translation>प्लेटफ़ॉर्म खाली करें: तौल मशीन पर अब भी पिछली बार तौला गया भार ({weight} kg) है। अगला नग तौलने से पहले उसे उतारें (मशीन शून्य पर लौटनी चाहिए); उसी नग को दोबारा तौलने की अनुमति पर्यवेक्षक दे सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../app/services/weighing_override.py" line="45"/>
        <source>Say why the same piece is weighed again.</source>
        <translation>बताएँ कि वही नग दोबारा क्यों तौला जा रहा है।</translation>
    </message>
    <message>
        <source>A supervisor&apos;s number and PIN are needed.</source>
        <translation type="vanished">पर्यवेक्षक का नंबर और PIN आवश्यक है।</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="33"/>
        <source>PostCounter — log in</source>
        <translation>PostCounter — लॉग इन</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="36"/>
        <source>scan your badge or type your number</source>
        <translation>बैज स्कैन करें या संख्या डालें</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="44"/>
        <source>Staff number</source>
        <translation>कर्मचारी संख्या</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="45"/>
        <source>PIN</source>
        <translation>पिन</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="49"/>
        <source>Log in</source>
        <translation>लॉग इन</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="53"/>
        <source>&lt;h2&gt;PostCounter&lt;/h2&gt;Heavy parcels Russia ⇄ India</source>
        <translation>&lt;h2&gt;PostCounter&lt;/h2&gt;भारी पार्सल रूस ⇄ भारत</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="59"/>
        <source>DEMO MODE — training data only. Clerk {c} / PIN {cp}, supervisor {s} / PIN {sp}.</source>
        <translation>डेमो मोड — केवल प्रशिक्षण डेटा। डाक सहायक {c} / पिन {cp}, पर्यवेक्षक {s} / पिन {sp}।</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="105"/>
        <source>⚠ Staff number or PIN is wrong. Try again or ask your supervisor.</source>
        <translation>⚠ कर्मचारी संख्या या पिन गलत है। फिर प्रयास करें या पर्यवेक्षक से पूछें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="115"/>
        <source>⚠ Set a new PIN of 6 to 12 digits to log in.</source>
        <translation>⚠ लॉग इन करने के लिए 6 से 12 अंकों का नया PIN सेट करें।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="120"/>
        <source>PostCounter — {branch} — {name}</source>
        <translation>PostCounter — {branch} — {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>Void selected acceptance…</source>
        <translation>चुनी गई बुकिंग रद्द करें…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>Reprint documents of selected acceptance</source>
        <translation>चुनी गई बुकिंग के दस्तावेज़ फिर से प्रिंट करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>Correct selected acceptance…</source>
        <translation>चुनी गई बुकिंग सुधारें…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="198"/>
        <source>DEMO MODE — demo branch and staff, simulated scale. Nothing here is real postage.</source>
        <translation>डेमो मोड — डेमो शाखा और कर्मचारी, सिम्युलेटेड तौल मशीन। यहाँ कुछ भी वास्तविक डाक शुल्क नहीं है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="233"/>
        <source>Operator: {name} ({number}, {role})</source>
        <translation>कर्मचारी: {name} ({number}, {role})</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="267"/>
        <source>Needs attention</source>
        <translation>ध्यान आवश्यक</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="308"/>
        <source>supervisor</source>
        <translation>पर्यवेक्षक</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="308"/>
        <source>clerk</source>
        <translation>डाक सहायक</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="311"/>
        <source>&amp;Session</source>
        <translation>सत्र (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="312"/>
        <source>Log &amp;out</source>
        <translation>लॉग आउट (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="315"/>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="321"/>
        <source>&amp;Day</source>
        <translation>दिन (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="326"/>
        <source>Print today&apos;s &amp;manifest…</source>
        <translation>आज का मैनिफ़ेस्ट प्रिंट करें (&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="329"/>
        <source>&amp;Close the business day…</source>
        <translation>कार्य दिवस बंद करें (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="332"/>
        <source>&amp;Tools</source>
        <translation>उपकरण (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="333"/>
        <source>&amp;Scale settings…</source>
        <translation>तौल मशीन सेटिंग (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="336"/>
        <source>S&amp;canner settings…</source>
        <translation>स्कैनर सेटिंग्स (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="339"/>
        <source>&amp;Printing settings…</source>
        <translation>प्रिंटिंग सेटिंग्स (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="343"/>
        <source>Cash &amp;register settings…</source>
        <translation>कैश रजिस्टर सेटिंग्स (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="350"/>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="353"/>
        <source>System language</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="364"/>
        <source>&amp;Import pre-advice file…</source>
        <translation>पूर्व-सूचना फ़ाइल आयात करें (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="370"/>
        <source>&amp;Sync now</source>
        <translation>अभी सिंक करें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="379"/>
        <source>stable</source>
        <translation>स्थिर</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="380"/>
        <source>motion</source>
        <translation>अस्थिर</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="381"/>
        <source>overload</source>
        <translation>अधिभार</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="382"/>
        <source>under zero</source>
        <translation>शून्य से कम</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="383"/>
        <source>no scale</source>
        <translation>तौल मशीन नहीं</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="387"/>
        <source>simulated scale</source>
        <translation>सिम्युलेटेड</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="387"/>
        <source>scale</source>
        <translation>वास्तविक</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="390"/>
        <source>Scale: {state}</source>
        <translation>तौल मशीन: {state}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="392"/>
        <source>Scale ({kind}): {state}</source>
        <translation>तौल मशीन ({kind}): {state}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="475"/>
        <source>Scanner: ready ({port})</source>
        <translation>स्कैनर: तैयार ({port})</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="476"/>
        <source>Scanner: NOT CONNECTED ({port}), check the cable</source>
        <translation>स्कैनर: जुड़ा नहीं है ({port}), केबल जाँचें</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="478"/>
        <source>Scanner: opening {port}…</source>
        <translation>स्कैनर: {port} खोला जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="507"/>
        <source>Settings not saved</source>
        <translation>सेटिंग्स सहेजी नहीं गईं</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="508"/>
        <source>The settings were not saved: {error}</source>
        <translation>सेटिंग्स सहेजी नहीं गईं: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="520"/>
        <source>Printing settings saved.</source>
        <translation>प्रिंटिंग सेटिंग्स सहेज ली गईं।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="531"/>
        <source>Cash register settings</source>
        <translation>कैश रजिस्टर सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="532"/>
        <source>A supervisor changes the cash register&apos;s settings.</source>
        <translation>कैश रजिस्टर की सेटिंग्स पर्यवेक्षक बदलता है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="556"/>
        <source>Cash register settings saved.</source>
        <translation>कैश रजिस्टर सेटिंग्स सहेजी गईं।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="569"/>
        <source>The language changes when you log out and in again (Ctrl+Shift+L).</source>
        <translation>भाषा तब बदलेगी जब आप लॉग आउट करके फिर से लॉग इन करेंगे (Ctrl+Shift+L)।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="618"/>
        <source>Accepted {s10}</source>
        <translation>बुक हुआ {s10}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="680"/>
        <source>Charged to the account of {customer}: {amount}.</source>
        <translation>{customer} के खाते में डाला गया: {amount}।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="744"/>
        <source>Day {day}</source>
        <translation>दिन {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="795"/>
        <source>Approve the correction</source>
        <translation>सुधार स्वीकृत करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="796"/>
        <source>A supervisor approves every correction sent to central.</source>
        <translation>केंद्र को भेजे जाने वाले हर सुधार को पर्यवेक्षक स्वीकृत करता है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="846"/>
        <source>Central: not configured (offline work)</source>
        <translation>केंद्र: सेट नहीं (ऑफ़लाइन कार्य)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="848"/>
        <source>Central: online</source>
        <translation>केंद्र: ऑनलाइन</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="850"/>
        <source>Central: OFFLINE — working locally</source>
        <translation>केंद्र: ऑफ़लाइन — स्थानीय रूप से कार्य</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="853"/>
        <source>last sync {time}</source>
        <translation>अंतिम सिंक {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="855"/>
        <source>⚠ {n} need attention</source>
        <translation>⚠ {n} पर ध्यान आवश्यक</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="868"/>
        <source>A voided acceptance is not corrected: accept the parcel anew.</source>
        <translation>रद्द की गई बुकिंग सुधारी नहीं जाती: पार्सल फिर से बुक करें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="881"/>
        <source>Correct {s10}</source>
        <translation>{s10} सुधारें</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="890"/>
        <source>Not sent: a supervisor must approve the correction.</source>
        <translation>नहीं भेजा गया: सुधार को पर्यवेक्षक की स्वीकृति चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="910"/>
        <source>Corrected {s10}; central receives the correction.</source>
        <translation>{s10} सुधारा गया; केंद्र को सुधार मिलेगा।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="950"/>
        <source>Printing failed</source>
        <translation>प्रिंट विफल</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="951"/>
        <source>{message}
The acceptance is stored; reprint it from today&apos;s list.</source>
        <translation>{message}
बुकिंग सहेजी गई है; आज की सूची से फिर प्रिंट करें।</translation>
    </message>
    <message>
        <source>Close the business day</source>
        <translation type="vanished">कार्य दिवस बंद करें</translation>
    </message>
    <message>
        <source>Close {day}: every acceptance so far goes on a numbered manifest and is locked. Later acceptances go on the next manifest.</source>
        <translation type="vanished">{day} बंद करें: अब तक की हर बुकिंग एक क्रमांकित मैनिफ़ेस्ट में जाएगी और लॉक हो जाएगी। बाद की बुकिंग अगले मैनिफ़ेस्ट में जाएगी।</translation>
    </message>
    <message>
        <source>Supervisor number or PIN is wrong.</source>
        <translation type="vanished">पर्यवेक्षक संख्या या पिन गलत है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="980"/>
        <source>Day closed: manifest {n}</source>
        <translation>दिन बंद: मैनिफ़ेस्ट {n}</translation>
    </message>
    <message>
        <source>A supervisor&apos;s number and PIN are needed to approve a manual weight.</source>
        <translation type="vanished">हाथ से डाले भार की स्वीकृति के लिए पर्यवेक्षक की संख्या और पिन चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1009"/>
        <source>Type the weight in kg, e.g. 152.35.</source>
        <translation>भार kg में टाइप करें, जैसे 152.35।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1040"/>
        <source>{s10} was pre-advised and is already accepted.</source>
        <translation>{s10} पूर्व-सूचित था और पहले ही बुक हो चुका है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1046"/>
        <source>{grouped} · pre-advised ({source}, row {row}): check, weigh, measure, accept</source>
        <translation>{grouped} · पूर्व-सूचित ({source}, पंक्ति {row}): जाँचें, तौलें, नापें, बुक करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1072"/>
        <source>Regular sender found by phone: details filled in.</source>
        <translation>फ़ोन से नियमित प्रेषक मिला: विवरण भर दिया गया।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1095"/>
        <source>No identifiers left in this branch&apos;s blocks: connect to central to get a new block, or use pre-printed labels. ({error})</source>
        <translation>इस शाखा के ब्लॉकों में संख्याएँ समाप्त: नया ब्लॉक लेने के लिए केंद्र से जुड़ें, या छपे लेबल प्रयोग करें। ({error})</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1108"/>
        <source>Import pre-advice</source>
        <translation>पूर्व-सूचना आयात</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1108"/>
        <source>Pre-advice files (*.csv *.json)</source>
        <translation>पूर्व-सूचना फ़ाइलें (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1152"/>
        <source>{file}: {parcels} parcels, {new} new, {updated} updated, {same} unchanged, {bad} rejected.</source>
        <translation>{file}: {parcels} पार्सल, {new} नए, {updated} अद्यतन, {same} अपरिवर्तित, {bad} अस्वीकृत।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1170"/>
        <source>Further warnings not shown: {count}.</source>
        <translation>और चेतावनियाँ (दिखाई नहीं गईं): {count}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1177"/>
        <source>List {number}: call it up with Ctrl+B or by scanning it.</source>
        <translation>सूची {number}: इसे Ctrl+B से या स्कैन करके खोलें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1136"/>
        <location filename="../../app/ui/main_window.py" line="1182"/>
        <source>Pre-advice import</source>
        <translation>पूर्व-सूचना आयात</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1137"/>
        <source>Nothing was imported: {error}</source>
        <translation>कुछ भी आयात नहीं हुआ: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="261"/>
        <location filename="../../app/ui/main_window.py" line="743"/>
        <source>Sync queue: {n}</source>
        <translation>सिंक कतार: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="745"/>
        <source>Business day {day}</source>
        <translation>कार्य दिवस {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="756"/>
        <location filename="../../app/ui/main_window.py" line="933"/>
        <source>Select an acceptance in today&apos;s list first.</source>
        <translation>पहले आज की सूची में एक बुकिंग चुनें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="761"/>
        <source>Void acceptance</source>
        <translation>बुकिंग रद्द करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="762"/>
        <source>Void {s10}? The record is kept and marked void; central is told.</source>
        <translation>{s10} रद्द करें? रिकॉर्ड रखा जाएगा और रद्द चिह्नित होगा; केंद्र को सूचना जाएगी।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="782"/>
        <source>Voided {s10}</source>
        <translation>रद्द हुआ {s10}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="678"/>
        <source>Left unpaid with a supervisor&apos;s approval.</source>
        <translation>पर्यवेक्षक की स्वीकृति से बिना भुगतान छोड़ा गया।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="684"/>
        <source>Paid in cash {amount}; change {change}.</source>
        <translation>नकद भुगतान {amount}; वापसी {change}।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="688"/>
        <source>Paid by card {amount}.</source>
        <translation>कार्ड से भुगतान {amount}।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="812"/>
        <source>{old} relabelled as {new}: put the new label on the parcel.</source>
        <translation>{old} को {new} के रूप में नया लेबल दिया गया: पार्सल पर नया लेबल लगाएँ।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="826"/>
        <source>Relabel</source>
        <translation>नया लेबल</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1204"/>
        <source>Leave with a consignment half done?</source>
        <translation>प्रेषण अधूरा छोड़कर बाहर निकलें?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1205"/>
        <source>The consignment on the form is not accepted yet. Leave and lose what was typed and weighed?</source>
        <translation>फ़ॉर्म पर प्रेषण अभी बुक नहीं हुआ है। बाहर निकलें और टाइप व तौला गया सब खो दें?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="347"/>
        <source>&amp;Unlock a staff number…</source>
        <translation>स्टाफ़ नंबर &amp;अनलॉक करें…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="994"/>
        <source>Staff number {n} is unlocked.</source>
        <translation>स्टाफ़ नंबर {n} अनलॉक हो गया।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="384"/>
        <source>none set up</source>
        <translation>कोई नहीं लगी</translation>
    </message>
</context>
<context>
    <name>ManualWeightApproval</name>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="170"/>
        <source>Manual weight</source>
        <translation>हाथ से भार</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="171"/>
        <source>Only when the scale cannot weigh this piece. The weight is stored as typed in, with the approving supervisor and the reason.</source>
        <translation>केवल तब जब तौल मशीन यह नग नहीं तौल सकती। भार टाइप किए अनुसार, स्वीकृति देने वाले पर्यवेक्षक और कारण के साथ सहेजा जाता है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="182"/>
        <source>Weight, kg</source>
        <translation>भार, kg</translation>
    </message>
</context>
<context>
    <name>PartyForm</name>
    <message>
        <location filename="../../app/ui/party_form.py" line="85"/>
        <source>Full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="86"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="87"/>
        <source>Street, house, flat</source>
        <translation>गली, मकान, फ़्लैट</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="88"/>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="89"/>
        <source>Postcode</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="90"/>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="135"/>
        <source>type a code or name, e.g. IN</source>
        <translation>कोड या नाम, जैसे IN</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="155"/>
        <source>in Latin script, for documents abroad</source>
        <translation>लैटिन लिपि में, विदेश जाने वाले दस्तावेज़ों के लिए</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="158"/>
        <source>Printed on the CN 23, label and advance data instead of the original. Correct it if needed (Ctrl+L switches between the two fields).</source>
        <translation>मूल के स्थान पर CN 23, लेबल और अग्रिम डेटा पर छपता है। ज़रूरत हो तो सुधारें (Ctrl+L दोनों फ़ील्ड के बीच ले जाता है)।</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <location filename="../../app/domain/payment.py" line="62"/>
        <source>Choose how the customer pays: cash, card or account.</source>
        <translation>ग्राहक कैसे भुगतान करेगा चुनें: नकद, कार्ड या खाता।</translation>
    </message>
    <message>
        <location filename="../../app/domain/payment.py" line="70"/>
        <source>Cash is taken in {currency} only.</source>
        <translation>नकद केवल {currency} में लिया जाता है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/payment.py" line="73"/>
        <source>Type the cash received, e.g. 2000.</source>
        <translation>प्राप्त नकद राशि लिखें, जैसे 2000।</translation>
    </message>
    <message>
        <location filename="../../app/domain/payment.py" line="76"/>
        <source>{given} is less than the {due} due: take {short} more, or choose card.</source>
        <translation>{given} देय राशि {due} से कम है: {short} और लें, या कार्ड चुनें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/payment.py" line="86"/>
        <source>{given} is far more than the {due} due: check the amount typed.</source>
        <translation>{given} देय राशि {due} से बहुत अधिक है: लिखी राशि जाँचें।</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_account.py" line="174"/>
        <source>Account payment refused: {customer} may not pay on account under its contract. Take the payment in cash or card.</source>
        <translation>खाते पर भुगतान अस्वीकृत: {customer} का अनुबंध खाते पर भुगतान की अनुमति नहीं देता। भुगतान नकद या कार्ड से लें।</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_account.py" line="195"/>
        <source>Account payment refused: central keeps {customer}&apos;s account in {currency}, its contract says {limit}. Take the payment in cash or card and tell head office.</source>
        <translation>खाते पर भुगतान अस्वीकृत: केंद्रीय प्रणाली {customer} का खाता {currency} में रखती है, जबकि अनुबंध में सीमा {limit} है। भुगतान नकद या कार्ड से लें और मुख्य कार्यालय को सूचित करें।</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_account.py" line="225"/>
        <source>Account payment refused: {customer}&apos;s contract is no longer active. Take the payment in cash or card.</source>
        <translation>खाते पर भुगतान अस्वीकृत: {customer} का अनुबंध अब सक्रिय नहीं है। भुगतान नकद या कार्ड से लें।</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_account.py" line="235"/>
        <source>Account payment refused: {customer}&apos;s account is kept in {currency}, this charge is {amount}. Take the payment in cash or card.</source>
        <translation>खाते पर भुगतान अस्वीकृत: {customer} का खाता {currency} में है, यह राशि {amount} है। भुगतान नकद या कार्ड से लें।</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_account.py" line="246"/>
        <source>Account payment refused: {customer} owes {owed} of its {limit} limit; this charge is {amount}. Take the payment in cash or card, or ask the customer to settle its account.</source>
        <translation>खाते पर भुगतान अस्वीकृत: {customer} पर {limit} की सीमा में से {owed} बकाया है; यह राशि {amount} है। भुगतान नकद या कार्ड से लें, या ग्राहक से अपना खाता चुकाने को कहें।</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_account.py" line="294"/>
        <source>Account: this business sender&apos;s contract does not allow payment on account.</source>
        <translation>खाता: इस व्यावसायिक प्रेषक का अनुबंध खाते पर भुगतान की अनुमति नहीं देता।</translation>
    </message>
    <message>
        <location filename="../../app/services/payment.py" line="49"/>
        <source>Account: no business senders with an account are set up at this branch yet.</source>
        <translation>खाता: इस शाखा में अभी खाते वाले व्यावसायिक प्रेषक नहीं हैं।</translation>
    </message>
    <message>
        <location filename="../../app/services/payment.py" line="52"/>
        <source>Account: only for business senders with an account; choose the business sender (F4) before accepting.</source>
        <translation>खाता: केवल खाते वाले व्यावसायिक प्रेषकों के लिए; स्वीकार करने से पहले व्यावसायिक प्रेषक (F4) चुनें।</translation>
    </message>
    <message>
        <location filename="../../app/services/payment.py" line="92"/>
        <location filename="../../app/services/payment.py" line="308"/>
        <location filename="../../app/services/payment.py" line="381"/>
        <source>This acceptance is not in this terminal.</source>
        <translation>यह बुकिंग इस टर्मिनल पर नहीं है।</translation>
    </message>
    <message>
        <location filename="../../app/services/payment.py" line="143"/>
        <source>This acceptance is void: no payment is taken for it.</source>
        <translation>यह बुकिंग रद्द है: इसका भुगतान नहीं लिया जाता।</translation>
    </message>
    <message>
        <location filename="../../app/services/payment.py" line="147"/>
        <source>The payment of this acceptance is already recorded.</source>
        <translation>इस बुकिंग का भुगतान पहले ही दर्ज है।</translation>
    </message>
    <message>
        <location filename="../../app/services/payment.py" line="311"/>
        <source>This parcel is on a business customer&apos;s list: the list is paid in one payment when a supervisor closes it.</source>
        <translation>यह पार्सल एक व्यावसायिक ग्राहक की सूची में है: पर्यवेक्षक के सूची बंद करने पर पूरी सूची का एक ही भुगतान होता है।</translation>
    </message>
    <message>
        <location filename="../../app/services/payment.py" line="362"/>
        <source>Give the reason for leaving it unpaid in a few words.</source>
        <translation>बिना भुगतान छोड़ने का कारण कुछ शब्दों में लिखें।</translation>
    </message>
    <message>
        <source>A supervisor&apos;s number and PIN are needed to leave it unpaid.</source>
        <translation type="vanished">बिना भुगतान छोड़ने के लिए पर्यवेक्षक संख्या और पिन चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/services/payment.py" line="173"/>
        <source>The customer&apos;s GSTIN {gstin} is not valid: check it on their certificate, or leave it empty for an unregistered customer.</source>
        <translation>ग्राहक का GSTIN {gstin} मान्य नहीं है: उनके प्रमाणपत्र से जाँचें, या अपंजीकृत ग्राहक के लिए खाली छोड़ें।</translation>
    </message>
    <message>
        <location filename="../../app/services/payment.py" line="298"/>
        <source>For an electronic receipt type a phone number (+79001234567) or an e-mail address, or leave the field empty.</source>
        <translation>इलेक्ट्रॉनिक रसीद के लिए फ़ोन नंबर (+79001234567) या ई-मेल पता लिखें, या फ़ील्ड खाली छोड़ें।</translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="131"/>
        <source>Cas&amp;h</source>
        <translation>नकद (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="133"/>
        <source>&amp;Card</source>
        <translation>कार्ड (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="135"/>
        <source>Acc&amp;ount</source>
        <translation>खाता (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="154"/>
        <source>exact amount</source>
        <translation>ठीक राशि</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="157"/>
        <source>Cash &amp;received</source>
        <translation>प्राप्त नकद (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="161"/>
        <source>Change</source>
        <translation>वापसी</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="183"/>
        <source>Record payment (Enter)</source>
        <translation>भुगतान दर्ज करें (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="198"/>
        <source>Leave &amp;unpaid… (supervisor)</source>
        <translation>बिना भुगतान छोड़ें… (पर्यवेक्षक) (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="203"/>
        <source>The next parcel can be scanned when the payment is recorded. Type the cash received (empty: the exact amount) and press Enter; Alt+C for card.</source>
        <translation>भुगतान दर्ज होने पर अगला पार्सल स्कैन होगा। प्राप्त नकद लिखें (खाली: ठीक राशि) और Enter दबाएँ; कार्ड के लिए Alt+C।</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="221"/>
        <source>Amount due</source>
        <translation>देय राशि</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="223"/>
        <source>Payment method</source>
        <translation>भुगतान का तरीका</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="256"/>
        <source>Payment for {s10}</source>
        <translation>{s10} का भुगतान</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="271"/>
        <source>Record the payment first (or a supervisor leaves it unpaid); then scan the next parcel.</source>
        <translation>पहले भुगतान दर्ज करें (या पर्यवेक्षक बिना भुगतान छोड़ें); फिर अगला पार्सल स्कैन करें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="338"/>
        <source>Type the cash received as a number, e.g. 2000 or 2000.50.</source>
        <translation>प्राप्त नकद अंकों में लिखें, जैसे 2000 या 2000.50।</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="492"/>
        <source>Leave unpaid</source>
        <translation>बिना भुगतान छोड़ें</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="493"/>
        <source>Let {s10} go without payment of {amount}? The supervisor&apos;s number and the reason are recorded and reported.</source>
        <translation>{s10} को {amount} के भुगतान के बिना भेजें? पर्यवेक्षक संख्या और कारण दर्ज होकर रिपोर्ट में आते हैं।</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="524"/>
        <source>The payment was not saved: {error}. Try Enter again.</source>
        <translation>भुगतान सहेजा नहीं गया: {error}। फिर से Enter दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="170"/>
        <source>Customer &amp;GSTIN</source>
        <translation>ग्राहक का GSTIN (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="170"/>
        <source>E-receipt to (&amp;phone/e-mail)</source>
        <translation>ई-रसीद: फ़ोन/ई-मेल (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="174"/>
        <source>optional, for a registered business</source>
        <translation>वैकल्पिक, पंजीकृत व्यवसाय के लिए</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="176"/>
        <source>optional: the customer&apos;s phone or e-mail</source>
        <translation>वैकल्पिक: ग्राहक का फ़ोन या ई-मेल</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="189"/>
        <source>Next customer; register it later</source>
        <translation>अगला ग्राहक; बाद में दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="372"/>
        <source>The payment is stored but not yet registered: {advice} Press Enter to try the register now, or serve the next customer: it is sent every minute.</source>
        <translation>भुगतान सहेजा गया है पर अभी रजिस्टर में दर्ज नहीं हुआ: {advice} अभी फिर आज़माने के लिए Enter दबाएँ, या अगले ग्राहक को सेवा दें: यह हर मिनट भेजा जाता है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="387"/>
        <source>The payment of {s10} waits for the cash register; it is sent every minute.</source>
        <translation>{s10} का भुगतान कैश रजिस्टर की प्रतीक्षा में है; यह हर मिनट भेजा जाता है।</translation>
    </message>
    <message>
        <source>The payment is stored but not yet registered: {advice} Press Enter to try the register again.</source>
        <translation type="vanished">भुगतान सहेजा गया है पर अभी रजिस्टर में दर्ज नहीं हुआ: {advice} रजिस्टर को फिर आज़माने के लिए Enter दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="418"/>
        <source>Cash register shift {n} closed (Z report).</source>
        <translation>कैश रजिस्टर शिफ़्ट {n} बंद (Z रिपोर्ट)।</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="464"/>
        <source>The cash register could not be reached: {error}</source>
        <translation>कैश रजिस्टर से संपर्क नहीं हो सका: {error}</translation>
    </message>
</context>
<context>
    <name>PinChangeDialog</name>
    <message>
        <location filename="../../app/ui/pin_change_dialog.py" line="38"/>
        <source>Set a new PIN</source>
        <translation>नया PIN सेट करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_change_dialog.py" line="40"/>
        <source>The PIN of staff number {n} is too short. Choose a new PIN of 6 to 12 digits and type it twice; the old one stops working.</source>
        <translation>स्टाफ़ नंबर {n} का PIN बहुत छोटा है। 6 से 12 अंकों का नया PIN चुनें और उसे दो बार टाइप करें; पुराना PIN काम करना बंद कर देगा।</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_change_dialog.py" line="60"/>
        <source>New PIN</source>
        <translation>नया PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_change_dialog.py" line="61"/>
        <source>New PIN again</source>
        <translation>नया PIN दोबारा</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_change_dialog.py" line="65"/>
        <source>Save the new PIN</source>
        <translation>नया PIN सहेजें</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_change_dialog.py" line="98"/>
        <source>The two PINs differ: type the new PIN twice.</source>
        <translation>दोनों PIN अलग हैं: नया PIN दो बार टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_change_dialog.py" line="101"/>
        <source>Choose a PIN different from the old one.</source>
        <translation>पुराने से अलग PIN चुनें।</translation>
    </message>
</context>
<context>
    <name>PreAdvice</name>
    <message>
        <location filename="../../app/services/preadvice.py" line="171"/>
        <source>a text holds an unpaired surrogate (an escape like \ud800 that is no character)</source>
        <translation>पाठ में एक अयुग्मित सरोगेट है (\ud800 जैसा एस्केप, जो कोई अक्षर नहीं है)</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="205"/>
        <source>The list number is missing: type it as printed on the list (like IN-MP-2026-000123).</source>
        <translation>सूची का नंबर नहीं दिया गया: उसे वैसे ही टाइप करें जैसा सूची पर छपा है (जैसे IN-MP-2026-000123)।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="209"/>
        <source>The list number {number} is not 1 to 40 letters, digits and - / . _: type it as printed on the list (like IN-MP-2026-000123).</source>
        <translation>सूची नंबर {number} 1 से 40 अक्षरों, अंकों और - / . _ का नहीं है: उसे वैसे ही टाइप करें जैसा सूची पर छपा है (जैसे IN-MP-2026-000123)।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="214"/>
        <source>The customer code {code} is not 1 to 40 letters, digits and - . _ (like SHOPKART).</source>
        <translation>ग्राहक कोड {code} 1 से 40 अक्षरों, अंकों और - . _ का नहीं है (जैसे SHOPKART)।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="232"/>
        <source>{where}: {message} Nothing was imported.</source>
        <translation>{where}: {message} कुछ भी आयात नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="239"/>
        <source>{message} Nothing was imported.</source>
        <translation>{message} कुछ भी आयात नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="276"/>
        <source>{name} is not UTF-8 text. Nothing was imported; save the file as UTF-8 and import it again.</source>
        <translation>{name} UTF-8 पाठ नहीं है। कुछ भी आयात नहीं हुआ; फ़ाइल को UTF-8 में सहेजें और फिर से आयात करें।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="287"/>
        <source>row {row} ({s10}): {reasons}</source>
        <translation>पंक्ति {row} ({s10}): {reasons}</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="306"/>
        <source>no S10</source>
        <translation>S10 नहीं</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="386"/>
        <source>declared_weight_kg {value} is not a weight in kg (like 12.5)</source>
        <translation>declared_weight_kg {value} किलोग्राम में वज़न नहीं है (जैसे 12.5)</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="396"/>
        <source>declared_weight_kg {value} is outside 0.001..{max} kg</source>
        <translation>declared_weight_kg {value} 0.001..{max} किग्रा की सीमा से बाहर है</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="421"/>
        <source>dimensions_cm {value} is not a size like 60x40x30 (cm)</source>
        <translation>dimensions_cm {value} 60x40x30 (सेमी) जैसा आकार नहीं है</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="429"/>
        <source>dimensions_cm {value}: each side must be 0.1 to {max} cm</source>
        <translation>dimensions_cm {value}: हर भुजा 0.1 से {max} सेमी होनी चाहिए</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="455"/>
        <source>{name} {value} is not an amount</source>
        <translation>{name} {value} कोई राशि नहीं है</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="464"/>
        <source>{name} {value} is outside 0.01..{max}</source>
        <translation>{name} {value} 0.01..{max} की सीमा से बाहर है</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="474"/>
        <source>{name} {value} has more than 2 decimals</source>
        <translation>{name} {value} में दशमलव के बाद 2 से अधिक अंक हैं</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="499"/>
        <source>quantity {value} is not a whole number</source>
        <translation>quantity {value} पूर्ण संख्या नहीं है</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="507"/>
        <source>quantity {value} is outside 1..{max}</source>
        <translation>quantity {value} 1..{max} की सीमा से बाहर है</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="518"/>
        <source>net_weight_kg {value} is outside 0..{max} kg</source>
        <translation>net_weight_kg {value} 0..{max} किग्रा की सीमा से बाहर है</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="527"/>
        <source>net_weight_kg {value} is not a weight in kg (like 12.5)</source>
        <translation>net_weight_kg {value} किलोग्राम में वज़न नहीं है (जैसे 12.5)</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="558"/>
        <source>total_net_weight_kg {value} is out of range</source>
        <translation>total_net_weight_kg {value} अनुमत सीमा से बाहर है</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="565"/>
        <source>total_net_weight_kg {value} is not a weight in kg</source>
        <translation>total_net_weight_kg {value} किलोग्राम में वज़न नहीं है</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="583"/>
        <source>{field} is longer than {max} characters</source>
        <translation>{field} {max} अक्षरों से लंबा है</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="615"/>
        <source>{path} cannot be read ({error}).</source>
        <translation>{path} पढ़ी नहीं जा सकती ({error})।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="635"/>
        <source>{path} is a folder: choose the pre-advice file in it.</source>
        <translation>{path} एक फ़ोल्डर है: उसमें से पूर्व-सूचना फ़ाइल चुनें।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="642"/>
        <source>{path} is not a regular file (a pipe, socket or device): save the data to a file and import that. Nothing was imported.</source>
        <translation>{path} सामान्य फ़ाइल नहीं है (पाइप, सॉकेट या डिवाइस): डेटा को फ़ाइल में सहेजें और उसे आयात करें। कुछ भी आयात नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="658"/>
        <source>{path} is not a regular file. Nothing was imported.</source>
        <translation>{path} सामान्य फ़ाइल नहीं है। कुछ भी आयात नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="686"/>
        <source> It looks like Windows-1251 (Excel&apos;s plain &apos;CSV&apos;): save it as &apos;CSV UTF-8&apos;.</source>
        <translation> यह Windows-1251 (Excel का सामान्य &apos;CSV&apos;) लगता है: इसे &apos;CSV UTF-8&apos; के रूप में सहेजें।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="696"/>
        <source>{name} is not UTF-8 text (first bad byte on line {line}).{hint} Nothing was imported; save the file as UTF-8 and import it again.</source>
        <translation>{name} UTF-8 पाठ नहीं है (पहला गलत बाइट पंक्ति {line} में)।{hint} कुछ भी आयात नहीं हुआ; फ़ाइल को UTF-8 में सहेजें और फिर से आयात करें।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="714"/>
        <source>{name} is not UTF-8 text (it ends inside a character). Nothing was imported.</source>
        <translation>{name} UTF-8 पाठ नहीं है (यह किसी अक्षर के बीच में समाप्त होता है)। कुछ भी आयात नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="724"/>
        <source>{name} is empty: nothing was imported.</source>
        <translation>{name} खाली है: कुछ भी आयात नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="732"/>
        <source>{column} differs from row {row} of the same parcel</source>
        <translation>{column} उसी पार्सल की पंक्ति {row} से अलग है</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="745"/>
        <location filename="../../app/services/preadvice.py" line="752"/>
        <source>{name}: no header row. Nothing was imported.</source>
        <translation>{name}: शीर्षक पंक्ति नहीं है। कुछ भी आयात नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="758"/>
        <source>{name} lacks the column(s) {columns}. Nothing was imported; add them to the header row (see the pre-advice format) and import again.</source>
        <translation>{name} में ये कॉलम नहीं हैं: {columns}। कुछ भी आयात नहीं हुआ; इन्हें शीर्षक पंक्ति में जोड़ें (पूर्व-सूचना प्रारूप देखें) और फिर से आयात करें।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="771"/>
        <source>{name} has the column(s) {columns} twice. Nothing was imported.</source>
        <translation>{name} में कॉलम {columns} दो बार हैं। कुछ भी आयात नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="780"/>
        <source>column {column} is not a pre-advice column and was ignored</source>
        <translation>कॉलम {column} पूर्व-सूचना का कॉलम नहीं है और अनदेखा किया गया</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="817"/>
        <source>has {fields} fields but the header has {width}</source>
        <translation>इसमें {fields} फ़ील्ड हैं पर शीर्षक में {width}</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="844"/>
        <source>more than {max} content lines (central takes at most {max})</source>
        <translation>{max} से अधिक सामग्री पंक्तियाँ (केंद्रीय प्रणाली अधिकतम {max} लेती है)</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="851"/>
        <source>row {row}: {reason}</source>
        <translation>पंक्ति {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="884"/>
        <source>{name}, row {row}: not readable as CSV ({error}).</source>
        <translation>{name}, पंक्ति {row}: CSV के रूप में पढ़ी नहीं जा सकती ({error})।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="936"/>
        <source>{name}: JSON nested deeper than {max} levels. Nothing was imported.</source>
        <translation>{name}: JSON की नेस्टिंग {max} स्तरों से अधिक गहरी है। कुछ भी आयात नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="948"/>
        <source>{name}, line {line}: JSON syntax error ({error}). Nothing was imported.</source>
        <translation>{name}, पंक्ति {line}: JSON वाक्य-रचना त्रुटि ({error})। कुछ भी आयात नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="957"/>
        <source>{name}: JSON syntax error (too deep). Nothing was imported.</source>
        <translation>{name}: JSON वाक्य-रचना त्रुटि (बहुत गहरी नेस्टिंग)। कुछ भी आयात नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="970"/>
        <source>{name}: expected {shape} or a list of parcels. Nothing was imported.</source>
        <translation>{name}: {shape} या पार्सलों की सूची अपेक्षित थी। कुछ भी आयात नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="983"/>
        <source>{name}: &quot;customer&quot; is given but no &quot;batch&quot; (the list&apos;s number): add it, or import with --batch NUMBER. Nothing was imported.</source>
        <translation>{name}: &quot;customer&quot; दिया गया है पर &quot;batch&quot; (सूची की संख्या) नहीं: इसे जोड़ें, या --batch NUMBER के साथ आयात करें। कुछ भी आयात नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="996"/>
        <source>{name}: expected a list of parcels. Nothing was imported.</source>
        <translation>{name}: पार्सलों की सूची अपेक्षित थी। कुछ भी आयात नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1016"/>
        <source>parcel {n} is not an object {{...}}</source>
        <translation>पार्सल {n} ऑब्जेक्ट {{...}} नहीं है</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1025"/>
        <source>{key} is missing or not an object</source>
        <translation>{key} नहीं है या ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1033"/>
        <source>customs &apos;lines&apos; is missing or empty</source>
        <translation>customs में &apos;lines&apos; नहीं है या खाली है</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1038"/>
        <source>{lines} content lines: central takes at most {max}</source>
        <translation>{lines} सामग्री पंक्तियाँ: केंद्रीय प्रणाली अधिकतम {max} लेती है</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1047"/>
        <source>line {line} is not an object</source>
        <translation>सामग्री पंक्ति {line} ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1052"/>
        <source>line {line}: {reason}</source>
        <translation>सामग्री पंक्ति {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1080"/>
        <source>{name} is larger than {max} MiB of JSON: send large pre-advice as CSV (it is read as a stream). Nothing was imported.</source>
        <translation>{name} JSON के {max} MiB से बड़ी है: बड़ी पूर्व-सूचना CSV में भेजें (वह धारा के रूप में पढ़ी जाती है)। कुछ भी आयात नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1214"/>
        <source>s10: {reason}</source>
        <translation>s10: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1220"/>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1237"/>
        <source>customs.category: {value} is not one of {categories}</source>
        <translation>customs.category: {value} इनमें से कोई नहीं है: {categories}</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1248"/>
        <source>customs.currency: {value} is not an ISO 4217 code</source>
        <translation>customs.currency: {value} ISO 4217 कोड नहीं है</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1364"/>
        <source>list {number} was closed {closed} and can no longer change. Nothing was imported; parcels that still need sending go on a new list (another number).</source>
        <translation>सूची {number} {closed} को बंद हो चुकी है और अब बदली नहीं जा सकती। कुछ भी आयात नहीं हुआ; जिन पार्सलों को अभी भेजना है वे नई सूची (दूसरी संख्या) में जाएँ।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1377"/>
        <source>list {number} is customer {customer}&apos;s, not {given}&apos;s. Nothing was imported; check the list number and the customer.</source>
        <translation>सूची {number} ग्राहक {customer} की है, {given} की नहीं। कुछ भी आयात नहीं हुआ; सूची संख्या और ग्राहक जाँचें।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1399"/>
        <source>{name} is list {number}, not {given} as given. Nothing was imported; give the file&apos;s own number or none.</source>
        <translation>{name} सूची {number} है, दी गई {given} नहीं। कुछ भी आयात नहीं हुआ; फ़ाइल की अपनी संख्या दें या कोई नहीं।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1412"/>
        <source>{name} is customer {customer}&apos;s list, not {given}&apos;s. Nothing was imported; check the customer.</source>
        <translation>{name} ग्राहक {customer} की सूची है, {given} की नहीं। कुछ भी आयात नहीं हुआ; ग्राहक जाँचें।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1487"/>
        <source>list {number} names no customer: its items are charged at public prices (give --customer CODE)</source>
        <translation>सूची {number} में कोई ग्राहक नहीं है: इसकी वस्तुओं पर सार्वजनिक दरें लगती हैं (--customer CODE दें)</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1530"/>
        <source>{error} The {parcels} parcel(s) before it were imported; correct the file and import it again (unchanged parcels are left alone).</source>
        <translation>{error} इससे पहले के {parcels} पार्सल आयात हो गए; फ़ाइल ठीक करें और फिर से आयात करें (बिना बदलाव वाले पार्सल वैसे ही रहेंगे)।</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1557"/>
        <source>s10 {s10} was already given in row {row} of this file</source>
        <translation>s10 {s10} इस फ़ाइल की पंक्ति {row} में पहले ही दिया जा चुका है</translation>
    </message>
</context>
<context>
    <name>PreAdviceImportDialog</name>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="51"/>
        <source>Import pre-advice</source>
        <translation>पूर्व-सूचना आयात</translation>
    </message>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="54"/>
        <source>File: {file}</source>
        <translation>फ़ाइल: {file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="61"/>
        <source>Is this a marketplace&apos;s list?</source>
        <translation>क्या यह किसी मार्केटप्लेस की सूची है?</translation>
    </message>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="63"/>
        <source>&amp;Single parcels</source>
        <translation>अलग-अलग पार्सल (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="65"/>
        <source>A business customer&apos;s &amp;list</source>
        <translation>व्यावसायिक ग्राहक की सूची (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="75"/>
        <source>as printed on the list, e.g. IN-MP-2026-000123</source>
        <translation>जैसा सूची पर छपा है, जैसे IN-MP-2026-000123</translation>
    </message>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="79"/>
        <source>none (public prices)</source>
        <translation>कोई नहीं (सार्वजनिक दरें)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="83"/>
        <source>The list&apos;s items are charged at this customer&apos;s contract prices.</source>
        <translation>सूची की वस्तुओं का शुल्क इस ग्राहक की अनुबंध दरों पर लगता है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="90"/>
        <source>List &amp;number</source>
        <translation>सूची नंबर (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="92"/>
        <source>&amp;Customer</source>
        <translation>ग्राहक (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="99"/>
        <source>&amp;Import</source>
        <translation>आयात करें (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="110"/>
        <source>no customer named: public prices</source>
        <translation>कोई ग्राहक नहीं दिया गया: सार्वजनिक दरें</translation>
    </message>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="112"/>
        <source>This file is list {number} ({customer}): its parcels are imported as that list. Nothing more is needed here.</source>
        <translation>यह फ़ाइल सूची {number} ({customer}) है: इसके पार्सल उसी सूची के रूप में आयात होते हैं। यहाँ और कुछ नहीं चाहिए।</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../app/ui/print_preview.py" line="356"/>
        <source>Print preview</source>
        <translation>प्रिंट पूर्वावलोकन</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="362"/>
        <source>Preparing the preview…</source>
        <translation>पूर्वावलोकन तैयार हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="373"/>
        <source>&amp;Print…</source>
        <translation>प्रिंट (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="376"/>
        <source>&amp;Save as PDF…</source>
        <translation>PDF में सहेजें (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="377"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print_preview.py" line="412"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n पृष्ठ</numerusform>
            <numerusform>%n पृष्ठ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="441"/>
        <source>The documents could not be shown: %1</source>
        <translation>दस्तावेज़ दिखाए नहीं जा सके: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="464"/>
        <source>Printing…</source>
        <translation>प्रिंट हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="469"/>
        <source>Sent to the printer: %1</source>
        <translation>प्रिंटर को भेजा गया: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="476"/>
        <source>Save %1</source>
        <translation>%1 सहेजें</translation>
    </message>
</context>
<context>
    <name>PrintSpooler</name>
    <message>
        <location filename="../../app/ui/print_preview.py" line="306"/>
        <source>The print system does not know the printer “%1” or is not running: choose the printer again in Tools → Printing settings.</source>
        <translation>प्रिंट सिस्टम प्रिंटर “%1” को नहीं जानता या चल नहीं रहा: उपकरण → प्रिंटिंग सेटिंग्स में प्रिंटर फिर से चुनें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="311"/>
        <source>The printer “%1” is not accepting jobs: ask the supervisor to enable it in the system&apos;s printer settings.</source>
        <translation>प्रिंटर “%1” काम स्वीकार नहीं कर रहा: सुपरवाइज़र से सिस्टम की प्रिंटर सेटिंग्स में इसे चालू करने को कहें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="316"/>
        <source>The print system is not running: restart the PC or call support.</source>
        <translation>प्रिंट सिस्टम नहीं चल रहा: कंप्यूटर फिर से चालू करें या सहायता को फ़ोन करें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="319"/>
        <source>The print system did not answer for printer “%1”: try again in a minute.</source>
        <translation>प्रिंट सिस्टम ने प्रिंटर “%1” के लिए उत्तर नहीं दिया: एक मिनट बाद फिर कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="323"/>
        <source>The document is too big for printer “%1”.</source>
        <translation>दस्तावेज़ प्रिंटर “%1” के लिए बहुत बड़ा है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="327"/>
        <source>The printer “%1” refused the document: %2</source>
        <translation>प्रिंटर “%1” ने दस्तावेज़ अस्वीकार किया: %2</translation>
    </message>
</context>
<context>
    <name>PrintingSettingsDialog</name>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="45"/>
        <source>Printing settings</source>
        <translation>प्रिंटिंग सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="49"/>
        <source>Print label, CN 23 and receipt as soon as a parcel is accepted</source>
        <translation>पार्सल स्वीकार होते ही लेबल, CN 23 और रसीद प्रिंट करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="62"/>
        <source>PDF through the label printer above</source>
        <translation>ऊपर दिए गए लेबल प्रिंटर से PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="63"/>
        <source>ZPL straight to a thermal label printer</source>
        <translation>ZPL सीधे थर्मल लेबल प्रिंटर पर</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="69"/>
        <source>tcp://192.168.1.50:9100 or /dev/usb/lp0</source>
        <translation>tcp://192.168.1.50:9100 या /dev/usb/lp0</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="74"/>
        <source>{dpmm} dots/mm ({dpi} dpi)</source>
        <translation>{dpmm} डॉट/मिमी ({dpi} dpi)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="100"/>
        <source>With no printer chosen, PostCounter shows a preview and asks where to print. A printer that is chosen but not installed is asked for the same way.</source>
        <translation>कोई प्रिंटर न चुना हो तो PostCounter पूर्वावलोकन दिखाता है और पूछता है कि कहाँ प्रिंट करें। चुना गया पर इंस्टॉल न हुआ प्रिंटर हो तो भी ऐसा ही होता है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="111"/>
        <source>&amp;Documents (A4):</source>
        <translation>दस्तावेज़, A4 (&amp;D):</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="112"/>
        <source>&amp;Labels:</source>
        <translation>लेबल (&amp;L):</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="113"/>
        <source>Label &amp;format:</source>
        <translation>लेबल प्रारूप (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="114"/>
        <source>&amp;ZPL printer address:</source>
        <translation>ZPL प्रिंटर का पता (&amp;Z):</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="115"/>
        <source>Print &amp;head:</source>
        <translation>प्रिंट हेड (&amp;H):</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="135"/>
        <source>(ask each time, with a preview)</source>
        <translation>(हर बार पूछें, पूर्वावलोकन के साथ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="139"/>
        <source>{name} (not installed)</source>
        <translation>{name} (इंस्टॉल नहीं है)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="167"/>
        <source>Give the ZPL printer&apos;s address, or print labels as PDF.</source>
        <translation>ZPL प्रिंटर का पता दें, या लेबल PDF के रूप में प्रिंट करें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="175"/>
        <source>The ZPL printer address must look like tcp://192.168.1.50:9100 (network printer) or /dev/usb/lp0 (USB printer).</source>
        <translation>ZPL प्रिंटर का पता tcp://192.168.1.50:9100 (नेटवर्क प्रिंटर) या /dev/usb/lp0 (USB प्रिंटर) जैसा होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="83"/>
        <source>empty: A4 receipt · tcp://192.168.1.60:9100 · usb:04b8:0202 · serial:/dev/ttyUSB0</source>
        <translation>खाली: A4 रसीद · tcp://192.168.1.60:9100 · usb:04b8:0202 · serial:/dev/ttyUSB0</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="89"/>
        <source>Only while no printer is set up</source>
        <translation>केवल जब तक कोई प्रिंटर सेट नहीं</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="90"/>
        <source>After every accept</source>
        <translation>हर बुकिंग के बाद</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="91"/>
        <source>Never (Ctrl+P shows it)</source>
        <translation>कभी नहीं (Ctrl+P से देखें)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="116"/>
        <source>&amp;Receipt printer (80 mm):</source>
        <translation>रसीद प्रिंटर (80 मिमी) (&amp;R):</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="117"/>
        <source>Print pre&amp;view:</source>
        <translation>प्रिंट पूर्वावलोकन (&amp;V):</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="186"/>
        <source>The receipt printer must look like tcp://192.168.1.60:9100 (network), usb:04b8:0202 (USB vendor:product), serial:/dev/ttyUSB0 or /dev/usb/lp1.</source>
        <translation>रसीद प्रिंटर ऐसे लिखें: tcp://192.168.1.60:9100 (नेटवर्क), usb:04b8:0202 (USB विक्रेता:उत्पाद), serial:/dev/ttyUSB0 या /dev/usb/lp1।</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>Save All</source>
        <translation>सब सहेजें</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>Yes to &amp;All</source>
        <translation>सभी के लिए हाँ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>N&amp;o to All</source>
        <translation>सभी के लिए नहीं (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>Abort</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>Retry</source>
        <translation>फिर प्रयास करें</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>Discard</source>
        <translation>छोड़ें</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>Restore Defaults</source>
        <translation>डिफ़ॉल्ट पुनर्स्थापित करें</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>Copy &amp;Link Location</source>
        <translation>लिंक का पता कॉपी करें (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="49"/>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>RefreshWarning</name>
    <message>
        <location filename="../../app/ui/reference_warning.py" line="47"/>
        <source>⚠ Rates and rules never refreshed from central</source>
        <translation>⚠ दरें और नियम केंद्रीय प्रणाली से कभी अद्यतन नहीं हुए</translation>
    </message>
    <message>
        <location filename="../../app/ui/reference_warning.py" line="50"/>
        <source>⚠ Rates and rules not refreshed from central since {when}</source>
        <translation>⚠ दरें और नियम {when} से केंद्रीय प्रणाली से अद्यतन नहीं हुए</translation>
    </message>
</context>
<context>
    <name>RefusalBar</name>
    <message numerus="yes">
        <location filename="../../app/ui/refusal_bar.py" line="56"/>
        <source>and %n more at their fields</source>
        <translation>
            <numerusform>और %n अपने फ़ील्ड पर</numerusform>
            <numerusform>और %n अपने फ़ील्ड पर</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/refusal_bar.py" line="57"/>
        <source>%n problem(s) — Accept refused, nothing was lost:</source>
        <translation>
            <numerusform>%n समस्या — बुकिंग अस्वीकृत, कुछ नहीं खोया:</numerusform>
            <numerusform>%n समस्याएँ — बुकिंग अस्वीकृत, कुछ नहीं खोया:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterSettingsDialog</name>
    <message>
        <location filename="../../app/ui/register_settings.py" line="78"/>
        <source>Cash register settings</source>
        <translation>कैश रजिस्टर सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_settings.py" line="84"/>
        <source>The address of ATOL Driver&apos;s web server on this computer. Empty: no cash register (a demo counter uses a fake one, marked on its receipts).</source>
        <translation>इस कंप्यूटर पर ATOL Driver के वेब सर्वर का पता। खाली: कोई कैश रजिस्टर नहीं (डेमो काउंटर नकली रजिस्टर इस्तेमाल करता है, जो उसकी रसीदों पर लिखा होता है)।</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_settings.py" line="104"/>
        <source>12 digits</source>
        <translation>12 अंक</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_settings.py" line="108"/>
        <location filename="../../app/ui/register_settings.py" line="113"/>
        <location filename="../../app/ui/register_settings.py" line="117"/>
        <source>{name} ({number}):</source>
        <translation>{name} ({number}):</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_settings.py" line="140"/>
        <source>A person&apos;s INN from the tax certificate: 12 digits. The register prints it on every receipt this cashier makes. Empty: none.</source>
        <translation>कर प्रमाणपत्र से व्यक्ति का INN: 12 अंक। रजिस्टर इसे इस कैशियर की हर रसीद पर छापता है। खाली: कोई नहीं।</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_settings.py" line="148"/>
        <source>Cashiers&apos; INN</source>
        <translation>कैशियरों का INN</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_settings.py" line="154"/>
        <source>No staff on this terminal yet.</source>
        <translation>इस टर्मिनल पर अभी कोई कर्मचारी नहीं है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_settings.py" line="162"/>
        <source>ATOL Driver &amp;address:</source>
        <translation>ATOL Driver का पता (&amp;A):</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_settings.py" line="189"/>
        <source>{problem}.</source>
        <translation>{problem}।</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_settings.py" line="198"/>
        <source>INN of {name}: {problem}.</source>
        <translation>{name} का INN: {problem}।</translation>
    </message>
</context>
<context>
    <name>S10</name>
    <message>
        <location filename="../../app/domain/s10.py" line="26"/>
        <source>parcel</source>
        <translation>पार्सल</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="27"/>
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="28"/>
        <source>e-commerce item</source>
        <translation>ई-कॉमर्स वस्तु</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="29"/>
        <source>letter express</source>
        <translation>एक्सप्रेस पत्र</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="30"/>
        <source>registered item</source>
        <translation>रजिस्टर्ड वस्तु</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="31"/>
        <source>customs-controlled letter post</source>
        <translation>सीमा शुल्क नियंत्रित पत्र डाक</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="32"/>
        <source>insured letter</source>
        <translation>बीमाकृत पत्र</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="116"/>
        <source>No tracking number: scan the label or type the 13 characters.</source>
        <translation>ट्रैकिंग संख्या नहीं: लेबल स्कैन करें या 13 वर्ण टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="121"/>
        <source>{text} has {length} characters; an S10 number has 13 (2 letters, 9 digits, 2 letters).</source>
        <translation>{text} में {length} वर्ण हैं; S10 संख्या में 13 होते हैं (2 अक्षर, 9 अंक, 2 अक्षर)।</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="140"/>
        <source>{text} is not shaped like an S10 number: it must be 2 letters, 9 digits, 2 letters.</source>
        <translation>{text} S10 संख्या के रूप में नहीं है: 2 अक्षर, 9 अंक, 2 अक्षर होने चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="149"/>
        <source>Service indicator {service} is reserved by the UPU and never used on items.</source>
        <translation>सेवा संकेतक {service} UPU द्वारा आरक्षित है और वस्तुओं पर प्रयोग नहीं होता।</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="158"/>
        <source>Check digit of {text} is {found} but should be {expected}: a digit was mistyped or misread. Scan the label again or retype it.</source>
        <translation>{text} का जाँच अंक {found} है, पर {expected} होना चाहिए: कोई अंक गलत टाइप या गलत पढ़ा गया। लेबल फिर स्कैन करें या दोबारा टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../app/services/s10_blocks.py" line="32"/>
        <source>No {service} numbers left for {country} on this terminal: connect to the central system to get a new block, or scan the number on a pre-printed label.</source>
        <translation>इस टर्मिनल पर {country} के लिए {service} संख्याएँ समाप्त: नया ब्लॉक लेने के लिए केंद्रीय प्रणाली से जुड़ें, या छपे लेबल की संख्या स्कैन करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="131"/>
        <source>{text} holds digits of another script; an S10 number has only the digits 0-9. Scan the label or retype it with the ordinary digits.</source>
        <translation>{text} में किसी अन्य लिपि के अंक हैं; S10 नंबर में केवल 0-9 अंक होते हैं। लेबल स्कैन करें या सामान्य अंकों से दोबारा टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10_policy.py" line="63"/>
        <source>{text} ends in {country}, which is not an ISO 3166 country code.</source>
        <translation>{text} {country} पर समाप्त होता है, जो ISO 3166 देश कोड नहीं है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10_policy.py" line="72"/>
        <source>{text} was issued by another operator ({country}); this counter accepts only {own} numbers. Use a label from this branch&apos;s block (F3).</source>
        <translation>{text} किसी अन्य ऑपरेटर ({country}) ने जारी किया है; यह काउंटर केवल {own} नंबर लेता है। इस शाखा के ब्लॉक का लेबल लें (F3)।</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10_policy.py" line="84"/>
        <source>{text} has service indicator {service}, which this product does not use (allowed: {allowed}). Use a parcel label of this product.</source>
        <translation>{text} का सेवा संकेतक {service} है, जिसे यह उत्पाद उपयोग नहीं करता (अनुमत: {allowed})। इस उत्पाद का पार्सल लेबल लें।</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <location filename="../../app/devices/scale/base.py" line="65"/>
        <source>Internal parser error ({error}) on {count} bytes; they were skipped.</source>
        <translation>{count} बाइट पर आंतरिक पार्सर त्रुटि ({error}); उन्हें छोड़ दिया गया।</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/massa_k.py" line="179"/>
        <source>Massa-K answer 0x{code} is not used here; it was skipped.</source>
        <translation>Massa-K उत्तर 0x{code} यहाँ प्रयोग नहीं होता; छोड़ दिया गया।</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reader.py" line="59"/>
        <source>Connecting to the scale on {port}…</source>
        <translation>{port} पर तौल मशीन से जुड़ रहे हैं…</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reader.py" line="60"/>
        <source>Scale on {port} answers ({protocol}).</source>
        <translation>{port} पर तौल मशीन उत्तर दे रही है ({protocol})।</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reader.py" line="61"/>
        <source>The scale on {port} does not answer: check that it is switched on and its cable is plugged in, and that its interface is set to {protocol}.</source>
        <translation>{port} पर तौल मशीन उत्तर नहीं दे रही: जाँचें कि वह चालू है, केबल लगी है और इंटरफ़ेस {protocol} पर सेट है।</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reader.py" line="66"/>
        <source>Data arrives on {port} but it is not {protocol} at {line}: check the protocol and line settings in Scale settings (or use Detect).</source>
        <translation>{port} पर डेटा आ रहा है, पर वह {line} पर {protocol} नहीं है: तौल मशीन सेटिंग में प्रोटोकॉल और लाइन सेटिंग जाँचें (या «खोजें» दबाएँ)।</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reader.py" line="71"/>
        <source>Scale port {port} is not available ({error}): plug the scale&apos;s cable back in; the app reconnects by itself.</source>
        <translation>तौल मशीन का पोर्ट {port} उपलब्ध नहीं ({error}): केबल फिर से लगाएँ; ऐप अपने-आप जुड़ जाएगा।</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reader.py" line="76"/>
        <source>Scale reading stopped.</source>
        <translation>तौल मशीन से पढ़ना बंद हुआ।</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reading.py" line="137"/>
        <source>Skipped {count} bytes that are not a {protocol} frame.</source>
        <translation>{count} बाइट छोड़े गए जो {protocol} फ़्रेम नहीं हैं।</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reading.py" line="138"/>
        <source>A {protocol} frame failed its check ({check}): line noise or wrong line settings.</source>
        <translation>{protocol} फ़्रेम जाँच ({check}) में विफल: लाइन में शोर या गलत लाइन सेटिंग।</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reading.py" line="141"/>
        <source>A {protocol} frame has an unreadable {what}: {value}.</source>
        <translation>{protocol} फ़्रेम में {what} पढ़ा नहीं जा सकता: {value}।</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reading.py" line="142"/>
        <source>The scale reports in {unit}; set it to kilograms (legal-for-trade weighing here is in kg).</source>
        <translation>तौल मशीन {unit} में दिखा रही है; इसे किलोग्राम पर सेट करें (व्यापारिक तौल केवल kg में)।</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/ascii_continuous.py" line="55"/>
        <source>The indicator sends a piece count (QT, counting mode), not a weight: switch it to weighing mode.</source>
        <translation>इंडिकेटर भार नहीं, नगों की गिनती (QT, गिनती मोड) भेज रहा है: उसे तौल मोड में करें।</translation>
    </message>
</context>
<context>
    <name>ScaleSettingsDialog</name>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="50"/>
        <source>Scale settings</source>
        <translation>तौल मशीन सेटिंग</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="56"/>
        <source>(no scale: enter weights by supervisor approval)</source>
        <translation>(तौल मशीन नहीं: पर्यवेक्षक की स्वीकृति से भार डालें)</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="74"/>
        <source>&amp;Detect</source>
        <translation>खोजें (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="76"/>
        <source>&amp;Test reading</source>
        <translation>परीक्षण रीडिंग (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="88"/>
        <source>&amp;Port:</source>
        <translation>पोर्ट (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="89"/>
        <source>P&amp;rotocol:</source>
        <translation>प्रोटोकॉल (&amp;R):</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="131"/>
        <source>Line settings: {line}.</source>
        <translation>लाइन सेटिंग: {line}।</translation>
    </message>
    <message>
        <source>This protocol cannot show 100 kg or more: use it only for a small counter scale, never for the heavy-parcel platform scale.</source>
        <translation type="vanished">यह प्रोटोकॉल 100 kg या अधिक नहीं दिखा सकता: इसे केवल छोटी काउंटर तौल मशीन के लिए प्रयोग करें, भारी पार्सल की प्लेटफ़ॉर्म मशीन के लिए कभी नहीं।</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="148"/>
        <source>Detecting… (a few seconds per port)</source>
        <translation>खोज रहे हैं… (प्रति पोर्ट कुछ सेकंड)</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="156"/>
        <source>No scale answered on {count} port(s). Check that the scale is on and its cable is plugged in, then detect again.</source>
        <translation>{count} पोर्ट पर किसी तौल मशीन ने उत्तर नहीं दिया। जाँचें कि मशीन चालू है और केबल लगी है, फिर दोबारा खोजें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="167"/>
        <source>{port}: {protocol} at {line}</source>
        <translation>{port}: {protocol}, {line}</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="174"/>
        <source>Check the test reading, then press OK.</source>
        <translation>परीक्षण रीडिंग जाँचें, फिर OK दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="180"/>
        <source>Detection failed: {error}</source>
        <translation>खोज विफल: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="189"/>
        <source>Choose a port first.</source>
        <translation>पहले पोर्ट चुनें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="206"/>
        <source>▲ OVERLOAD</source>
        <translation>▲ अधिभार</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="208"/>
        <source>▼ UNDER ZERO</source>
        <translation>▼ शून्य से कम</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="210"/>
        <source>≈ MOTION</source>
        <translation>≈ अस्थिर</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="212"/>
        <source>● stable</source>
        <translation>● स्थिर</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="212"/>
        <source>≈ motion</source>
        <translation>≈ अस्थिर</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="213"/>
        <source> net</source>
        <translation> शुद्ध</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="60"/>
        <source>(simulated scale: training only, not for charging)</source>
        <translation>(सिम्युलेटेड तौल मशीन: केवल प्रशिक्षण, शुल्क के लिए नहीं)</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="133"/>
        <source>The standard field of this protocol cannot show 100 kg or more: use it for the heavy-parcel platform only when the scale sends the wider field (W1W2W3W4.W5, Brecknell), else only for a small counter scale.</source>
        <translation>इस प्रोटोकॉल का मानक फ़ील्ड 100 kg या अधिक नहीं दिखा सकता: भारी पार्सल प्लेटफ़ॉर्म के लिए इसे तभी चुनें जब मशीन चौड़ा फ़ील्ड (W1W2W3W4.W5, Brecknell) भेजे, अन्यथा केवल छोटी काउंटर मशीन के लिए।</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <location filename="../../app/domain/scan.py" line="63"/>
        <source>Item {value} ({service}).</source>
        <translation>वस्तु {value} ({service})।</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="64"/>
        <source>{value} is a Russia Post domestic tracking number (14 digits), not an international S10 number: this corridor needs the S10 label (2 letters, 9 digits, 2 letters).</source>
        <translation>{value} रूस पोस्ट की घरेलू ट्रैकिंग संख्या (14 अंक) है, अंतरराष्ट्रीय S10 संख्या नहीं: इस मार्ग के लिए S10 लेबल चाहिए (2 अक्षर, 9 अंक, 2 अक्षर)।</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="69"/>
        <source>{value} looks like a Russia Post domestic tracking number but its check digit is wrong: scan it again.</source>
        <translation>{value} रूस पोस्ट की घरेलू ट्रैकिंग संख्या जैसी है, पर जाँच अंक गलत है: फिर से स्कैन करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="74"/>
        <source>{value} is a product barcode (EAN-13), not a tracking number: scan the postal label instead.</source>
        <translation>{value} उत्पाद बारकोड (EAN-13) है, ट्रैकिंग संख्या नहीं: डाक लेबल स्कैन करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="79"/>
        <source>{value} has 13 digits but is not a valid EAN-13 or tracking number: scan it again.</source>
        <translation>{value} में 13 अंक हैं पर यह मान्य EAN-13 या ट्रैकिंग संख्या नहीं: फिर से स्कैन करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="82"/>
        <source>Staff badge {value}.</source>
        <translation>कर्मचारी बैज {value}।</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="87"/>
        <source>Marketplace list {value}.</source>
        <translation>मार्केटप्लेस सूची {value}।</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="88"/>
        <source>{value} is not a tracking number, product barcode or staff badge: scan the parcel&apos;s postal label.</source>
        <translation>{value} न ट्रैकिंग संख्या है, न उत्पाद बारकोड, न कर्मचारी बैज: पार्सल का डाक लेबल स्कैन करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="83"/>
        <source>{value} is a day manifest&apos;s number, not a parcel: open manifests from the Day menu.</source>
        <translation>{value} दिन के मैनिफ़ेस्ट का नंबर है, पार्सल का नहीं: मैनिफ़ेस्ट दिन मेनू से खोलें।</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <location filename="../../app/ui/scan_routing.py" line="59"/>
        <source>{grouped} · ⚠ {message} The item number in the field is kept.</source>
        <translation>{grouped} · ⚠ {message} फ़ील्ड में आइटम नंबर रखा गया है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/scan_routing.py" line="75"/>
        <source>A scan arrived while this window is open; it was not used. Finish or close this window, then scan again.</source>
        <translation>यह विंडो खुली रहते स्कैन आया; उसका उपयोग नहीं हुआ। यह विंडो पूरी करें या बंद करें, फिर दोबारा स्कैन करें।</translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <location filename="../../app/devices/scanner/serial_scanner.py" line="25"/>
        <source>Scanner on {port} ready.</source>
        <translation>{port} पर स्कैनर तैयार है।</translation>
    </message>
    <message>
        <location filename="../../app/devices/scanner/serial_scanner.py" line="26"/>
        <source>Scanner port {port} is not available ({error}): plug the scanner back in.</source>
        <translation>स्कैनर पोर्ट {port} उपलब्ध नहीं ({error}): स्कैनर फिर से लगाएँ।</translation>
    </message>
    <message>
        <location filename="../../app/devices/scanner/serial_scanner.py" line="29"/>
        <source>Scanner stopped.</source>
        <translation>स्कैनर बंद हुआ।</translation>
    </message>
</context>
<context>
    <name>ScannerSettingsDialog</name>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="49"/>
        <source>Scanner settings</source>
        <translation>स्कैनर सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="52"/>
        <source>(none: keyboard-wedge scanner only)</source>
        <translation>(कोई नहीं: केवल कीबोर्ड-वेज स्कैनर)</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="62"/>
        <source>A scanner that types like a keyboard needs no port: leave it at none. A serial scanner sends one line per scan at 8 data bits, no parity, 1 stop bit.</source>
        <translation>जो स्कैनर कीबोर्ड की तरह टाइप करता है, उसे पोर्ट की ज़रूरत नहीं: इसे &apos;कोई नहीं&apos; पर छोड़ें। सीरियल स्कैनर हर स्कैन पर एक पंक्ति भेजता है: 8 डेटा बिट, कोई पैरिटी नहीं, 1 स्टॉप बिट।</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="71"/>
        <source>&amp;Test</source>
        <translation>जाँचें (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="81"/>
        <source>&amp;Port:</source>
        <translation>पोर्ट (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="82"/>
        <source>&amp;Speed (baud):</source>
        <translation>गति, बॉड (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="113"/>
        <source>Choose a port first.</source>
        <translation>पहले एक पोर्ट चुनें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="115"/>
        <source>Opening {port}…</source>
        <translation>{port} खोला जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="133"/>
        <source>{port} is open: scan any barcode now.</source>
        <translation>{port} खुला है: अब कोई भी बारकोड स्कैन करें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="134"/>
        <source>{port} cannot be opened: check the cable and the port name.</source>
        <translation>{port} नहीं खुल रहा: केबल और पोर्ट का नाम जाँचें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="145"/>
        <source>Received “{text}”. {what} The scanner works.</source>
        <translation>“{text}” मिला। {what} स्कैनर काम कर रहा है।</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/services/terminal_settings.py" line="78"/>
        <source>give the ATOL Driver web server&apos;s address, e.g. http://127.0.0.1:16732; empty: none</source>
        <translation>ATOL Driver के वेब सर्वर का पता दें, जैसे http://127.0.0.1:16732; खाली: कोई नहीं</translation>
    </message>
    <message>
        <location filename="../../app/services/terminal_settings.py" line="96"/>
        <source>a person&apos;s INN has 12 digits (a 10-digit INN is a company&apos;s); empty: none</source>
        <translation>व्यक्ति के INN में 12 अंक होते हैं (10 अंकों वाला INN किसी कंपनी का होता है); खाली: कोई नहीं</translation>
    </message>
    <message>
        <location filename="../../app/services/terminal_settings.py" line="102"/>
        <source>its check digits do not match: copy it again from the tax certificate</source>
        <translation>इसके जाँच अंक मेल नहीं खाते: इसे कर प्रमाणपत्र से फिर से लिखें</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="335"/>
        <source>PostCounter set-up</source>
        <translation>PostCounter सेट-अप</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="347"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;पीछे</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="348"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;आगे &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="349"/>
        <source>&amp;Finish</source>
        <translation>&amp;समाप्त</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="350"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="64"/>
        <source>Welcome to PostCounter</source>
        <translation>PostCounter में आपका स्वागत है</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="65"/>
        <source>Try the counter with demo data, or join your branch.</source>
        <translation>डेमो डेटा के साथ काउंटर आज़माएँ, या अपनी शाखा से जुड़ें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="71"/>
        <source>Try the demo (practice data, nothing is sent)</source>
        <translation>डेमो आज़माएँ (अभ्यास डेटा, कुछ भी भेजा नहीं जाता)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="74"/>
        <source>Russia Post, Moscow</source>
        <translation>रूस पोस्ट, मॉस्को</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="75"/>
        <source>India Post, New Delhi GPO</source>
        <translation>इंडिया पोस्ट, नई दिल्ली जीपीओ</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="87"/>
        <source>Roubles, Moscow time, a fiscal register (simulated).</source>
        <translation>रूबल, मॉस्को समय, फ़िस्कल रजिस्टर (सिम्युलेटेड)।</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="90"/>
        <source>Rupees, India time, GST invoices; a marketplace batch of 20 parcels is pre-advised.</source>
        <translation>रुपये, भारतीय समय, GST चालान; 20 पार्सलों का मार्केटप्लेस बैच पूर्व-सूचित है।</translation>
    </message>
    <message>
        <source>Russia Post, Moscow: roubles, Moscow time, a fiscal register (simulated)</source>
        <translation type="vanished">रूस पोस्ट, मॉस्को: रूबल, मॉस्को समय, फ़िस्कल रजिस्टर (सिम्युलेटेड)</translation>
    </message>
    <message>
        <source>India Post, New Delhi GPO: rupees, India time, GST invoices, a marketplace batch of 20 parcels pre-advised</source>
        <translation type="vanished">इंडिया पोस्ट, नई दिल्ली जीपीओ: रुपये, भारतीय समय, GST चालान, 20 पार्सलों का पूर्व-सूचित मार्केटप्लेस बैच</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="130"/>
        <source>Preparing the demo branch…</source>
        <translation>डेमो शाखा तैयार की जा रही है…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="150"/>
        <source>The demo branch could not be prepared: {reason}</source>
        <translation>डेमो शाखा तैयार नहीं की जा सकी: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="67"/>
        <source>Join a branch (with the code head office gave you)</source>
        <translation>शाखा से जुड़ें (मुख्य कार्यालय द्वारा दिए गए कोड से)</translation>
    </message>
</context>
<context>
    <name>SupervisorApproval</name>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="61"/>
        <source>Supervisor number</source>
        <translation>पर्यवेक्षक संख्या</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="62"/>
        <source>PIN</source>
        <translation>पिन</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="64"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="70"/>
        <source>Approve</source>
        <translation>स्वीकृत करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="139"/>
        <source>Type the supervisor&apos;s number and PIN.</source>
        <translation>पर्यवेक्षक का नंबर और PIN टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="159"/>
        <source>A PIN shorter than 6 digits must be changed first.</source>
        <translation>6 अंकों से छोटा PIN पहले बदलना होगा।</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../app/services/sync_service.py" line="92"/>
        <source>{url} is not a web address; use https://host[:port].</source>
        <translation>{url} वेब पता नहीं है; https://host[:port] प्रयोग करें।</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_service.py" line="98"/>
        <source>{url} is not encrypted: use https:// so the terminal&apos;s data and token cannot be read on the way.</source>
        <translation>{url} एन्क्रिप्टेड नहीं है: https:// प्रयोग करें ताकि टर्मिनल का डेटा और टोकन रास्ते में पढ़ा न जा सके।</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_service.py" line="143"/>
        <source>Enter the token central issued for this terminal.</source>
        <translation>केंद्रीय प्रणाली द्वारा इस टर्मिनल को दिया गया टोकन डालें।</translation>
    </message>
    <message>
        <source>No central system configured: run &apos;sync configure --url URL --token TOKEN&apos;.</source>
        <translation type="vanished">केंद्रीय प्रणाली सेट नहीं है: &apos;sync configure --url URL --token TOKEN&apos; चलाएँ।</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_service.py" line="291"/>
        <source>Say why the item is being corrected.</source>
        <translation>बताएँ कि प्रविष्टि क्यों सुधारी जा रही है।</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_service.py" line="297"/>
        <source>Item {id} does not need attention any more.</source>
        <translation>प्रविष्टि {id} पर अब ध्यान देने की ज़रूरत नहीं।</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_service.py" line="306"/>
        <source>The corrected record must be a JSON object.</source>
        <translation>सुधारा गया रिकॉर्ड JSON ऑब्जेक्ट होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/sync/drain_lock.py" line="18"/>
        <source>Another sync of this terminal is running (the counter window or &apos;sync run&apos;); it sends the queued items, nothing needs doing here.</source>
        <translation>इस टर्मिनल का दूसरा सिंक पहले से चल रहा है (काउंटर विंडो या &apos;sync run&apos;); वही कतार की वस्तुएँ भेजेगा, यहाँ कुछ करने की ज़रूरत नहीं है।</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_service.py" line="228"/>
        <source>No central system configured: run &apos;sync configure --url URL&apos; (it asks for the token).</source>
        <translation>केंद्रीय प्रणाली सेट नहीं है: &apos;sync configure --url URL&apos; चलाएँ (यह टोकन पूछेगा)।</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="23"/>
        <source>{n} ({m} min left)</source>
        <translation>{n} ({m} मिनट शेष)</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="29"/>
        <source>Locked now: {list}.</source>
        <translation>अभी लॉक हैं: {list}।</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="31"/>
        <source>No staff number is locked now.</source>
        <translation>अभी कोई स्टाफ़ नंबर लॉक नहीं है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="33"/>
        <source>Unlock a staff number</source>
        <translation>स्टाफ़ नंबर अनलॉक करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="36"/>
        <source>A supervisor unlocks a number after checking who is at the counter.</source>
        <translation>पर्यवेक्षक काउंटर पर कौन है यह जाँचकर ही नंबर अनलॉक करते हैं।</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="46"/>
        <source>Staff number to unlock</source>
        <translation>अनलॉक करने वाला स्टाफ़ नंबर</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="59"/>
        <source>Type the staff number to unlock.</source>
        <translation>अनलॉक करने के लिए स्टाफ़ नंबर टाइप करें।</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="40"/>
        <location filename="../../app/domain/validation.py" line="332"/>
        <source>Sale of goods needs the invoice number.</source>
        <translation>माल की बिक्री के लिए इनवॉइस संख्या चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="41"/>
        <source>Commercial exports from {country} need the exporter&apos;s Import-Export Code (IEC, 10 characters).</source>
        <translation>{country} से व्यावसायिक निर्यात के लिए निर्यातक का आयात-निर्यात कोड (IEC, 10 वर्ण) चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="45"/>
        <source>Commercial exports from {country} need the Postal Bill of Export reference (PBE) filed by the exporter.</source>
        <translation>{country} से व्यावसायिक निर्यात के लिए निर्यातक द्वारा दाखिल पोस्टल बिल ऑफ़ एक्सपोर्ट (PBE) संख्या चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="49"/>
        <source>This export needs the licence number.</source>
        <translation>इस निर्यात के लिए लाइसेंस संख्या चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="50"/>
        <source>This export needs the certificate number.</source>
        <translation>इस निर्यात के लिए प्रमाणपत्र संख्या चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="51"/>
        <source>Enter the importer&apos;s reference (tax or importer code).</source>
        <translation>आयातक का संदर्भ डालें (कर या आयातक कोड)।</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="144"/>
        <source>{value} has more decimals than {currency} allows: round it to {places}.</source>
        <translation>{value} में {currency} की अनुमति से अधिक दशमलव हैं: {places} तक पूर्णांकित करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="159"/>
        <source>Declared total value {declared} {currency} is not the sum of the lines ({total} {currency}).</source>
        <translation>घोषित कुल मूल्य {declared} {currency} पंक्तियों के योग ({total} {currency}) के बराबर नहीं है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="174"/>
        <source>Declared total net weight {declared} kg is not the sum of the lines ({total} kg).</source>
        <translation>घोषित कुल शुद्ध भार {declared} kg पंक्तियों के योग ({total} kg) के बराबर नहीं है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="211"/>
        <source>Line {line} looks like {label}, which may not be sent: take it out of the parcel.</source>
        <translation>पंक्ति {line} {label} जैसी लगती है, जिसे भेजना मना है: इसे पार्सल से निकालें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="223"/>
        <source>Line {line} looks like {label}: enter the certificate number.</source>
        <translation>पंक्ति {line} {label} जैसी लगती है: प्रमाणपत्र संख्या डालें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="234"/>
        <source>Line {line} looks like {label}: enter the licence number.</source>
        <translation>पंक्ति {line} {label} जैसी लगती है: लाइसेंस संख्या डालें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="264"/>
        <source>{text} is not an Import-Export Code: it has 10 letters and digits.</source>
        <translation>{text} आयात-निर्यात कोड नहीं है: उसमें 10 अक्षर और अंक होते हैं।</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="276"/>
        <source>{text} does not look like a Postal Bill of Export reference: copy it from the PBE.</source>
        <translation>{text} पोस्टल बिल ऑफ़ एक्सपोर्ट संख्या जैसा नहीं लगता: PBE से उतारें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="292"/>
        <source>A gift with an invoice looks like a sale: customs refuse commercial goods declared as gifts. Check the category.</source>
        <translation>इनवॉइस वाला उपहार बिक्री जैसा लगता है: सीमा शुल्क उपहार बताए गए व्यावसायिक माल को अस्वीकार करता है। श्रेणी जाँचें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="75"/>
        <source>HS code {code} must hold digits only.</source>
        <translation>HS कोड {code} में केवल अंक होने चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="76"/>
        <source>HS code {code} has {digits} digits; enter {allowed} digits as declared, never padded with zeros.</source>
        <translation>HS कोड {code} में {digits} अंक हैं; घोषित अनुसार {allowed} अंक डालें, शून्य जोड़कर नहीं।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="80"/>
        <source>HS code {code} starts with {chapter}, which is not an HS chapter.</source>
        <translation>HS कोड {code} {chapter} से शुरू होता है, जो कोई HS अध्याय नहीं है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="99"/>
        <source>Enter the full name.</source>
        <translation>पूरा नाम डालें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="100"/>
        <source>Enter the street address: customs refuse incomplete addresses.</source>
        <translation>गली का पता डालें: सीमा शुल्क अधूरे पते अस्वीकार करता है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="103"/>
        <source>Enter the city or town.</source>
        <translation>शहर या कस्बा डालें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="104"/>
        <source>Enter the postcode.</source>
        <translation>पिन कोड डालें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="112"/>
        <source>Choose the country.</source>
        <translation>देश चुनें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="120"/>
        <source>{code} is not an ISO country code: pick the country from the list.</source>
        <translation>{code} ISO देश कोड नहीं है: सूची से देश चुनें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="131"/>
        <source>The phone number may hold only digits, spaces, dashes and a leading +.</source>
        <translation>फ़ोन नंबर में केवल अंक, खाली स्थान, डैश और शुरू में + हो सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="146"/>
        <source>This service carries parcels between Russia and India only (sender {sender}, addressee {addressee}).</source>
        <translation>यह सेवा केवल रूस और भारत के बीच पार्सल ले जाती है (प्रेषक {sender}, प्राप्तकर्ता {addressee})।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="164"/>
        <source>Add at least one piece: scan its label.</source>
        <translation>कम से कम एक नग जोड़ें: उसका लेबल स्कैन करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="172"/>
        <source>At most {max} pieces per consignment; split it into two consignments.</source>
        <translation>एक प्रेषण में अधिकतम {max} नग; इसे दो प्रेषणों में बाँटें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="189"/>
        <source>{s10} is already a piece of this consignment: scan the next label.</source>
        <translation>{s10} पहले से इस प्रेषण का नग है: अगला लेबल स्कैन करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="203"/>
        <source>Put the piece on the scale and capture a stable weight.</source>
        <translation>नग को तौल मशीन पर रखें और स्थिर भार दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="214"/>
        <source>A typed-in weight needs a supervisor&apos;s approval and a reason.</source>
        <translation>हाथ से डाले भार के लिए पर्यवेक्षक की स्वीकृति और कारण चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="225"/>
        <source>The weight was not stable: wait for the stable mark and capture again.</source>
        <translation>भार स्थिर नहीं था: स्थिर चिह्न की प्रतीक्षा करें और फिर दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="236"/>
        <source>{kg} kg is outside this service&apos;s {min}–{max} kg per piece.</source>
        <translation>{kg} kg इस सेवा की प्रति नग सीमा {min}–{max} kg से बाहर है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="250"/>
        <source>Measure the piece and enter length, width and height in cm.</source>
        <translation>नग नापें और लंबाई, चौड़ाई, ऊँचाई cm में डालें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="261"/>
        <source>Every dimension must be more than 0 cm.</source>
        <translation>हर माप 0 cm से अधिक होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="269"/>
        <source>Longest side {cm} cm is over the {max} cm limit.</source>
        <translation>सबसे लंबी भुजा {cm} cm, सीमा {max} cm से अधिक है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="279"/>
        <source>Length plus girth {cm} cm is over the {max} cm limit.</source>
        <translation>लंबाई और घेरा {cm} cm, सीमा {max} cm से अधिक है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="291"/>
        <source>The consignment weighs {kg} kg, over the {max} kg limit: split it.</source>
        <translation>प्रेषण का भार {kg} kg है, सीमा {max} kg से अधिक: इसे बाँटें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="322"/>
        <source>Category &apos;Other&apos; needs an explanation of what the contents are.</source>
        <translation>श्रेणी «अन्य» के लिए बताएँ कि अंदर क्या है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="340"/>
        <source>Add at least one content line: what is inside, how many, weight and value.</source>
        <translation>सामग्री की कम से कम एक पंक्ति जोड़ें: अंदर क्या है, कितना, भार और मूल्य।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="354"/>
        <source>Describe the contents in detail, e.g. &apos;wooden dining chair&apos;.</source>
        <translation>सामग्री का विस्तृत विवरण दें, जैसे &apos;लकड़ी की डाइनिंग कुर्सी&apos;।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="364"/>
        <source>&apos;{text}&apos; is too vague for customs: say what it is, e.g. &apos;cotton bed sheets&apos;.</source>
        <translation>&apos;{text}&apos; सीमा शुल्क के लिए बहुत अस्पष्ट है: बताएँ कि यह क्या है, जैसे &apos;सूती चादरें&apos;।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="376"/>
        <source>Quantity must be 1 or more.</source>
        <translation>मात्रा 1 या अधिक होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="384"/>
        <source>Enter the net weight of the line in kg.</source>
        <translation>पंक्ति का शुद्ध भार kg में डालें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="392"/>
        <source>All lines must be declared in {currency}.</source>
        <translation>सभी पंक्तियाँ {currency} में घोषित हों।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="401"/>
        <source>Declare the real value: customs refuse values of 0 or 1.</source>
        <translation>वास्तविक मूल्य घोषित करें: सीमा शुल्क 0 या 1 का मूल्य अस्वीकार करता है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="425"/>
        <source>Commercial items need an HS code (at least 6 digits).</source>
        <translation>व्यावसायिक वस्तुओं के लिए HS कोड चाहिए (कम से कम 6 अंक)।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="433"/>
        <source>Enter the country where the goods were made.</source>
        <translation>वह देश डालें जहाँ माल बना था।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="441"/>
        <source>{code} is not an ISO country code.</source>
        <translation>{code} ISO देश कोड नहीं है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="450"/>
        <source>Net weight of the lines ({net} kg) is more than the gross weight ({gross} kg).</source>
        <translation>पंक्तियों का शुद्ध भार ({net} kg) सकल भार ({gross} kg) से अधिक है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/postal_item.py" line="89"/>
        <source>Line {line} is on piece {piece}, but the consignment has {count} piece(s): move it to one of them.</source>
        <translation>पंक्ति {line} नग {piece} पर है, पर खेप में {count} नग हैं: इसे उनमें से किसी पर ले जाएँ।</translation>
    </message>
    <message>
        <location filename="../../app/domain/postal_item.py" line="104"/>
        <source>Piece {number} ({s10}) has no content line: each piece is a postal item and declares what is inside it. Move a line to it.</source>
        <translation>नग {number} ({s10}) की कोई सामग्री पंक्ति नहीं है: हर नग एक डाक वस्तु है और अपनी सामग्री घोषित करता है। कोई पंक्ति इस पर ले जाएँ।</translation>
    </message>
    <message>
        <location filename="../../app/domain/postal_item.py" line="119"/>
        <source>Net weight of the lines on piece {number} ({net} kg) is more than its gross weight ({gross} kg): check the weights or move a line.</source>
        <translation>नग {number} की पंक्तियों का शुद्ध वज़न ({net} किग्रा) उसके कुल वज़न ({gross} किग्रा) से अधिक है: वज़न जाँचें या कोई पंक्ति हटाएँ।</translation>
    </message>
</context>
<context>
    <name>Void</name>
    <message>
        <location filename="../../app/services/void.py" line="60"/>
        <source>Give the reason for the void in a few words.</source>
        <translation>रद्द करने का कारण कुछ शब्दों में दें।</translation>
    </message>
    <message>
        <location filename="../../app/services/void.py" line="72"/>
        <source>Supervisor number or PIN is wrong.</source>
        <translation>पर्यवेक्षक संख्या या पिन गलत है।</translation>
    </message>
    <message>
        <location filename="../../app/services/void.py" line="80"/>
        <source>{name} is not a supervisor: a supervisor must approve a void.</source>
        <translation>{name} पर्यवेक्षक नहीं हैं: रद्द करने की स्वीकृति पर्यवेक्षक देगा।</translation>
    </message>
    <message>
        <location filename="../../app/services/void.py" line="88"/>
        <source>This acceptance is not in this branch&apos;s records.</source>
        <translation>यह बुकिंग इस शाखा के रिकॉर्ड में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../app/services/void.py" line="92"/>
        <source>{s10} is already void.</source>
        <translation>{s10} पहले ही रद्द है।</translation>
    </message>
    <message>
        <location filename="../../app/services/void.py" line="95"/>
        <source>{s10} is on a closed manifest: the parcel has left; report it to central instead.</source>
        <translation>{s10} बंद मैनिफ़ेस्ट में है: पार्सल जा चुका है; केंद्रीय प्रणाली को सूचित करें।</translation>
    </message>
    <message>
        <location filename="../../app/services/void.py" line="106"/>
        <source>{s10} is an item of list {number}, which was closed and charged as one: its act and charge stand. Report the change to central, which corrects the customer&apos;s account.</source>
        <translation>{s10} सूची {number} का पार्सल है, जो बंद हो चुकी है और जिसका एक साथ शुल्क लिया जा चुका है: उसका स्वीकृति प्रपत्र और शुल्क यथावत रहेंगे। बदलाव की सूचना केंद्र को दें, जो ग्राहक का खाता ठीक करेगा।</translation>
    </message>
</context>
<context>
    <name>WeighingController</name>
    <message>
        <location filename="../../app/ui/weighing_controller.py" line="101"/>
        <source>Re-weigh the same piece</source>
        <translation>उसी नग को दोबारा तौलें</translation>
    </message>
    <message>
        <location filename="../../app/ui/weighing_controller.py" line="102"/>
        <source>The scale has not returned to zero since the last piece was weighed. A supervisor allows weighing the piece on the platform again; this is recorded.</source>
        <translation>पिछला नग तौलने के बाद तौल मशीन शून्य पर नहीं लौटी। पर्यवेक्षक प्लेटफ़ॉर्म पर रखे नग को दोबारा तौलने की अनुमति देते हैं; यह दर्ज किया जाता है।</translation>
    </message>
</context>
<context>
    <name>WeightPanel</name>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="170"/>
        <location filename="../../app/ui/weight_panel.py" line="331"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>SIMULATED SCALE — not for real charging</source>
        <translation type="vanished">सिम्युलेटेड तौल मशीन — वास्तविक शुल्क के लिए नहीं</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="184"/>
        <source>SIMULATED SCALE</source>
        <translation>सिम्युलेटेड तौल मशीन</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="185"/>
        <source>A simulated scale: not for real charging</source>
        <translation>सिम्युलेटेड तौल मशीन: वास्तविक शुल्क के लिए नहीं</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="187"/>
        <source>Capture weight (F8)</source>
        <translation>भार दर्ज करें (F8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="188"/>
        <source>Manual weight… (Ctrl+F8)</source>
        <translation>हाथ से भार… (Ctrl+F8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="190"/>
        <source>Only when the scale cannot weigh this piece: a supervisor approves it</source>
        <translation>केवल तब जब तौल मशीन यह नग नहीं तौल सकती: पर्यवेक्षक स्वीकृति देता है</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="200"/>
        <location filename="../../app/ui/weight_panel.py" line="472"/>
        <source>No weight captured yet</source>
        <translation>अभी कोई भार दर्ज नहीं</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="209"/>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="216"/>
        <source>Load on the simulated scale</source>
        <translation>सिम्युलेटेड मशीन पर भार</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="217"/>
        <source>Simulated load:</source>
        <translation>सिम्युलेटेड भार:</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="410"/>
        <source>● STABLE</source>
        <translation>● स्थिर</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="411"/>
        <source>≈ MOTION — wait</source>
        <translation>≈ अस्थिर — रुकें</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="412"/>
        <source>▲ OVERLOAD — remove load</source>
        <translation>▲ अधिभार — भार हटाएँ</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="413"/>
        <source>▼ UNDER ZERO — zero the scale</source>
        <translation>▼ शून्य से कम — मशीन शून्य करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="414"/>
        <source>✕ NO SCALE — check cable</source>
        <translation>✕ तौल मशीन नहीं — केबल जाँचें</translation>
    </message>
    <message>
        <source>No reading from the scale: check that it is on and connected.</source>
        <translation type="vanished">तौल मशीन से रीडिंग नहीं: जाँचें कि वह चालू और जुड़ी है।</translation>
    </message>
    <message>
        <source>The scale reports overload or under zero: fix the load first.</source>
        <translation type="vanished">तौल मशीन अधिभार या शून्य से कम दिखा रही है: पहले भार ठीक करें।</translation>
    </message>
    <message>
        <source>The load is still moving: wait for ● STABLE, then press F8.</source>
        <translation type="vanished">भार अभी अस्थिर है: ● स्थिर की प्रतीक्षा करें, फिर F8 दबाएँ।</translation>
    </message>
    <message>
        <source>{kg} kg is outside this service&apos;s {lo}–{hi} kg per piece.</source>
        <translation type="vanished">{kg} kg इस सेवा की प्रति नग सीमा {lo}–{hi} kg से बाहर है।</translation>
    </message>
    <message>
        <source>Captured: {kg} kg</source>
        <translation type="vanished">दर्ज: {kg} kg</translation>
    </message>
    <message>
        <source>Manual: {kg} kg (approved)</source>
        <translation type="vanished">हाथ से: {kg} kg (स्वीकृत)</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="331"/>
        <source>kg NET</source>
        <translation>kg शुद्ध</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="192"/>
        <source>Re-weigh (supervisor)…</source>
        <translation>दोबारा तौलें (पर्यवेक्षक)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="194"/>
        <source>The piece on the platform is weighed again: a supervisor approves it</source>
        <translation>प्लेटफ़ॉर्म पर रखा नग दोबारा तौला जाता है: पर्यवेक्षक अनुमति देते हैं</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="357"/>
        <source>● stable</source>
        <translation>● स्थिर</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="358"/>
        <source>≈ motion</source>
        <translation>≈ हिल रहा है</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="359"/>
        <source>▲ overload</source>
        <translation>▲ अधिक भार</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="360"/>
        <source>▼ under zero</source>
        <translation>▼ शून्य से कम</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="361"/>
        <source>✕ no scale</source>
        <translation>✕ तौल मशीन नहीं</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="363"/>
        <source>Live: {live}  {state}</source>
        <translation>अभी: {live}  {state}</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="379"/>
        <source>{kg} kg is outside {lo}–{hi} kg per piece: it cannot be captured</source>
        <translation>{kg} kg प्रति नग {lo}–{hi} kg की सीमा से बाहर है: दर्ज नहीं हो सकता</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="415"/>
        <source>⊘ NO SCALE — manual weight only (Ctrl+F8)</source>
        <translation>⊘ तौल मशीन नहीं — केवल हाथ से भार (Ctrl+F8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="442"/>
        <source>✔ CAPTURED</source>
        <translation>✔ दर्ज</translation>
    </message>
    <message>
        <source>🔒 CAPTURED</source>
        <translation type="vanished">🔒 दर्ज</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="443"/>
        <source>✎ MANUAL</source>
        <translation>✎ हाथ से</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="444"/>
        <source>✕ CAPTURE DROPPED</source>
        <translation>✕ दर्ज भार हटाया</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="445"/>
        <source>⤓ CLEAR THE PLATFORM</source>
        <translation>⤓ प्लेटफ़ॉर्म खाली करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="455"/>
        <source>Captured {kg} kg; bound to the load until accepted</source>
        <translation>{kg} kg दर्ज; स्वीकार होने तक भार से बँधा</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="457"/>
        <source>Captured {kg} kg at {time}; bound to the load until accepted</source>
        <translation>{time} पर {kg} kg दर्ज; स्वीकार होने तक भार से बँधा</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="461"/>
        <source>Manual weight {kg} kg, approved by a supervisor</source>
        <translation>हाथ से भार {kg} kg, पर्यवेक्षक द्वारा स्वीकृत</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="465"/>
        <source>No weight captured: the capture was dropped (why: below).</source>
        <translation>कोई भार दर्ज नहीं: दर्ज भार हटा दिया गया (कारण नीचे)।</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="468"/>
        <source>The last piece ({kg} kg) is still on the platform: take it off.</source>
        <translation>पिछला नग ({kg} kg) अब भी प्लेटफ़ॉर्म पर है: उसे उतारें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="495"/>
        <source>No scale is set up at this counter: use Manual weight (Ctrl+F8) with a supervisor, or choose the scale in Tools → Scale settings.</source>
        <translation>इस काउंटर पर कोई तौल मशीन नहीं लगी: पर्यवेक्षक के साथ हाथ से भार (Ctrl+F8) दें, या उपकरण → तौल मशीन सेटिंग में मशीन चुनें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="501"/>
        <source>The weight is already captured and bound to the load.</source>
        <translation>भार पहले से दर्ज है और भार से बँधा है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="627"/>
        <source>No scale is set up (Tools → Scale settings): weights only by approval</source>
        <translation>कोई तौल मशीन नहीं लगी (उपकरण → तौल मशीन सेटिंग): भार केवल अनुमति से</translation>
    </message>
</context>
</TS>
