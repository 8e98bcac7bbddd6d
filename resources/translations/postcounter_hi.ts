<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>Acceptance</name>
    <message>
        <location filename="../../app/services/acceptance.py" line="67"/>
        <source>{s10} was already accepted: an identifier is never used twice. Use a new label.</source>
        <translation>{s10} पहले ही बुक हो चुका है: एक संख्या दो बार प्रयोग नहीं होती। नया लेबल लगाएँ।</translation>
    </message>
</context>
<context>
    <name>AcceptanceForm</name>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="104"/>
        <location filename="../../app/ui/acceptance_form.py" line="148"/>
        <source>Piece</source>
        <translation>नग</translation>
    </message>
    <message>
        <source>Scan the label or type the S10 number</source>
        <translation type="vanished">लेबल स्कैन करें या S10 संख्या टाइप करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="108"/>
        <source>Scan the label or type the S10 number · F3: new number for an unlabelled parcel</source>
        <translation>लेबल या S10 · F3: नई संख्या</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="127"/>
        <source>Length, cm</source>
        <translation>लंबाई, cm</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="128"/>
        <source>Width, cm</source>
        <translation>चौड़ाई, cm</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="129"/>
        <source>Height, cm</source>
        <translation>ऊँचाई, cm</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="148"/>
        <source>S10</source>
        <translation>S10</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="148"/>
        <source>Gross, kg</source>
        <translation>सकल, kg</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="148"/>
        <source>L×W×H, cm</source>
        <translation>ल×चौ×ऊँ, cm</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="156"/>
        <source>Another piece (Ctrl+N)</source>
        <translation>एक और नग (Ctrl+N)</translation>
    </message>
    <message>
        <source>Tracking number (S10)</source>
        <translation type="vanished">ट्रैकिंग संख्या (S10)</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="159"/>
        <source>Tracking number (S10) · F3: new number</source>
        <translation>ट्रैकिंग संख्या (S10) · F3: नई संख्या</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="183"/>
        <source>Sender</source>
        <translation>प्रेषक</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="184"/>
        <source>Addressee</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="188"/>
        <source>Customs declaration (CN 23)</source>
        <translation>सीमा शुल्क घोषणा (CN 23)</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="194"/>
        <source>Charges</source>
        <translation>शुल्क</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="202"/>
        <source>Chargeable weight</source>
        <translation>प्रभार्य भार</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="203"/>
        <source>Fee to pay now</source>
        <translation>अभी देय शुल्क</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="204"/>
        <source>Expected import duty</source>
        <translation>अनुमानित आयात शुल्क</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="212"/>
        <source>Accept  (F12)</source>
        <translation>बुक करें  (F12)</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="215"/>
        <source>New consignment</source>
        <translation>नया प्रेषण</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="394"/>
        <source>{kg} kg</source>
        <translation>{kg} kg</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="409"/>
        <source>none expected</source>
        <translation>अपेक्षित नहीं</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="414"/>
        <source>⚠ exchange rate of {day}: out of date</source>
        <translation>⚠ {day} की विनिमय दर पुरानी है</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="441"/>
        <source>Accepted {s10} · fee {fee}</source>
        <translation>बुक हुआ {s10} · शुल्क {fee}</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="453"/>
        <source>Not saved: {error}. Nothing typed is lost; try Accept again.</source>
        <translation>सहेजा नहीं गया: {error}। टाइप किया कुछ भी नहीं खोया; फिर से «बुक करें» दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="495"/>
        <source>Start a new consignment?</source>
        <translation>नया प्रेषण शुरू करें?</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="496"/>
        <source>Everything typed for this consignment will be cleared.</source>
        <translation>इस प्रेषण के लिए टाइप किया सब कुछ मिट जाएगा।</translation>
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
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/application.py" line="107"/>
        <source>PostCounter cannot open its database</source>
        <translation>PostCounter अपना डेटाबेस नहीं खोल पा रहा</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../app/ui/attention_view.py" line="64"/>
        <source>No.</source>
        <translation>क्र.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="65"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="66"/>
        <source>Item</source>
        <translation>प्रविष्टि</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="67"/>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="68"/>
        <source>Central&apos;s reason</source>
        <translation>केंद्र का कारण</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="81"/>
        <source>Nothing needs attention: central accepted every item.</source>
        <translation>कुछ भी लंबित नहीं: केंद्र ने हर प्रविष्टि स्वीकार की।</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="84"/>
        <source>Refresh</source>
        <translation>ताज़ा करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="86"/>
        <source>Fix…</source>
        <translation>सुधारें…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="124"/>
        <source>rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="124"/>
        <source>conflict</source>
        <translation>टकराव</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="153"/>
        <source>Opening item {id}…</source>
        <translation>आइटम {id} खोला जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="172"/>
        <source>Not sent: a supervisor must approve the correction.</source>
        <translation>नहीं भेजा गया: सुधार को पर्यवेक्षक की स्वीकृति चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="195"/>
        <source>Correction queued; it is sent with the next sync.</source>
        <translation>सुधार कतार में है; अगले सिंक के साथ भेजा जाएगा।</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <location filename="../../app/domain/capture.py" line="98"/>
        <source>No weight from the scale: check that it is connected.</source>
        <translation>तौल मशीन से भार नहीं मिला: जाँचें कि वह जुड़ी है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="99"/>
        <source>The last weight is {age} s old: the scale stopped sending. Check its cable.</source>
        <translation>अंतिम भार {age} सेकंड पुराना है: तौल मशीन ने भेजना बंद कर दिया। केबल जाँचें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="102"/>
        <source>The scale is overloaded: take the parcel off and split it, or use a larger scale.</source>
        <translation>तौल मशीन पर अधिभार: पार्सल उतारें और बाँटें, या बड़ी तौल मशीन प्रयोग करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="105"/>
        <source>The scale shows less than zero: clear the platform and press Zero on the scale.</source>
        <translation>तौल मशीन शून्य से कम दिखा रही है: प्लेटफ़ॉर्म खाली करें और मशीन पर Zero दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="108"/>
        <source>The scale gives no weight now: wait until it settles.</source>
        <translation>तौल मशीन अभी भार नहीं दे रही: स्थिर होने तक प्रतीक्षा करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="109"/>
        <source>The weight is still moving: keep hands off the parcel.</source>
        <translation>भार अभी बदल रहा है: पार्सल को न छुएँ।</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="110"/>
        <source>Settling: the weight must stay unchanged for {seconds} s.</source>
        <translation>स्थिर हो रहा है: भार {seconds} सेकंड तक न बदले।</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="111"/>
        <source>{weight} kg is below the {minimum} kg minimum of this service: send it as an ordinary parcel.</source>
        <translation>{weight} kg इस सेवा की न्यूनतम सीमा {minimum} kg से कम है: साधारण पार्सल के रूप में भेजें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="115"/>
        <source>{weight} kg is above the {maximum} kg maximum of one piece: split the parcel into pieces.</source>
        <translation>{weight} kg एक नग की अधिकतम सीमा {maximum} kg से अधिक है: पार्सल को नगों में बाँटें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="213"/>
        <source>A manual weight needs a supervisor&apos;s approval: ask a supervisor to scan their badge.</source>
        <translation>हाथ से भार डालने के लिए पर्यवेक्षक की स्वीकृति चाहिए: पर्यवेक्षक से बैज स्कैन करवाएँ।</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="216"/>
        <source>Say why the weight is typed in (for example: scale broken, parcel too large).</source>
        <translation>बताएँ कि भार हाथ से क्यों डाला गया (जैसे: तौल मशीन खराब, पार्सल बहुत बड़ा)।</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="219"/>
        <source>{weight} kg is outside {minimum}-{maximum} kg for one piece of this service.</source>
        <translation>{weight} kg इस सेवा के एक नग की सीमा {minimum}–{maximum} kg से बाहर है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="222"/>
        <source>Unknown weight source {source}.</source>
        <translation>अज्ञात भार स्रोत {source}।</translation>
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
        <location filename="../../app/ui/customs_editor.py" line="200"/>
        <source>What is it? (category &apos;Other&apos; only)</source>
        <translation>यह क्या है? (केवल «अन्य» श्रेणी)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="232"/>
        <source>Invoice number</source>
        <translation>इनवॉइस संख्या</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="233"/>
        <source>Importer&apos;s reference (tax / VAT / importer code)</source>
        <translation>आयातक संदर्भ (कर / VAT / आयातक कोड)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="234"/>
        <source>Importer&apos;s contact (phone, e-mail)</source>
        <translation>आयातक संपर्क (फ़ोन, ई-मेल)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="235"/>
        <source>Licence number</source>
        <translation>लाइसेंस संख्या</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="236"/>
        <source>Certificate number</source>
        <translation>प्रमाणपत्र संख्या</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="237"/>
        <source>Exporter&apos;s IEC (India export)</source>
        <translation>निर्यातक IEC (भारत से निर्यात)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="238"/>
        <source>Postal Bill of Export reference (India export)</source>
        <translation>पोस्टल बिल ऑफ़ एक्सपोर्ट संख्या (भारत से निर्यात)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="239"/>
        <source>Comments (quarantine, sanitary or other inspection)</source>
        <translation>टिप्पणी (संगरोध, स्वच्छता या अन्य जाँच)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="251"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="253"/>
        <source>Explanation</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="255"/>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="260"/>
        <source>Net weight and value are for the whole line (all units together). Enter: next cell · Ctrl+D: duplicate line · Ctrl+Delete: remove line · Insert: new line</source>
        <translation>शुद्ध भार और मूल्य पूरी पंक्ति के हैं (सभी इकाइयाँ मिलाकर)। Enter: अगला सेल · Ctrl+D: पंक्ति की प्रति · Ctrl+Delete: पंक्ति हटाएँ · Insert: नई पंक्ति</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="329"/>
        <source>Detailed description</source>
        <translation>विस्तृत विवरण</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="330"/>
        <source>Quantity</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="331"/>
        <source>Net weight of line, kg</source>
        <translation>पंक्ति का शुद्ध भार, kg</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="332"/>
        <source>Value of line, {currency}</source>
        <translation>पंक्ति का मूल्य, {currency}</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="333"/>
        <source>HS code</source>
        <translation>HS कोड</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="334"/>
        <source>Country of origin</source>
        <translation>मूल देश</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="466"/>
        <source>Type a whole number, e.g. 4.</source>
        <translation>पूर्ण संख्या टाइप करें, जैसे 4।</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="471"/>
        <source>Type the weight in kg, e.g. 12.5.</source>
        <translation>भार kg में टाइप करें, जैसे 12.5।</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="481"/>
        <source>Type the amount, e.g. 120.50.</source>
        <translation>राशि टाइप करें, जैसे 120.50।</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="568"/>
        <source>Choose a currency from the list, e.g. EUR, RUB or INR.</source>
        <translation>सूची से मुद्रा चुनें, जैसे EUR, RUB या INR।</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="585"/>
        <source>{count} line(s) · total net weight {kg} kg · total value {value} {currency}</source>
        <translation>{count} पंक्ति · कुल शुद्ध भार {kg} kg · कुल मूल्य {value} {currency}</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="624"/>
        <source>Line {n}, {column}: {message}</source>
        <translation>पंक्ति {n}, {column}: {message}</translation>
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
    <name>DayList</name>
    <message>
        <location filename="../../app/ui/day_list.py" line="28"/>
        <source>Today&apos;s acceptances</source>
        <translation>आज की बुकिंग</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="35"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="36"/>
        <source>S10</source>
        <translation>S10</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="37"/>
        <source>Addressee</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="38"/>
        <source>To</source>
        <translation>गंतव्य</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="41"/>
        <source>Gross,
kg</source>
        <translation>सकल,
kg</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="42"/>
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
        <location filename="../../app/ui/day_list.py" line="44"/>
        <source>Fee</source>
        <translation>शुल्क</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="80"/>
        <source>void</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="104"/>
        <source>{n} consignments · {p} pieces · {kg} kg · fees {fees}</source>
        <translation>{n} प्रेषण · {p} नग · {kg} kg · शुल्क {fees}</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="202"/>
        <source>Scale and printers</source>
        <translation>तराज़ू और प्रिंटर</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="204"/>
        <source>Set them up now, or later from the Tools menu. Finish starts the log-in.</source>
        <translation>इन्हें अभी सेट करें, या बाद में टूल्स मेनू से। &quot;समाप्त&quot; से लॉग-इन शुरू होता है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="206"/>
        <source>Scale…</source>
        <translation>तराज़ू…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="209"/>
        <source>Printers…</source>
        <translation>प्रिंटर…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="224"/>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <location filename="../../app/ui/print_preview.py" line="431"/>
        <source>Printing failed: %1</source>
        <translation>प्रिंट विफल: %1</translation>
    </message>
</context>
<context>
    <name>Duty</name>
    <message>
        <location filename="../../app/domain/duty.py" line="44"/>
        <source>{regime}: no import duty on this category ({category}).</source>
        <translation>{regime}: इस श्रेणी ({category}) पर आयात शुल्क नहीं।</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="45"/>
        <source>{regime}: duty-free, the value {value} {currency} is within {limit} {currency} and the gross weight {kg} kg within {kg_limit} kg.</source>
        <translation>{regime}: शुल्क-मुक्त, मूल्य {value} {currency} सीमा {limit} {currency} के भीतर और सकल भार {kg} kg सीमा {kg_limit} kg के भीतर है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="50"/>
        <source>{regime}: duty-free, the value {value} {currency} is within {limit} {currency}.</source>
        <translation>{regime}: शुल्क-मुक्त, मूल्य {value} {currency} सीमा {limit} {currency} के भीतर है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="53"/>
        <source>{regime}: {rate} % of the value over {limit} {currency} is {by_value} {currency}; at least {per_kg} {currency} per kg over {kg_over} kg is {by_weight} {currency}; expected duty {duty} {currency}.</source>
        <translation>{regime}: {limit} {currency} से ऊपर के मूल्य का {rate} % = {by_value} {currency}; {kg_over} kg से ऊपर कम से कम {per_kg} {currency} प्रति kg = {by_weight} {currency}; अनुमानित शुल्क {duty} {currency}।</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="59"/>
        <source>{regime}: {rate} % of the whole value {value} {currency} is {by_value} {currency}; at least {per_kg} {currency} per kg is {by_weight} {currency}; duty {duty} plus VAT {vat_rate} % {vat}: expected {total} {currency}.</source>
        <translation>{regime}: पूरे मूल्य {value} {currency} का {rate} % = {by_value} {currency}; कम से कम {per_kg} {currency} प्रति kg = {by_weight} {currency}; शुल्क {duty} और VAT {vat_rate} % {vat}: अनुमानित {total} {currency}।</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="65"/>
        <source>(The exchange rate of {as_of} is out of date: the amount is a rough guide.)</source>
        <translation>({as_of} की विनिमय दर पुरानी है: राशि केवल अनुमान है।)</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="68"/>
        <source>No import duty estimate for {country}: customs there assess it on arrival.</source>
        <translation>{country} के लिए आयात शुल्क का अनुमान नहीं: वहाँ का सीमा शुल्क आगमन पर तय करेगा।</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <location filename="../../app/services/enrolment.py" line="39"/>
        <source>Central does not know this code: check it, or ask head office for a new one.</source>
        <translation>केंद्रीय प्रणाली यह कोड नहीं पहचानती: इसे जाँचें, या मुख्य कार्यालय से नया कोड माँगें।</translation>
    </message>
    <message>
        <location filename="../../app/services/enrolment.py" line="42"/>
        <source>This code was already used: each code joins one terminal. Ask head office for a new one.</source>
        <translation>यह कोड पहले ही उपयोग हो चुका है: एक कोड से एक ही टर्मिनल जुड़ता है। मुख्य कार्यालय से नया कोड माँगें।</translation>
    </message>
    <message>
        <location filename="../../app/services/enrolment.py" line="46"/>
        <source>This code has expired (codes are valid 24 hours). Ask head office for a new one.</source>
        <translation>इस कोड की अवधि समाप्त हो गई है (कोड 24 घंटे मान्य रहते हैं)। मुख्य कार्यालय से नया कोड माँगें।</translation>
    </message>
    <message>
        <location filename="../../app/services/enrolment.py" line="49"/>
        <source>An enrolment code has 12 letters and digits, e.g. ABCD-EFGH-JKMN; check what was typed.</source>
        <translation>नामांकन कोड में 12 अक्षर और अंक होते हैं, जैसे ABCD-EFGH-JKMN; जो टाइप किया है उसे जाँचें।</translation>
    </message>
    <message>
        <location filename="../../app/services/enrolment.py" line="225"/>
        <source>Enter the enrolment code head office gave you.</source>
        <translation>मुख्य कार्यालय द्वारा दिया गया नामांकन कोड दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../../app/services/enrolment.py" line="231"/>
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
        <location filename="../../app/ui/setup_wizard.py" line="79"/>
        <source>Join a branch</source>
        <translation>शाखा से जुड़ें</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="81"/>
        <source>Enter central&apos;s address and the one-time code (valid 24 hours, one terminal).</source>
        <translation>केंद्रीय प्रणाली का पता और एक-बार का कोड दर्ज करें (24 घंटे मान्य, एक टर्मिनल के लिए)।</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="93"/>
        <source>(the system&apos;s certificates)</source>
        <translation>(सिस्टम के प्रमाणपत्र)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="94"/>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="99"/>
        <source>Check connection and join</source>
        <translation>कनेक्शन जाँचें और जुड़ें</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="106"/>
        <source>Central&apos;s address:</source>
        <translation>केंद्रीय प्रणाली का पता:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="107"/>
        <source>Enrolment code:</source>
        <translation>नामांकन कोड:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="108"/>
        <source>CA certificate (optional):</source>
        <translation>CA प्रमाणपत्र (वैकल्पिक):</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="125"/>
        <source>CA certificate</source>
        <translation>CA प्रमाणपत्र</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="125"/>
        <source>Certificates (*.pem *.crt)</source>
        <translation>प्रमाणपत्र (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="138"/>
        <source>Checking the connection to central…</source>
        <translation>केंद्रीय प्रणाली से कनेक्शन जाँचा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="151"/>
        <source>Connected to central {version}; its certificate was checked.</source>
        <translation>केंद्रीय प्रणाली {version} से जुड़ गए; उसका प्रमाणपत्र जाँचा गया।</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="153"/>
        <source>Connected to central {version} on this machine (no encryption).</source>
        <translation>इसी कंप्यूटर पर केंद्रीय प्रणाली {version} से जुड़ गए (एन्क्रिप्शन के बिना)।</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="159"/>
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
        <location filename="../../app/ui/setup_wizard.py" line="188"/>
        <source>Joining failed unexpectedly; try again or call head office.</source>
        <translation>जुड़ना अप्रत्याशित रूप से विफल रहा; फिर से प्रयास करें या मुख्य कार्यालय को फ़ोन करें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="189"/>
        <source>Not joined: {reason}</source>
        <translation>नहीं जुड़ा: {reason}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="29"/>
        <source>PostCounter — log in</source>
        <translation>PostCounter — लॉग इन</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="32"/>
        <source>scan your badge or type your number</source>
        <translation>बैज स्कैन करें या संख्या डालें</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="40"/>
        <source>Staff number</source>
        <translation>कर्मचारी संख्या</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="41"/>
        <source>PIN</source>
        <translation>पिन</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="45"/>
        <source>Log in</source>
        <translation>लॉग इन</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="49"/>
        <source>&lt;h2&gt;PostCounter&lt;/h2&gt;Heavy parcels Russia ⇄ India</source>
        <translation>&lt;h2&gt;PostCounter&lt;/h2&gt;भारी पार्सल रूस ⇄ भारत</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="53"/>
        <source>DEMO MODE — training data only. Clerk {c} / PIN {cp}, supervisor {s} / PIN {sp}.</source>
        <translation>डेमो मोड — केवल प्रशिक्षण डेटा। डाक सहायक {c} / पिन {cp}, पर्यवेक्षक {s} / पिन {sp}।</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="89"/>
        <source>⚠ Staff number or PIN is wrong. Try again or ask your supervisor.</source>
        <translation>⚠ कर्मचारी संख्या या पिन गलत है। फिर प्रयास करें या पर्यवेक्षक से पूछें।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="93"/>
        <source>PostCounter — {branch} — {name}</source>
        <translation>PostCounter — {branch} — {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="109"/>
        <source>Void selected acceptance…</source>
        <translation>चुनी गई बुकिंग रद्द करें…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>Reprint documents of selected acceptance</source>
        <translation>चुनी गई बुकिंग के दस्तावेज़ फिर से प्रिंट करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="116"/>
        <source>Correct selected acceptance…</source>
        <translation>चुनी गई बुकिंग सुधारें…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136"/>
        <source>DEMO MODE — demo branch and staff, simulated scale. Nothing here is real postage.</source>
        <translation>डेमो मोड — डेमो शाखा और कर्मचारी, सिम्युलेटेड तौल मशीन। यहाँ कुछ भी वास्तविक डाक शुल्क नहीं है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166"/>
        <source>Operator: {name} ({number}, {role})</source>
        <translation>कर्मचारी: {name} ({number}, {role})</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="196"/>
        <source>Needs attention</source>
        <translation>ध्यान आवश्यक</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>supervisor</source>
        <translation>पर्यवेक्षक</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>clerk</source>
        <translation>डाक सहायक</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="224"/>
        <source>&amp;Session</source>
        <translation>सत्र (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="225"/>
        <source>Log &amp;out</source>
        <translation>लॉग आउट (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="228"/>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="233"/>
        <source>&amp;Day</source>
        <translation>दिन (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="238"/>
        <source>Print today&apos;s &amp;manifest…</source>
        <translation>आज का मैनिफ़ेस्ट प्रिंट करें (&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="241"/>
        <source>&amp;Close the business day…</source>
        <translation>कार्य दिवस बंद करें (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="244"/>
        <source>&amp;Tools</source>
        <translation>उपकरण (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="245"/>
        <source>&amp;Scale settings…</source>
        <translation>तौल मशीन सेटिंग (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="248"/>
        <source>S&amp;canner settings…</source>
        <translation>स्कैनर सेटिंग्स (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="251"/>
        <source>&amp;Printing settings…</source>
        <translation>प्रिंटिंग सेटिंग्स (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="254"/>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="257"/>
        <source>System language</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="268"/>
        <source>&amp;Import pre-advice file…</source>
        <translation>पूर्व-सूचना फ़ाइल आयात करें (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="271"/>
        <source>&amp;Sync now</source>
        <translation>अभी सिंक करें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="280"/>
        <source>stable</source>
        <translation>स्थिर</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281"/>
        <source>motion</source>
        <translation>अस्थिर</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="282"/>
        <source>overload</source>
        <translation>अधिभार</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="283"/>
        <source>under zero</source>
        <translation>शून्य से कम</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="284"/>
        <source>no scale</source>
        <translation>तौल मशीन नहीं</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="287"/>
        <source>simulated scale</source>
        <translation>सिम्युलेटेड</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="289"/>
        <source>scale</source>
        <translation>वास्तविक</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <source>Scale ({kind}): {state}</source>
        <translation>तौल मशीन ({kind}): {state}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="386"/>
        <source>Scanner: ready ({port})</source>
        <translation>स्कैनर: तैयार ({port})</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="387"/>
        <source>Scanner: NOT CONNECTED ({port}), check the cable</source>
        <translation>स्कैनर: जुड़ा नहीं है ({port}), केबल जाँचें</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="389"/>
        <source>Scanner: opening {port}…</source>
        <translation>स्कैनर: {port} खोला जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="418"/>
        <source>Settings not saved</source>
        <translation>सेटिंग्स सहेजी नहीं गईं</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="419"/>
        <source>The settings were not saved: {error}</source>
        <translation>सेटिंग्स सहेजी नहीं गईं: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="431"/>
        <source>Printing settings saved.</source>
        <translation>प्रिंटिंग सेटिंग्स सहेज ली गईं।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="447"/>
        <source>The language changes when you log out and in again (Ctrl+Shift+L).</source>
        <translation>भाषा तब बदलेगी जब आप लॉग आउट करके फिर से लॉग इन करेंगे (Ctrl+Shift+L)।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="494"/>
        <source>Accepted {s10}</source>
        <translation>बुक हुआ {s10}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="574"/>
        <source>Approve the correction</source>
        <translation>सुधार स्वीकृत करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="575"/>
        <source>A supervisor approves every correction sent to central.</source>
        <translation>केंद्र को भेजे जाने वाले हर सुधार को पर्यवेक्षक स्वीकृत करता है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="594"/>
        <source>Central: not configured (offline work)</source>
        <translation>केंद्र: सेट नहीं (ऑफ़लाइन कार्य)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="596"/>
        <source>Central: online</source>
        <translation>केंद्र: ऑनलाइन</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="598"/>
        <source>Central: OFFLINE — working locally</source>
        <translation>केंद्र: ऑफ़लाइन — स्थानीय रूप से कार्य</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="601"/>
        <source>last sync {time}</source>
        <translation>अंतिम सिंक {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="603"/>
        <source>⚠ {n} need attention</source>
        <translation>⚠ {n} पर ध्यान आवश्यक</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="616"/>
        <source>A voided acceptance is not corrected: accept the parcel anew.</source>
        <translation>रद्द की गई बुकिंग सुधारी नहीं जाती: पार्सल फिर से बुक करें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="629"/>
        <source>Correct {s10}</source>
        <translation>{s10} सुधारें</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="638"/>
        <source>Not sent: a supervisor must approve the correction.</source>
        <translation>नहीं भेजा गया: सुधार को पर्यवेक्षक की स्वीकृति चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="658"/>
        <source>Corrected {s10}; central receives the correction.</source>
        <translation>{s10} सुधारा गया; केंद्र को सुधार मिलेगा।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="698"/>
        <source>Printing failed</source>
        <translation>प्रिंट विफल</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="699"/>
        <source>{message}
The acceptance is stored; reprint it from today&apos;s list.</source>
        <translation>{message}
बुकिंग सहेजी गई है; आज की सूची से फिर प्रिंट करें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="709"/>
        <source>Close the business day</source>
        <translation>कार्य दिवस बंद करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="710"/>
        <source>Close {day}: every acceptance so far goes on a numbered manifest and is locked. Later acceptances go on the next manifest.</source>
        <translation>{day} बंद करें: अब तक की हर बुकिंग एक क्रमांकित मैनिफ़ेस्ट में जाएगी और लॉक हो जाएगी। बाद की बुकिंग अगले मैनिफ़ेस्ट में जाएगी।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="585"/>
        <location filename="../../app/ui/main_window.py" line="721"/>
        <source>Supervisor number or PIN is wrong.</source>
        <translation>पर्यवेक्षक संख्या या पिन गलत है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="732"/>
        <source>Day closed: manifest {n}</source>
        <translation>दिन बंद: मैनिफ़ेस्ट {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="749"/>
        <source>A supervisor&apos;s number and PIN are needed to approve a manual weight.</source>
        <translation>हाथ से डाले भार की स्वीकृति के लिए पर्यवेक्षक की संख्या और पिन चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="756"/>
        <source>Type the weight in kg, e.g. 152.35.</source>
        <translation>भार kg में टाइप करें, जैसे 152.35।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="781"/>
        <source>{s10} was pre-advised and is already accepted.</source>
        <translation>{s10} पूर्व-सूचित था और पहले ही बुक हो चुका है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="787"/>
        <source>{grouped} · pre-advised ({source}, row {row}): check, weigh, measure, accept</source>
        <translation>{grouped} · पूर्व-सूचित ({source}, पंक्ति {row}): जाँचें, तौलें, नापें, बुक करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="813"/>
        <source>Regular sender found by phone: details filled in.</source>
        <translation>फ़ोन से नियमित प्रेषक मिला: विवरण भर दिया गया।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="836"/>
        <source>No identifiers left in this branch&apos;s blocks: connect to central to get a new block, or use pre-printed labels. ({error})</source>
        <translation>इस शाखा के ब्लॉकों में संख्याएँ समाप्त: नया ब्लॉक लेने के लिए केंद्र से जुड़ें, या छपे लेबल प्रयोग करें। ({error})</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="849"/>
        <source>Import pre-advice</source>
        <translation>पूर्व-सूचना आयात</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="849"/>
        <source>Pre-advice files (*.csv *.json)</source>
        <translation>पूर्व-सूचना फ़ाइलें (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="865"/>
        <source>{file}: {parcels} parcels, {new} new, {updated} updated, {same} unchanged, {bad} rejected.</source>
        <translation>{file}: {parcels} पार्सल, {new} नए, {updated} अद्यतन, {same} अपरिवर्तित, {bad} अस्वीकृत।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="878"/>
        <location filename="../../app/ui/main_window.py" line="883"/>
        <source>Pre-advice import</source>
        <translation>पूर्व-सूचना आयात</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="884"/>
        <source>Nothing was imported: {error}</source>
        <translation>कुछ भी आयात नहीं हुआ: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191"/>
        <location filename="../../app/ui/main_window.py" line="525"/>
        <source>Sync queue: {n}</source>
        <translation>सिंक कतार: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="526"/>
        <source>Business day {day}</source>
        <translation>कार्य दिवस {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="537"/>
        <location filename="../../app/ui/main_window.py" line="681"/>
        <source>Select an acceptance in today&apos;s list first.</source>
        <translation>पहले आज की सूची में एक बुकिंग चुनें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="542"/>
        <source>Void acceptance</source>
        <translation>बुकिंग रद्द करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="543"/>
        <source>Void {s10}? The record is kept and marked void; central is told.</source>
        <translation>{s10} रद्द करें? रिकॉर्ड रखा जाएगा और रद्द चिह्नित होगा; केंद्र को सूचना जाएगी।</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="563"/>
        <source>Voided {s10}</source>
        <translation>रद्द हुआ {s10}</translation>
    </message>
</context>
<context>
    <name>ManualWeightApproval</name>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="76"/>
        <source>Manual weight</source>
        <translation>हाथ से भार</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="77"/>
        <source>Only when the scale cannot weigh this piece. The weight is stored as typed in, with the approving supervisor and the reason.</source>
        <translation>केवल तब जब तौल मशीन यह नग नहीं तौल सकती। भार टाइप किए अनुसार, स्वीकृति देने वाले पर्यवेक्षक और कारण के साथ सहेजा जाता है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="88"/>
        <source>Weight, kg</source>
        <translation>भार, kg</translation>
    </message>
</context>
<context>
    <name>PartyForm</name>
    <message>
        <location filename="../../app/ui/party_form.py" line="46"/>
        <source>Full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="47"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="48"/>
        <source>Street, house, flat</source>
        <translation>गली, मकान, फ़्लैट</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="49"/>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="50"/>
        <source>Postcode</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="51"/>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="71"/>
        <source>type a code or name, e.g. IN</source>
        <translation>कोड या नाम, जैसे IN</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../app/ui/print_preview.py" line="203"/>
        <source>Print preview</source>
        <translation>प्रिंट पूर्वावलोकन</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="208"/>
        <source>Preparing the preview…</source>
        <translation>पूर्वावलोकन तैयार हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="218"/>
        <source>&amp;Print…</source>
        <translation>प्रिंट (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="221"/>
        <source>&amp;Save as PDF…</source>
        <translation>PDF में सहेजें (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="222"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print_preview.py" line="253"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n पृष्ठ</numerusform>
            <numerusform>%n पृष्ठ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="257"/>
        <source>The documents could not be shown: %1</source>
        <translation>दस्तावेज़ दिखाए नहीं जा सके: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="280"/>
        <source>Printing…</source>
        <translation>प्रिंट हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="285"/>
        <source>Sent to the printer: %1</source>
        <translation>प्रिंटर को भेजा गया: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="292"/>
        <source>Save %1</source>
        <translation>%1 सहेजें</translation>
    </message>
</context>
<context>
    <name>PrintingSettingsDialog</name>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="42"/>
        <source>Printing settings</source>
        <translation>प्रिंटिंग सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="47"/>
        <source>Print label, CN 23 and receipt as soon as a parcel is accepted</source>
        <translation>पार्सल स्वीकार होते ही लेबल, CN 23 और रसीद प्रिंट करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="60"/>
        <source>PDF through the label printer above</source>
        <translation>ऊपर दिए गए लेबल प्रिंटर से PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="61"/>
        <source>ZPL straight to a thermal label printer</source>
        <translation>ZPL सीधे थर्मल लेबल प्रिंटर पर</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="67"/>
        <source>tcp://192.168.1.50:9100 or /dev/usb/lp0</source>
        <translation>tcp://192.168.1.50:9100 या /dev/usb/lp0</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="72"/>
        <source>{dpmm} dots/mm ({dpi} dpi)</source>
        <translation>{dpmm} डॉट/मिमी ({dpi} dpi)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="83"/>
        <source>With no printer chosen, PostCounter shows a preview and asks where to print. A printer that is chosen but not installed is asked for the same way.</source>
        <translation>कोई प्रिंटर न चुना हो तो PostCounter पूर्वावलोकन दिखाता है और पूछता है कि कहाँ प्रिंट करें। चुना गया पर इंस्टॉल न हुआ प्रिंटर हो तो भी ऐसा ही होता है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="94"/>
        <source>&amp;Documents (A4):</source>
        <translation>दस्तावेज़, A4 (&amp;D):</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="95"/>
        <source>&amp;Labels:</source>
        <translation>लेबल (&amp;L):</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="96"/>
        <source>Label &amp;format:</source>
        <translation>लेबल प्रारूप (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="97"/>
        <source>&amp;ZPL printer address:</source>
        <translation>ZPL प्रिंटर का पता (&amp;Z):</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="98"/>
        <source>Print &amp;head:</source>
        <translation>प्रिंट हेड (&amp;H):</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="114"/>
        <source>(ask each time, with a preview)</source>
        <translation>(हर बार पूछें, पूर्वावलोकन के साथ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="118"/>
        <source>{name} (not installed)</source>
        <translation>{name} (इंस्टॉल नहीं है)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="144"/>
        <source>Give the ZPL printer&apos;s address, or print labels as PDF.</source>
        <translation>ZPL प्रिंटर का पता दें, या लेबल PDF के रूप में प्रिंट करें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="152"/>
        <source>The ZPL printer address must look like tcp://192.168.1.50:9100 (network printer) or /dev/usb/lp0 (USB printer).</source>
        <translation>ZPL प्रिंटर का पता tcp://192.168.1.50:9100 (नेटवर्क प्रिंटर) या /dev/usb/lp0 (USB प्रिंटर) जैसा होना चाहिए।</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>Save All</source>
        <translation>सब सहेजें</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>Yes to &amp;All</source>
        <translation>सभी के लिए हाँ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>N&amp;o to All</source>
        <translation>सभी के लिए नहीं (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>Abort</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>Retry</source>
        <translation>फिर प्रयास करें</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>Discard</source>
        <translation>छोड़ें</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>Restore Defaults</source>
        <translation>डिफ़ॉल्ट पुनर्स्थापित करें</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>Copy &amp;Link Location</source>
        <translation>लिंक का पता कॉपी करें (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../packaging/update_translations.py" line="47"/>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>RefreshWarning</name>
    <message>
        <location filename="../../app/ui/reference_warning.py" line="46"/>
        <source>⚠ Rates and rules never refreshed from central</source>
        <translation>⚠ दरें और नियम केंद्रीय प्रणाली से कभी अद्यतन नहीं हुए</translation>
    </message>
    <message>
        <location filename="../../app/ui/reference_warning.py" line="49"/>
        <source>⚠ Rates and rules not refreshed from central since {when}</source>
        <translation>⚠ दरें और नियम {when} से केंद्रीय प्रणाली से अद्यतन नहीं हुए</translation>
    </message>
</context>
<context>
    <name>S10</name>
    <message>
        <location filename="../../app/domain/s10.py" line="23"/>
        <source>parcel</source>
        <translation>पार्सल</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="24"/>
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="25"/>
        <source>e-commerce item</source>
        <translation>ई-कॉमर्स वस्तु</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="26"/>
        <source>letter express</source>
        <translation>एक्सप्रेस पत्र</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="27"/>
        <source>registered item</source>
        <translation>रजिस्टर्ड वस्तु</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="28"/>
        <source>customs-controlled letter post</source>
        <translation>सीमा शुल्क नियंत्रित पत्र डाक</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="29"/>
        <source>insured letter</source>
        <translation>बीमाकृत पत्र</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="111"/>
        <source>No tracking number: scan the label or type the 13 characters.</source>
        <translation>ट्रैकिंग संख्या नहीं: लेबल स्कैन करें या 13 वर्ण टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="116"/>
        <source>{text} has {length} characters; an S10 number has 13 (2 letters, 9 digits, 2 letters).</source>
        <translation>{text} में {length} वर्ण हैं; S10 संख्या में 13 होते हैं (2 अक्षर, 9 अंक, 2 अक्षर)।</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="126"/>
        <source>{text} is not shaped like an S10 number: it must be 2 letters, 9 digits, 2 letters.</source>
        <translation>{text} S10 संख्या के रूप में नहीं है: 2 अक्षर, 9 अंक, 2 अक्षर होने चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="135"/>
        <source>Service indicator {service} is reserved by the UPU and never used on items.</source>
        <translation>सेवा संकेतक {service} UPU द्वारा आरक्षित है और वस्तुओं पर प्रयोग नहीं होता।</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="144"/>
        <source>Check digit of {text} is {found} but should be {expected}: a digit was mistyped or misread. Scan the label again or retype it.</source>
        <translation>{text} का जाँच अंक {found} है, पर {expected} होना चाहिए: कोई अंक गलत टाइप या गलत पढ़ा गया। लेबल फिर स्कैन करें या दोबारा टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../app/services/s10_blocks.py" line="32"/>
        <source>No {service} numbers left for {country} on this terminal: connect to the central system to get a new block, or scan the number on a pre-printed label.</source>
        <translation>इस टर्मिनल पर {country} के लिए {service} संख्याएँ समाप्त: नया ब्लॉक लेने के लिए केंद्रीय प्रणाली से जुड़ें, या छपे लेबल की संख्या स्कैन करें।</translation>
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
        <location filename="../../app/devices/scale/reader.py" line="49"/>
        <source>Connecting to the scale on {port}…</source>
        <translation>{port} पर तौल मशीन से जुड़ रहे हैं…</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reader.py" line="50"/>
        <source>Scale on {port} answers ({protocol}).</source>
        <translation>{port} पर तौल मशीन उत्तर दे रही है ({protocol})।</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reader.py" line="51"/>
        <source>The scale on {port} does not answer: check that it is switched on and its cable is plugged in, and that its interface is set to {protocol}.</source>
        <translation>{port} पर तौल मशीन उत्तर नहीं दे रही: जाँचें कि वह चालू है, केबल लगी है और इंटरफ़ेस {protocol} पर सेट है।</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reader.py" line="56"/>
        <source>Data arrives on {port} but it is not {protocol} at {line}: check the protocol and line settings in Scale settings (or use Detect).</source>
        <translation>{port} पर डेटा आ रहा है, पर वह {line} पर {protocol} नहीं है: तौल मशीन सेटिंग में प्रोटोकॉल और लाइन सेटिंग जाँचें (या «खोजें» दबाएँ)।</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reader.py" line="61"/>
        <source>Scale port {port} is not available ({error}): plug the scale&apos;s cable back in; the app reconnects by itself.</source>
        <translation>तौल मशीन का पोर्ट {port} उपलब्ध नहीं ({error}): केबल फिर से लगाएँ; ऐप अपने-आप जुड़ जाएगा।</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reader.py" line="66"/>
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
</context>
<context>
    <name>ScaleSettingsDialog</name>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="48"/>
        <source>Scale settings</source>
        <translation>तौल मशीन सेटिंग</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="54"/>
        <source>(no scale: enter weights by supervisor approval)</source>
        <translation>(तौल मशीन नहीं: पर्यवेक्षक की स्वीकृति से भार डालें)</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="68"/>
        <source>&amp;Detect</source>
        <translation>खोजें (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="70"/>
        <source>&amp;Test reading</source>
        <translation>परीक्षण रीडिंग (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="82"/>
        <source>&amp;Port:</source>
        <translation>पोर्ट (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="83"/>
        <source>P&amp;rotocol:</source>
        <translation>प्रोटोकॉल (&amp;R):</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="116"/>
        <source>Line settings: {line}.</source>
        <translation>लाइन सेटिंग: {line}।</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="118"/>
        <source>This protocol cannot show 100 kg or more: use it only for a small counter scale, never for the heavy-parcel platform scale.</source>
        <translation>यह प्रोटोकॉल 100 kg या अधिक नहीं दिखा सकता: इसे केवल छोटी काउंटर तौल मशीन के लिए प्रयोग करें, भारी पार्सल की प्लेटफ़ॉर्म मशीन के लिए कभी नहीं।</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="132"/>
        <source>Detecting… (a few seconds per port)</source>
        <translation>खोज रहे हैं… (प्रति पोर्ट कुछ सेकंड)</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="140"/>
        <source>No scale answered on {count} port(s). Check that the scale is on and its cable is plugged in, then detect again.</source>
        <translation>{count} पोर्ट पर किसी तौल मशीन ने उत्तर नहीं दिया। जाँचें कि मशीन चालू है और केबल लगी है, फिर दोबारा खोजें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="151"/>
        <source>{port}: {protocol} at {line}</source>
        <translation>{port}: {protocol}, {line}</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="158"/>
        <source>Check the test reading, then press OK.</source>
        <translation>परीक्षण रीडिंग जाँचें, फिर OK दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="164"/>
        <source>Detection failed: {error}</source>
        <translation>खोज विफल: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="173"/>
        <source>Choose a port first.</source>
        <translation>पहले पोर्ट चुनें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="190"/>
        <source>▲ OVERLOAD</source>
        <translation>▲ अधिभार</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="192"/>
        <source>▼ UNDER ZERO</source>
        <translation>▼ शून्य से कम</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="194"/>
        <source>≈ MOTION</source>
        <translation>≈ अस्थिर</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="196"/>
        <source>● stable</source>
        <translation>● स्थिर</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="196"/>
        <source>≈ motion</source>
        <translation>≈ अस्थिर</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="197"/>
        <source> net</source>
        <translation> शुद्ध</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <location filename="../../app/domain/scan.py" line="50"/>
        <source>Item {value} ({service}).</source>
        <translation>वस्तु {value} ({service})।</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="51"/>
        <source>{value} is a Russia Post domestic tracking number (14 digits), not an international S10 number: this corridor needs the S10 label (2 letters, 9 digits, 2 letters).</source>
        <translation>{value} रूस पोस्ट की घरेलू ट्रैकिंग संख्या (14 अंक) है, अंतरराष्ट्रीय S10 संख्या नहीं: इस मार्ग के लिए S10 लेबल चाहिए (2 अक्षर, 9 अंक, 2 अक्षर)।</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="56"/>
        <source>{value} looks like a Russia Post domestic tracking number but its check digit is wrong: scan it again.</source>
        <translation>{value} रूस पोस्ट की घरेलू ट्रैकिंग संख्या जैसी है, पर जाँच अंक गलत है: फिर से स्कैन करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="61"/>
        <source>{value} is a product barcode (EAN-13), not a tracking number: scan the postal label instead.</source>
        <translation>{value} उत्पाद बारकोड (EAN-13) है, ट्रैकिंग संख्या नहीं: डाक लेबल स्कैन करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="66"/>
        <source>{value} has 13 digits but is not a valid EAN-13 or tracking number: scan it again.</source>
        <translation>{value} में 13 अंक हैं पर यह मान्य EAN-13 या ट्रैकिंग संख्या नहीं: फिर से स्कैन करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="69"/>
        <source>Staff badge {value}.</source>
        <translation>कर्मचारी बैज {value}।</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="70"/>
        <source>{value} is not a tracking number, product barcode or staff badge: scan the parcel&apos;s postal label.</source>
        <translation>{value} न ट्रैकिंग संख्या है, न उत्पाद बारकोड, न कर्मचारी बैज: पार्सल का डाक लेबल स्कैन करें।</translation>
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
        <location filename="../../app/ui/scanner_settings.py" line="48"/>
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
        <location filename="../../app/ui/scanner_settings.py" line="110"/>
        <source>Choose a port first.</source>
        <translation>पहले एक पोर्ट चुनें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="112"/>
        <source>Opening {port}…</source>
        <translation>{port} खोला जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="130"/>
        <source>{port} is open: scan any barcode now.</source>
        <translation>{port} खुला है: अब कोई भी बारकोड स्कैन करें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="131"/>
        <source>{port} cannot be opened: check the cable and the port name.</source>
        <translation>{port} नहीं खुल रहा: केबल और पोर्ट का नाम जाँचें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="142"/>
        <source>Received “{text}”. {what} The scanner works.</source>
        <translation>“{text}” मिला। {what} स्कैनर काम कर रहा है।</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="249"/>
        <source>PostCounter set-up</source>
        <translation>PostCounter सेट-अप</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="261"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;पीछे</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="262"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;आगे &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="263"/>
        <source>&amp;Finish</source>
        <translation>&amp;समाप्त</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="264"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="50"/>
        <source>Welcome to PostCounter</source>
        <translation>PostCounter में आपका स्वागत है</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="51"/>
        <source>Try the counter with demo data, or join your branch.</source>
        <translation>डेमो डेटा के साथ काउंटर आज़माएँ, या अपनी शाखा से जुड़ें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="52"/>
        <source>Try the demo (practice data, nothing is sent)</source>
        <translation>डेमो आज़माएँ (अभ्यास डेटा, कुछ भी भेजा नहीं जाता)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="55"/>
        <source>Join a branch (with the code head office gave you)</source>
        <translation>शाखा से जुड़ें (मुख्य कार्यालय द्वारा दिए गए कोड से)</translation>
    </message>
</context>
<context>
    <name>SupervisorApproval</name>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="38"/>
        <source>Supervisor number</source>
        <translation>पर्यवेक्षक संख्या</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="39"/>
        <source>PIN</source>
        <translation>पिन</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="41"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="47"/>
        <source>Approve</source>
        <translation>स्वीकृत करें</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../app/services/sync_service.py" line="88"/>
        <source>{url} is not a web address; use https://host[:port].</source>
        <translation>{url} वेब पता नहीं है; https://host[:port] प्रयोग करें।</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_service.py" line="94"/>
        <source>{url} is not encrypted: use https:// so the terminal&apos;s data and token cannot be read on the way.</source>
        <translation>{url} एन्क्रिप्टेड नहीं है: https:// प्रयोग करें ताकि टर्मिनल का डेटा और टोकन रास्ते में पढ़ा न जा सके।</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_service.py" line="136"/>
        <source>Enter the token central issued for this terminal.</source>
        <translation>केंद्रीय प्रणाली द्वारा इस टर्मिनल को दिया गया टोकन डालें।</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_service.py" line="216"/>
        <source>No central system configured: run &apos;sync configure --url URL --token TOKEN&apos;.</source>
        <translation>केंद्रीय प्रणाली सेट नहीं है: &apos;sync configure --url URL --token TOKEN&apos; चलाएँ।</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_service.py" line="277"/>
        <source>Say why the item is being corrected.</source>
        <translation>बताएँ कि प्रविष्टि क्यों सुधारी जा रही है।</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_service.py" line="283"/>
        <source>Item {id} does not need attention any more.</source>
        <translation>प्रविष्टि {id} पर अब ध्यान देने की ज़रूरत नहीं।</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_service.py" line="292"/>
        <source>The corrected record must be a JSON object.</source>
        <translation>सुधारा गया रिकॉर्ड JSON ऑब्जेक्ट होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/sync/drain_lock.py" line="18"/>
        <source>Another sync of this terminal is running (the counter window or &apos;sync run&apos;); it sends the queued items, nothing needs doing here.</source>
        <translation>इस टर्मिनल का दूसरा सिंक पहले से चल रहा है (काउंटर विंडो या &apos;sync run&apos;); वही कतार की वस्तुएँ भेजेगा, यहाँ कुछ करने की ज़रूरत नहीं है।</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="40"/>
        <location filename="../../app/domain/validation.py" line="328"/>
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
        <location filename="../../app/domain/customs_rules.py" line="140"/>
        <source>{value} has more decimals than {currency} allows: round it to {places}.</source>
        <translation>{value} में {currency} की अनुमति से अधिक दशमलव हैं: {places} तक पूर्णांकित करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="155"/>
        <source>Declared total value {declared} {currency} is not the sum of the lines ({total} {currency}).</source>
        <translation>घोषित कुल मूल्य {declared} {currency} पंक्तियों के योग ({total} {currency}) के बराबर नहीं है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="170"/>
        <source>Declared total net weight {declared} kg is not the sum of the lines ({total} kg).</source>
        <translation>घोषित कुल शुद्ध भार {declared} kg पंक्तियों के योग ({total} kg) के बराबर नहीं है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="204"/>
        <source>Line {line} looks like {label}, which may not be sent: take it out of the parcel.</source>
        <translation>पंक्ति {line} {label} जैसी लगती है, जिसे भेजना मना है: इसे पार्सल से निकालें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="216"/>
        <source>Line {line} looks like {label}: enter the certificate number.</source>
        <translation>पंक्ति {line} {label} जैसी लगती है: प्रमाणपत्र संख्या डालें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="227"/>
        <source>Line {line} looks like {label}: enter the licence number.</source>
        <translation>पंक्ति {line} {label} जैसी लगती है: लाइसेंस संख्या डालें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="257"/>
        <source>{text} is not an Import-Export Code: it has 10 letters and digits.</source>
        <translation>{text} आयात-निर्यात कोड नहीं है: उसमें 10 अक्षर और अंक होते हैं।</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="269"/>
        <source>{text} does not look like a Postal Bill of Export reference: copy it from the PBE.</source>
        <translation>{text} पोस्टल बिल ऑफ़ एक्सपोर्ट संख्या जैसा नहीं लगता: PBE से उतारें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="285"/>
        <source>A gift with an invoice looks like a sale: customs refuse commercial goods declared as gifts. Check the category.</source>
        <translation>इनवॉइस वाला उपहार बिक्री जैसा लगता है: सीमा शुल्क उपहार बताए गए व्यावसायिक माल को अस्वीकार करता है। श्रेणी जाँचें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="72"/>
        <source>HS code {code} must hold digits only.</source>
        <translation>HS कोड {code} में केवल अंक होने चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="73"/>
        <source>HS code {code} has {digits} digits; enter {allowed} digits as declared, never padded with zeros.</source>
        <translation>HS कोड {code} में {digits} अंक हैं; घोषित अनुसार {allowed} अंक डालें, शून्य जोड़कर नहीं।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="77"/>
        <source>HS code {code} starts with {chapter}, which is not an HS chapter.</source>
        <translation>HS कोड {code} {chapter} से शुरू होता है, जो कोई HS अध्याय नहीं है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="95"/>
        <source>Enter the full name.</source>
        <translation>पूरा नाम डालें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="96"/>
        <source>Enter the street address: customs refuse incomplete addresses.</source>
        <translation>गली का पता डालें: सीमा शुल्क अधूरे पते अस्वीकार करता है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="99"/>
        <source>Enter the city or town.</source>
        <translation>शहर या कस्बा डालें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="100"/>
        <source>Enter the postcode.</source>
        <translation>पिन कोड डालें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="108"/>
        <source>Choose the country.</source>
        <translation>देश चुनें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="116"/>
        <source>{code} is not an ISO country code: pick the country from the list.</source>
        <translation>{code} ISO देश कोड नहीं है: सूची से देश चुनें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="127"/>
        <source>The phone number may hold only digits, spaces, dashes and a leading +.</source>
        <translation>फ़ोन नंबर में केवल अंक, खाली स्थान, डैश और शुरू में + हो सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="142"/>
        <source>This service carries parcels between Russia and India only (sender {sender}, addressee {addressee}).</source>
        <translation>यह सेवा केवल रूस और भारत के बीच पार्सल ले जाती है (प्रेषक {sender}, प्राप्तकर्ता {addressee})।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="160"/>
        <source>Add at least one piece: scan its label.</source>
        <translation>कम से कम एक नग जोड़ें: उसका लेबल स्कैन करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="168"/>
        <source>At most {max} pieces per consignment; split it into two consignments.</source>
        <translation>एक प्रेषण में अधिकतम {max} नग; इसे दो प्रेषणों में बाँटें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="185"/>
        <source>{s10} is already a piece of this consignment: scan the next label.</source>
        <translation>{s10} पहले से इस प्रेषण का नग है: अगला लेबल स्कैन करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="199"/>
        <source>Put the piece on the scale and capture a stable weight.</source>
        <translation>नग को तौल मशीन पर रखें और स्थिर भार दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="210"/>
        <source>A typed-in weight needs a supervisor&apos;s approval and a reason.</source>
        <translation>हाथ से डाले भार के लिए पर्यवेक्षक की स्वीकृति और कारण चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="221"/>
        <source>The weight was not stable: wait for the stable mark and capture again.</source>
        <translation>भार स्थिर नहीं था: स्थिर चिह्न की प्रतीक्षा करें और फिर दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="232"/>
        <source>{kg} kg is outside this service&apos;s {min}–{max} kg per piece.</source>
        <translation>{kg} kg इस सेवा की प्रति नग सीमा {min}–{max} kg से बाहर है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="246"/>
        <source>Measure the piece and enter length, width and height in cm.</source>
        <translation>नग नापें और लंबाई, चौड़ाई, ऊँचाई cm में डालें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="257"/>
        <source>Every dimension must be more than 0 cm.</source>
        <translation>हर माप 0 cm से अधिक होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="265"/>
        <source>Longest side {cm} cm is over the {max} cm limit.</source>
        <translation>सबसे लंबी भुजा {cm} cm, सीमा {max} cm से अधिक है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="275"/>
        <source>Length plus girth {cm} cm is over the {max} cm limit.</source>
        <translation>लंबाई और घेरा {cm} cm, सीमा {max} cm से अधिक है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="287"/>
        <source>The consignment weighs {kg} kg, over the {max} kg limit: split it.</source>
        <translation>प्रेषण का भार {kg} kg है, सीमा {max} kg से अधिक: इसे बाँटें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="318"/>
        <source>Category &apos;Other&apos; needs an explanation of what the contents are.</source>
        <translation>श्रेणी «अन्य» के लिए बताएँ कि अंदर क्या है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="336"/>
        <source>Add at least one content line: what is inside, how many, weight and value.</source>
        <translation>सामग्री की कम से कम एक पंक्ति जोड़ें: अंदर क्या है, कितना, भार और मूल्य।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="350"/>
        <source>Describe the contents in detail, e.g. &apos;wooden dining chair&apos;.</source>
        <translation>सामग्री का विस्तृत विवरण दें, जैसे &apos;लकड़ी की डाइनिंग कुर्सी&apos;।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="360"/>
        <source>&apos;{text}&apos; is too vague for customs: say what it is, e.g. &apos;cotton bed sheets&apos;.</source>
        <translation>&apos;{text}&apos; सीमा शुल्क के लिए बहुत अस्पष्ट है: बताएँ कि यह क्या है, जैसे &apos;सूती चादरें&apos;।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="372"/>
        <source>Quantity must be 1 or more.</source>
        <translation>मात्रा 1 या अधिक होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="380"/>
        <source>Enter the net weight of the line in kg.</source>
        <translation>पंक्ति का शुद्ध भार kg में डालें।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="388"/>
        <source>All lines must be declared in {currency}.</source>
        <translation>सभी पंक्तियाँ {currency} में घोषित हों।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="397"/>
        <source>Declare the real value: customs refuse values of 0 or 1.</source>
        <translation>वास्तविक मूल्य घोषित करें: सीमा शुल्क 0 या 1 का मूल्य अस्वीकार करता है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="421"/>
        <source>Commercial items need an HS code (at least 6 digits).</source>
        <translation>व्यावसायिक वस्तुओं के लिए HS कोड चाहिए (कम से कम 6 अंक)।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="429"/>
        <source>Enter the country where the goods were made.</source>
        <translation>वह देश डालें जहाँ माल बना था।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="437"/>
        <source>{code} is not an ISO country code.</source>
        <translation>{code} ISO देश कोड नहीं है।</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="446"/>
        <source>Net weight of the lines ({net} kg) is more than the gross weight ({gross} kg).</source>
        <translation>पंक्तियों का शुद्ध भार ({net} kg) सकल भार ({gross} kg) से अधिक है।</translation>
    </message>
</context>
<context>
    <name>Void</name>
    <message>
        <location filename="../../app/services/void.py" line="54"/>
        <source>Give the reason for the void in a few words.</source>
        <translation>रद्द करने का कारण कुछ शब्दों में दें।</translation>
    </message>
    <message>
        <location filename="../../app/services/void.py" line="60"/>
        <source>Supervisor number or PIN is wrong.</source>
        <translation>पर्यवेक्षक संख्या या पिन गलत है।</translation>
    </message>
    <message>
        <location filename="../../app/services/void.py" line="63"/>
        <source>{name} is not a supervisor: a supervisor must approve a void.</source>
        <translation>{name} पर्यवेक्षक नहीं हैं: रद्द करने की स्वीकृति पर्यवेक्षक देगा।</translation>
    </message>
    <message>
        <location filename="../../app/services/void.py" line="71"/>
        <source>This acceptance is not in this branch&apos;s records.</source>
        <translation>यह बुकिंग इस शाखा के रिकॉर्ड में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../app/services/void.py" line="75"/>
        <source>{s10} is already void.</source>
        <translation>{s10} पहले ही रद्द है।</translation>
    </message>
    <message>
        <location filename="../../app/services/void.py" line="78"/>
        <source>{s10} is on a closed manifest: the parcel has left; report it to central instead.</source>
        <translation>{s10} बंद मैनिफ़ेस्ट में है: पार्सल जा चुका है; केंद्रीय प्रणाली को सूचित करें।</translation>
    </message>
</context>
<context>
    <name>WeightPanel</name>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="113"/>
        <location filename="../../app/ui/weight_panel.py" line="347"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>SIMULATED SCALE — not for real charging</source>
        <translation type="vanished">सिम्युलेटेड तौल मशीन — वास्तविक शुल्क के लिए नहीं</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="116"/>
        <source>SIMULATED SCALE</source>
        <translation>सिम्युलेटेड तौल मशीन</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="117"/>
        <source>A simulated scale: not for real charging</source>
        <translation>सिम्युलेटेड तौल मशीन: वास्तविक शुल्क के लिए नहीं</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="119"/>
        <source>Capture weight (F8)</source>
        <translation>भार दर्ज करें (F8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="120"/>
        <source>Manual weight… (Ctrl+F8)</source>
        <translation>हाथ से भार… (Ctrl+F8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="122"/>
        <source>Only when the scale cannot weigh this piece: a supervisor approves it</source>
        <translation>केवल तब जब तौल मशीन यह नग नहीं तौल सकती: पर्यवेक्षक स्वीकृति देता है</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="126"/>
        <location filename="../../app/ui/weight_panel.py" line="303"/>
        <source>No weight captured yet</source>
        <translation>अभी कोई भार दर्ज नहीं</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="139"/>
        <source>Load on the simulated scale</source>
        <translation>सिम्युलेटेड मशीन पर भार</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="140"/>
        <source>Simulated load:</source>
        <translation>सिम्युलेटेड भार:</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="218"/>
        <source>● STABLE</source>
        <translation>● स्थिर</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="219"/>
        <source>≈ MOTION — wait</source>
        <translation>≈ अस्थिर — रुकें</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="220"/>
        <source>▲ OVERLOAD — remove load</source>
        <translation>▲ अधिभार — भार हटाएँ</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="221"/>
        <source>▼ UNDER ZERO — zero the scale</source>
        <translation>▼ शून्य से कम — मशीन शून्य करें</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="222"/>
        <source>✕ NO SCALE — check cable</source>
        <translation>✕ तौल मशीन नहीं — केबल जाँचें</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="241"/>
        <source>No reading from the scale: check that it is on and connected.</source>
        <translation>तौल मशीन से रीडिंग नहीं: जाँचें कि वह चालू और जुड़ी है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="246"/>
        <source>The scale reports overload or under zero: fix the load first.</source>
        <translation>तौल मशीन अधिभार या शून्य से कम दिखा रही है: पहले भार ठीक करें।</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="250"/>
        <source>The load is still moving: wait for ● STABLE, then press F8.</source>
        <translation>भार अभी अस्थिर है: ● स्थिर की प्रतीक्षा करें, फिर F8 दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="255"/>
        <source>{kg} kg is outside this service&apos;s {lo}–{hi} kg per piece.</source>
        <translation>{kg} kg इस सेवा की प्रति नग सीमा {lo}–{hi} kg से बाहर है।</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="270"/>
        <location filename="../../app/ui/weight_panel.py" line="281"/>
        <source>Captured: {kg} kg</source>
        <translation>दर्ज: {kg} kg</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="296"/>
        <source>Manual: {kg} kg (approved)</source>
        <translation>हाथ से: {kg} kg (स्वीकृत)</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="347"/>
        <source>kg NET</source>
        <translation>kg शुद्ध</translation>
    </message>
</context>
</TS>
