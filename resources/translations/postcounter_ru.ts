<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Acceptance</name>
    <message>
        <location filename="../../app/services/acceptance.py" line="67"/>
        <source>{s10} was already accepted: an identifier is never used twice. Use a new label.</source>
        <translation>{s10} уже принят: идентификатор нельзя использовать дважды. Возьмите новый ярлык.</translation>
    </message>
</context>
<context>
    <name>AcceptanceForm</name>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="104"/>
        <location filename="../../app/ui/acceptance_form.py" line="148"/>
        <source>Piece</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Scan the label or type the S10 number</source>
        <translation type="vanished">Отсканируйте ярлык или введите номер S10</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="108"/>
        <source>Scan the label or type the S10 number · F3: new number for an unlabelled parcel</source>
        <translation>Ярлык или номер S10 · F3</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="127"/>
        <source>Length, cm</source>
        <translation>Длина, см</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="128"/>
        <source>Width, cm</source>
        <translation>Ширина, см</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="129"/>
        <source>Height, cm</source>
        <translation>Высота, см</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="148"/>
        <source>S10</source>
        <translation>S10</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="148"/>
        <source>Gross, kg</source>
        <translation>Брутто, кг</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="148"/>
        <source>L×W×H, cm</source>
        <translation>Д×Ш×В, см</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="156"/>
        <source>Another piece (Ctrl+N)</source>
        <translation>Ещё место (Ctrl+N)</translation>
    </message>
    <message>
        <source>Tracking number (S10)</source>
        <translation type="vanished">ШПИ (S10)</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="159"/>
        <source>Tracking number (S10) · F3: new number</source>
        <translation>ШПИ (S10) · F3: новый номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="183"/>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="184"/>
        <source>Addressee</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="188"/>
        <source>Customs declaration (CN 23)</source>
        <translation>Таможенная декларация CN 23</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="194"/>
        <source>Charges</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="202"/>
        <source>Chargeable weight</source>
        <translation>Оплачиваемый вес</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="203"/>
        <source>Fee to pay now</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="204"/>
        <source>Expected import duty</source>
        <translation>Ожидаемая пошлина</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="212"/>
        <source>Accept  (F12)</source>
        <translation>Принять  (F12)</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="215"/>
        <source>New consignment</source>
        <translation>Новое отправление</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="394"/>
        <source>{kg} kg</source>
        <translation>{kg} кг</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="409"/>
        <source>none expected</source>
        <translation>не ожидается</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="414"/>
        <source>⚠ exchange rate of {day}: out of date</source>
        <translation>⚠ курс на {day} устарел</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="441"/>
        <source>Accepted {s10} · fee {fee}</source>
        <translation>Принято {s10} · плата {fee}</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="453"/>
        <source>Not saved: {error}. Nothing typed is lost; try Accept again.</source>
        <translation>Не сохранено: {error}. Введённые данные не потеряны; нажмите «Принять» ещё раз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="495"/>
        <source>Start a new consignment?</source>
        <translation>Начать новое отправление?</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="496"/>
        <source>Everything typed for this consignment will be cleared.</source>
        <translation>Всё введённое для этого отправления будет очищено.</translation>
    </message>
</context>
<context>
    <name>Amend</name>
    <message>
        <location filename="../../app/services/amend.py" line="134"/>
        <source>{field}: give a whole number, not “{text}”.</source>
        <translation>{field}: укажите целое число, а не «{text}».</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="136"/>
        <source>Give a whole number.</source>
        <translation>Укажите целое число.</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="143"/>
        <source>{field}: give an amount such as 120.50, not “{text}”.</source>
        <translation>{field}: укажите сумму, например 120.50, а не «{text}».</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="149"/>
        <source>Give an amount such as 120.50.</source>
        <translation>Укажите сумму, например 120.50.</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="170"/>
        <source>{field}: choose one of {choices}.</source>
        <translation>{field}: выберите одно из: {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="176"/>
        <source>Choose one of {choices}.</source>
        <translation>Выберите одно из: {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="196"/>
        <source>{field} cannot be corrected here.</source>
        <translation>{field} здесь исправить нельзя.</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="234"/>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="303"/>
        <location filename="../../app/services/amend.py" line="361"/>
        <source>Say why the acceptance is corrected.</source>
        <translation>Укажите, почему исправляется приём.</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="310"/>
        <source>Item {id} does not need attention any more.</source>
        <translation>Запись {id} больше не требует внимания.</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="315"/>
        <source>Item {id} is not an acceptance.</source>
        <translation>Запись {id} — не приём отправления.</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="320"/>
        <source>The acceptance of item {id} is not on this terminal.</source>
        <translation>Приёма записи {id} нет на этом рабочем месте.</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="368"/>
        <source>Acceptance {id} is not on this terminal.</source>
        <translation>Приёма {id} нет на этом рабочем месте.</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="373"/>
        <source>A voided acceptance is not corrected: accept it anew.</source>
        <translation>Аннулированный приём не исправляют: примите отправление заново.</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="384"/>
        <source>Acceptance {id} has no record to correct.</source>
        <translation>У приёма {id} нет записи для исправления.</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="214"/>
        <source>A supervisor must approve the correction.</source>
        <translation>Исправление должен подтвердить руководитель.</translation>
    </message>
    <message>
        <location filename="../../app/services/amend.py" line="243"/>
        <source>The corrected acceptance still has problems.</source>
        <translation>В исправленном приёме остались ошибки.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/application.py" line="107"/>
        <source>PostCounter cannot open its database</source>
        <translation>PostCounter не может открыть свою базу данных</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../app/ui/attention_view.py" line="64"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="65"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="66"/>
        <source>Item</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="67"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="68"/>
        <source>Central&apos;s reason</source>
        <translation>Причина от центра</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="81"/>
        <source>Nothing needs attention: central accepted every item.</source>
        <translation>Всё в порядке: центр принял все записи.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="84"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="86"/>
        <source>Fix…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="124"/>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="124"/>
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="153"/>
        <source>Opening item {id}…</source>
        <translation>Открывается запись {id}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="172"/>
        <source>Not sent: a supervisor must approve the correction.</source>
        <translation>Не отправлено: исправление должен подтвердить руководитель.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="195"/>
        <source>Correction queued; it is sent with the next sync.</source>
        <translation>Исправление в очереди; уйдёт при следующей синхронизации.</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <location filename="../../app/domain/capture.py" line="98"/>
        <source>No weight from the scale: check that it is connected.</source>
        <translation>Нет веса от весов: проверьте подключение.</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="99"/>
        <source>The last weight is {age} s old: the scale stopped sending. Check its cable.</source>
        <translation>Последний вес получен {age} с назад: весы перестали передавать. Проверьте кабель.</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="102"/>
        <source>The scale is overloaded: take the parcel off and split it, or use a larger scale.</source>
        <translation>Перегрузка весов: снимите посылку и разделите её или используйте весы большей грузоподъёмности.</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="105"/>
        <source>The scale shows less than zero: clear the platform and press Zero on the scale.</source>
        <translation>Весы показывают меньше нуля: освободите платформу и нажмите «Ноль» на весах.</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="108"/>
        <source>The scale gives no weight now: wait until it settles.</source>
        <translation>Весы сейчас не дают вес: дождитесь успокоения.</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="109"/>
        <source>The weight is still moving: keep hands off the parcel.</source>
        <translation>Вес ещё колеблется: не касайтесь посылки.</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="110"/>
        <source>Settling: the weight must stay unchanged for {seconds} s.</source>
        <translation>Успокоение: вес не должен меняться {seconds} с.</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="111"/>
        <source>{weight} kg is below the {minimum} kg minimum of this service: send it as an ordinary parcel.</source>
        <translation>{weight} кг меньше минимума услуги {minimum} кг: отправьте обычной посылкой.</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="115"/>
        <source>{weight} kg is above the {maximum} kg maximum of one piece: split the parcel into pieces.</source>
        <translation>{weight} кг больше максимума одного места {maximum} кг: разделите отправление на места.</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="213"/>
        <source>A manual weight needs a supervisor&apos;s approval: ask a supervisor to scan their badge.</source>
        <translation>Ручной ввод веса требует разрешения руководителя: попросите его отсканировать пропуск.</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="216"/>
        <source>Say why the weight is typed in (for example: scale broken, parcel too large).</source>
        <translation>Укажите, почему вес введён вручную (например: весы неисправны, посылка слишком велика).</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="219"/>
        <source>{weight} kg is outside {minimum}-{maximum} kg for one piece of this service.</source>
        <translation>{weight} кг вне пределов {minimum}–{maximum} кг для одного места этой услуги.</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="222"/>
        <source>Unknown weight source {source}.</source>
        <translation>Неизвестный источник веса {source}.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="58"/>
        <source>Fix item {id}</source>
        <translation>Исправление записи {id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="89"/>
        <source>Correct what was typed wrong (Enter moves on) and say why. A supervisor approves; central receives the correction and the documents print again.</source>
        <translation>Исправьте то, что введено неверно (Enter — следующее поле), и укажите причину. Руководитель подтверждает; центр получит исправление, документы будут напечатаны заново.</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="94"/>
        <source>Central named the fields marked ⚠. Correct them (Enter moves on), say why, and the acceptance on this terminal is corrected too.</source>
        <translation>Центр указал поля, отмеченные ⚠. Исправьте их (Enter — следующее поле), укажите причину — приём на этом рабочем месте тоже будет исправлен.</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="99"/>
        <source>Nothing in this item can be corrected here: it is sent again unchanged (for example once its acceptance has reached central).</source>
        <translation>В этой записи здесь нечего исправлять: она будет отправлена ещё раз без изменений (например, когда её приём уже дошёл до центра).</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="109"/>
        <source>Why it is corrected (required)</source>
        <translation>Причина исправления (обязательно)</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="121"/>
        <source>Correct and queue</source>
        <translation>Исправить и отправить</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="121"/>
        <source>Send again</source>
        <translation>Отправить ещё раз</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="127"/>
        <source>Central says:</source>
        <translation>Ответ центра:</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="131"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="167"/>
        <source>Name</source>
        <translation>ФИО / название</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="168"/>
        <source>Street, house, flat</source>
        <translation>Улица, дом, квартира</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="169"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="170"/>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="171"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="172"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="173"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="174"/>
        <source>Tax ID</source>
        <translation>ИНН / налоговый номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="175"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="176"/>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="177"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="178"/>
        <source>Importer&apos;s reference</source>
        <translation>Ссылка импортёра</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="179"/>
        <source>Importer&apos;s contact</source>
        <translation>Контакт импортёра</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="180"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="181"/>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="182"/>
        <source>Invoice</source>
        <translation>Счёт-фактура</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="183"/>
        <source>Comments</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="184"/>
        <source>Exporter&apos;s IEC</source>
        <translation>IEC экспортёра</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="185"/>
        <source>PBE reference</source>
        <translation>Номер PBE</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="186"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="187"/>
        <source>Quantity</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="188"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="189"/>
        <source>Net weight, g</source>
        <translation>Вес нетто, г</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="190"/>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="191"/>
        <source>HS code</source>
        <translation>Код ТН ВЭД</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="192"/>
        <source>Country of origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="196"/>
        <source>Sender · {field}</source>
        <translation>Отправитель · {field}</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="198"/>
        <source>Addressee · {field}</source>
        <translation>Получатель · {field}</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="200"/>
        <source>Customs line {n} · {field}</source>
        <translation>Строка таможенной декларации {n} · {field}</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="201"/>
        <source>Customs · {field}</source>
        <translation>Таможня · {field}</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="217"/>
        <source>Enter why the item is corrected.</source>
        <translation>Укажите причину исправления.</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialog.py" line="222"/>
        <source>Nothing was changed: correct the fields marked ⚠ first.</source>
        <translation>Ничего не изменено: сначала исправьте поля, отмеченные ⚠.</translation>
    </message>
</context>
<context>
    <name>Customs</name>
    <message>
        <location filename="../../app/domain/customs.py" line="43"/>
        <source>Gift</source>
        <translation>Подарок</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs.py" line="44"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs.py" line="45"/>
        <source>Commercial sample</source>
        <translation>Коммерческий образец</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs.py" line="46"/>
        <source>Returned goods</source>
        <translation>Возврат товара</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs.py" line="47"/>
        <source>Sale of goods</source>
        <translation>Продажа товара</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs.py" line="48"/>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
</context>
<context>
    <name>CustomsEditor</name>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="200"/>
        <source>What is it? (category &apos;Other&apos; only)</source>
        <translation>для «Прочее»</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="232"/>
        <source>Invoice number</source>
        <translation>Номер инвойса</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="233"/>
        <source>Importer&apos;s reference (tax / VAT / importer code)</source>
        <translation>Код импортёра (ИНН / НДС / иной)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="234"/>
        <source>Importer&apos;s contact (phone, e-mail)</source>
        <translation>Контакт импортёра (телефон, e-mail)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="235"/>
        <source>Licence number</source>
        <translation>Номер лицензии</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="236"/>
        <source>Certificate number</source>
        <translation>Номер сертификата</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="237"/>
        <source>Exporter&apos;s IEC (India export)</source>
        <translation>IEC экспортёра (экспорт из Индии)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="238"/>
        <source>Postal Bill of Export reference (India export)</source>
        <translation>Номер Postal Bill of Export (экспорт из Индии)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="239"/>
        <source>Comments (quarantine, sanitary or other inspection)</source>
        <translation>Примечания (карантинный, санитарный или иной контроль)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="251"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="253"/>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="255"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="260"/>
        <source>Net weight and value are for the whole line (all units together). Enter: next cell · Ctrl+D: duplicate line · Ctrl+Delete: remove line · Insert: new line</source>
        <translation>Вес нетто и стоимость — за всю строку (все единицы вместе). Enter: следующая ячейка · Ctrl+D: копия строки · Ctrl+Delete: удалить строку · Insert: новая строка</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="329"/>
        <source>Detailed description</source>
        <translation>Подробное описание</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="330"/>
        <source>Quantity</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="331"/>
        <source>Net weight of line, kg</source>
        <translation>Нетто, кг</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="332"/>
        <source>Value of line, {currency}</source>
        <translation>Стоимость, {currency}</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="333"/>
        <source>HS code</source>
        <translation>Код ТН ВЭД</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="334"/>
        <source>Country of origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="466"/>
        <source>Type a whole number, e.g. 4.</source>
        <translation>Введите целое число, например 4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="471"/>
        <source>Type the weight in kg, e.g. 12.5.</source>
        <translation>Введите вес в кг, например 12.5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="481"/>
        <source>Type the amount, e.g. 120.50.</source>
        <translation>Введите сумму, например 120.50.</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="568"/>
        <source>Choose a currency from the list, e.g. EUR, RUB or INR.</source>
        <translation>Выберите валюту из списка, например EUR, RUB или INR.</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="585"/>
        <source>{count} line(s) · total net weight {kg} kg · total value {value} {currency}</source>
        <translation>Строк: {count} · вес нетто {kg} кг · стоимость {value} {currency}</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="624"/>
        <source>Line {n}, {column}: {message}</source>
        <translation>Строка {n}, {column}: {message}</translation>
    </message>
</context>
<context>
    <name>CustomsLinesEditor</name>
    <message>
        <source>Customs declaration (CN 23)</source>
        <translation type="vanished">Таможенная декларация CN 23</translation>
    </message>
    <message>
        <source>only for category &apos;Other&apos;</source>
        <translation type="vanished">только для «Прочее»</translation>
    </message>
    <message>
        <source>Detailed description</source>
        <translation type="vanished">Подробное описание</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="vanished">Кол-во</translation>
    </message>
    <message>
        <source>Net weight of line, kg</source>
        <translation type="vanished">Нетто, кг</translation>
    </message>
    <message>
        <source>Value of line, {cur}</source>
        <translation type="vanished">Стоимость, {cur}</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation type="vanished">Код ТН ВЭД</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="vanished">Происхождение</translation>
    </message>
    <message>
        <source>Add line (Ctrl+L)</source>
        <translation type="vanished">Добавить строку (Ctrl+L)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="vanished">Удалить строку</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="vanished">Категория</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation type="vanished">№ инвойса</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="vanished">Пояснение</translation>
    </message>
    <message>
        <source>{n} lines · net {kg} kg · value {value}</source>
        <translation type="vanished">Строк: {n} · нетто {kg} кг · стоимость {value}</translation>
    </message>
</context>
<context>
    <name>DayClose</name>
    <message>
        <location filename="../../app/services/day_close.py" line="74"/>
        <source>{name} is a {role}: only a supervisor can close the day. Ask your supervisor to log in.</source>
        <translation>{name} — {role}: закрыть день может только руководитель. Попросите его войти.</translation>
    </message>
    <message>
        <location filename="../../app/services/day_close.py" line="85"/>
        <source>{name} is a supervisor of branch {own}, not of {branch}: a supervisor of {branch} must close its day.</source>
        <translation>{name} — руководитель ОПС {own}, а не {branch}: день {branch} закрывает его руководитель.</translation>
    </message>
    <message>
        <location filename="../../app/services/day_close.py" line="117"/>
        <source>Nothing to close for {day} at {branch}: no open acceptances ({closed} manifest(s) already made). Reprint a manifest instead.</source>
        <translation>За {day} в {branch} закрывать нечего: открытых приёмов нет (ведомостей уже составлено: {closed}). Перепечатайте ведомость.</translation>
    </message>
</context>
<context>
    <name>DayList</name>
    <message>
        <location filename="../../app/ui/day_list.py" line="28"/>
        <source>Today&apos;s acceptances</source>
        <translation>Приём за сегодня</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="35"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="36"/>
        <source>S10</source>
        <translation>S10</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="37"/>
        <source>Addressee</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="38"/>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="41"/>
        <source>Gross,
kg</source>
        <translation>Брутто,
кг</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="42"/>
        <source>Fee,
{currency}</source>
        <translation>Плата,
{currency}</translation>
    </message>
    <message>
        <source>Gross, kg</source>
        <translation type="vanished">Брутто, кг</translation>
    </message>
    <message>
        <source>Fee, {currency}</source>
        <translation type="vanished">Плата, {currency}</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="44"/>
        <source>Fee</source>
        <translation>Плата</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="80"/>
        <source>void</source>
        <translation>аннулировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="104"/>
        <source>{n} consignments · {p} pieces · {kg} kg · fees {fees}</source>
        <translation>Отправлений: {n} · мест: {p} · {kg} кг · плата {fees}</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="202"/>
        <source>Scale and printers</source>
        <translation>Весы и принтеры</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="204"/>
        <source>Set them up now, or later from the Tools menu. Finish starts the log-in.</source>
        <translation>Настройте их сейчас или позже в меню «Сервис». «Готово» открывает вход в систему.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="206"/>
        <source>Scale…</source>
        <translation>Весы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="209"/>
        <source>Printers…</source>
        <translation>Принтеры…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="224"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <location filename="../../app/ui/print_preview.py" line="431"/>
        <source>Printing failed: %1</source>
        <translation>Ошибка печати: %1</translation>
    </message>
</context>
<context>
    <name>Duty</name>
    <message>
        <location filename="../../app/domain/duty.py" line="44"/>
        <source>{regime}: no import duty on this category ({category}).</source>
        <translation>{regime}: эта категория ({category}) пошлиной не облагается.</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="45"/>
        <source>{regime}: duty-free, the value {value} {currency} is within {limit} {currency} and the gross weight {kg} kg within {kg_limit} kg.</source>
        <translation>{regime}: без пошлины — стоимость {value} {currency} в пределах {limit} {currency}, вес брутто {kg} кг в пределах {kg_limit} кг.</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="50"/>
        <source>{regime}: duty-free, the value {value} {currency} is within {limit} {currency}.</source>
        <translation>{regime}: без пошлины — стоимость {value} {currency} в пределах {limit} {currency}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="53"/>
        <source>{regime}: {rate} % of the value over {limit} {currency} is {by_value} {currency}; at least {per_kg} {currency} per kg over {kg_over} kg is {by_weight} {currency}; expected duty {duty} {currency}.</source>
        <translation>{regime}: {rate} % от стоимости сверх {limit} {currency} — {by_value} {currency}; не менее {per_kg} {currency} за кг сверх {kg_over} кг — {by_weight} {currency}; ожидаемая пошлина {duty} {currency}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="59"/>
        <source>{regime}: {rate} % of the whole value {value} {currency} is {by_value} {currency}; at least {per_kg} {currency} per kg is {by_weight} {currency}; duty {duty} plus VAT {vat_rate} % {vat}: expected {total} {currency}.</source>
        <translation>{regime}: {rate} % от всей стоимости {value} {currency} — {by_value} {currency}; не менее {per_kg} {currency} за кг — {by_weight} {currency}; пошлина {duty} плюс НДС {vat_rate} % {vat}: ожидается {total} {currency}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="65"/>
        <source>(The exchange rate of {as_of} is out of date: the amount is a rough guide.)</source>
        <translation>(Курс валют на {as_of} устарел: сумма ориентировочная.)</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="68"/>
        <source>No import duty estimate for {country}: customs there assess it on arrival.</source>
        <translation>Для {country} пошлина заранее не рассчитывается: её определит таможня по прибытии.</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <location filename="../../app/services/enrolment.py" line="39"/>
        <source>Central does not know this code: check it, or ask head office for a new one.</source>
        <translation>Центральная система не знает этот код: проверьте его или запросите новый в главном офисе.</translation>
    </message>
    <message>
        <location filename="../../app/services/enrolment.py" line="42"/>
        <source>This code was already used: each code joins one terminal. Ask head office for a new one.</source>
        <translation>Этот код уже использован: один код подключает один терминал. Запросите новый в главном офисе.</translation>
    </message>
    <message>
        <location filename="../../app/services/enrolment.py" line="46"/>
        <source>This code has expired (codes are valid 24 hours). Ask head office for a new one.</source>
        <translation>Срок действия кода истёк (код действует 24 часа). Запросите новый в главном офисе.</translation>
    </message>
    <message>
        <location filename="../../app/services/enrolment.py" line="49"/>
        <source>An enrolment code has 12 letters and digits, e.g. ABCD-EFGH-JKMN; check what was typed.</source>
        <translation>Код подключения состоит из 12 букв и цифр, например ABCD-EFGH-JKMN; проверьте введённое.</translation>
    </message>
    <message>
        <location filename="../../app/services/enrolment.py" line="225"/>
        <source>Enter the enrolment code head office gave you.</source>
        <translation>Введите код подключения, выданный главным офисом.</translation>
    </message>
    <message>
        <location filename="../../app/services/enrolment.py" line="231"/>
        <source>This terminal is already connected to central; it cannot join again.</source>
        <translation>Этот терминал уже подключён к центральной системе; повторное подключение невозможно.</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../app/ui/feedback.py" line="78"/>
        <source>Line {n}: {text}</source>
        <translation>Строка {n}: {text}</translation>
    </message>
</context>
<context>
    <name>FixDialog</name>
    <message>
        <source>Fix item %1</source>
        <translation type="vanished">Исправление записи %1</translation>
    </message>
    <message>
        <source>Fix item {id}</source>
        <translation type="vanished">Исправление записи {id}</translation>
    </message>
    <message>
        <source>Central named the fields marked ⚠. Correct them (Enter moves on), say why, and the acceptance on this terminal is corrected too.</source>
        <translation type="vanished">Центр указал поля, отмеченные ⚠. Исправьте их (Enter — следующее поле), укажите причину — приём на этом рабочем месте тоже будет исправлен.</translation>
    </message>
    <message>
        <source>Nothing in this item can be corrected here: it is sent again unchanged (for example once its acceptance has reached central).</source>
        <translation type="vanished">В этой записи здесь нечего исправлять: она будет отправлена ещё раз без изменений (например, когда её приём уже дошёл до центра).</translation>
    </message>
    <message>
        <source>Why it is corrected (required)</source>
        <translation type="vanished">Причина исправления (обязательно)</translation>
    </message>
    <message>
        <source>Correct and queue</source>
        <translation type="vanished">Исправить и отправить</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="vanished">Отправить ещё раз</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="vanished">&amp;Причина:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">ФИО / название</translation>
    </message>
    <message>
        <source>Street, house, flat</source>
        <translation type="vanished">Улица, дом, квартира</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="vanished">Город</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="vanished">Индекс</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="vanished">Страна</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="vanished">Эл. почта</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="vanished">ИНН / налоговый номер</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="vanished">Категория</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="vanished">Пояснение</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="vanished">Валюта</translation>
    </message>
    <message>
        <source>Importer&apos;s reference</source>
        <translation type="vanished">Ссылка импортёра</translation>
    </message>
    <message>
        <source>Importer&apos;s contact</source>
        <translation type="vanished">Контакт импортёра</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="vanished">Лицензия</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="vanished">Сертификат</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="vanished">Счёт-фактура</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="vanished">Примечания</translation>
    </message>
    <message>
        <source>Exporter&apos;s IEC</source>
        <translation type="vanished">IEC экспортёра</translation>
    </message>
    <message>
        <source>PBE reference</source>
        <translation type="vanished">Номер PBE</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Описание</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="vanished">Количество</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="vanished">Единица</translation>
    </message>
    <message>
        <source>Net weight, g</source>
        <translation type="vanished">Вес нетто, г</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="vanished">Стоимость</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation type="vanished">Код ТН ВЭД (HS)</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation type="vanished">Страна происхождения</translation>
    </message>
    <message>
        <source>Sender · {field}</source>
        <translation type="vanished">Отправитель · {field}</translation>
    </message>
    <message>
        <source>Addressee · {field}</source>
        <translation type="vanished">Получатель · {field}</translation>
    </message>
    <message>
        <source>Customs line {n} · {field}</source>
        <translation type="vanished">Строка таможенной декларации {n} · {field}</translation>
    </message>
    <message>
        <source>Customs · {field}</source>
        <translation type="vanished">Таможня · {field}</translation>
    </message>
    <message>
        <source>Nothing was changed: correct the fields marked ⚠ first.</source>
        <translation type="vanished">Ничего не изменено: сначала исправьте поля, отмеченные ⚠.</translation>
    </message>
    <message>
        <source>Queue correction</source>
        <translation type="vanished">Поставить в очередь</translation>
    </message>
    <message>
        <source>Central says:</source>
        <translation type="vanished">Ответ центра:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation type="vanished">Запись:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="vanished">Причина:</translation>
    </message>
    <message>
        <source>Enter why the item is corrected.</source>
        <translation type="vanished">Укажите причину исправления.</translation>
    </message>
    <message>
        <source>The record is not valid JSON (%1). Correct it or cancel.</source>
        <translation type="vanished">Запись — некорректный JSON (%1). Исправьте или отмените.</translation>
    </message>
    <message>
        <source>The record must be a JSON object { ... }.</source>
        <translation type="vanished">Запись должна быть объектом JSON { ... }.</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="79"/>
        <source>Join a branch</source>
        <translation>Подключиться к отделению</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="81"/>
        <source>Enter central&apos;s address and the one-time code (valid 24 hours, one terminal).</source>
        <translation>Введите адрес центральной системы и одноразовый код (действует 24 часа, для одного терминала).</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="93"/>
        <source>(the system&apos;s certificates)</source>
        <translation>(сертификаты системы)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="94"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="99"/>
        <source>Check connection and join</source>
        <translation>Проверить связь и подключиться</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="106"/>
        <source>Central&apos;s address:</source>
        <translation>Адрес центральной системы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="107"/>
        <source>Enrolment code:</source>
        <translation>Код подключения:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="108"/>
        <source>CA certificate (optional):</source>
        <translation>Сертификат ЦС (необязательно):</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="125"/>
        <source>CA certificate</source>
        <translation>Сертификат ЦС</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="125"/>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Сертификаты (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="138"/>
        <source>Checking the connection to central…</source>
        <translation>Проверка связи с центральной системой…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="151"/>
        <source>Connected to central {version}; its certificate was checked.</source>
        <translation>Связь с центральной системой {version} установлена; её сертификат проверен.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="153"/>
        <source>Connected to central {version} on this machine (no encryption).</source>
        <translation>Связь с центральной системой {version} на этом компьютере установлена (без шифрования).</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="159"/>
        <source>Joined branch {branch} ({name}): {staff} staff, {serials} S10 numbers.</source>
        <translation>Терминал подключён к отделению {branch} ({name}): сотрудников — {staff}, номеров S10 — {serials}.</translation>
    </message>
    <message>
        <source>Connected to central {version}; its certificate was checked.
Joined branch {branch} ({name}): {staff} staff, {serials} S10 numbers.</source>
        <translation type="vanished">Связь с центральной системой {version} установлена; её сертификат проверен.
Терминал подключён к отделению {branch} ({name}): сотрудников — {staff}, номеров S10 — {serials}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="188"/>
        <source>Joining failed unexpectedly; try again or call head office.</source>
        <translation>Подключение неожиданно не удалось; попробуйте ещё раз или позвоните в главный офис.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="189"/>
        <source>Not joined: {reason}</source>
        <translation>Не подключено: {reason}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="29"/>
        <source>PostCounter — log in</source>
        <translation>PostCounter — вход</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="32"/>
        <source>scan your badge or type your number</source>
        <translation>пропуск или табельный номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="40"/>
        <source>Staff number</source>
        <translation>Табельный номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="41"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="45"/>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="49"/>
        <source>&lt;h2&gt;PostCounter&lt;/h2&gt;Heavy parcels Russia ⇄ India</source>
        <translation>&lt;h2&gt;PostCounter&lt;/h2&gt;Тяжёлые посылки Россия ⇄ Индия</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="53"/>
        <source>DEMO MODE — training data only. Clerk {c} / PIN {cp}, supervisor {s} / PIN {sp}.</source>
        <translation>ДЕМО-РЕЖИМ — только учебные данные. Оператор {c} / PIN {cp}, руководитель {s} / PIN {sp}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="89"/>
        <source>⚠ Staff number or PIN is wrong. Try again or ask your supervisor.</source>
        <translation>⚠ Неверный табельный номер или PIN. Попробуйте ещё раз или обратитесь к руководителю.</translation>
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
        <translation>Аннулировать выбранный приём…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>Reprint documents of selected acceptance</source>
        <translation>Перепечатать документы выбранного приёма</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="116"/>
        <source>Correct selected acceptance…</source>
        <translation>Исправить выбранный приём…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136"/>
        <source>DEMO MODE — demo branch and staff, simulated scale. Nothing here is real postage.</source>
        <translation>ДЕМО-РЕЖИМ — учебное ОПС и сотрудники, имитация весов. Реальной оплаты здесь нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166"/>
        <source>Operator: {name} ({number}, {role})</source>
        <translation>Сотрудник: {name} ({number}, {role})</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="196"/>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>supervisor</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>clerk</source>
        <translation>оператор</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="224"/>
        <source>&amp;Session</source>
        <translation>&amp;Сеанс</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="225"/>
        <source>Log &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="228"/>
        <source>&amp;Quit</source>
        <translation>&amp;Закрыть программу</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="233"/>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="238"/>
        <source>Print today&apos;s &amp;manifest…</source>
        <translation>Печать &amp;ведомости за сегодня…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="241"/>
        <source>&amp;Close the business day…</source>
        <translation>&amp;Закрыть операционный день…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="244"/>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="245"/>
        <source>&amp;Scale settings…</source>
        <translation>&amp;Настройки весов…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="248"/>
        <source>S&amp;canner settings…</source>
        <translation>Настройки с&amp;канера…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="251"/>
        <source>&amp;Printing settings…</source>
        <translation>Настройки &amp;печати…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="254"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="257"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="268"/>
        <source>&amp;Import pre-advice file…</source>
        <translation>&amp;Загрузить файл предварительных данных…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="271"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="280"/>
        <source>stable</source>
        <translation>стабильно</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281"/>
        <source>motion</source>
        <translation>колебания</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="282"/>
        <source>overload</source>
        <translation>перегрузка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="283"/>
        <source>under zero</source>
        <translation>ниже нуля</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="284"/>
        <source>no scale</source>
        <translation>нет весов</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="287"/>
        <source>simulated scale</source>
        <translation>имитация</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="289"/>
        <source>scale</source>
        <translation>реальные</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <source>Scale ({kind}): {state}</source>
        <translation>Весы ({kind}): {state}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="386"/>
        <source>Scanner: ready ({port})</source>
        <translation>Сканер: готов ({port})</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="387"/>
        <source>Scanner: NOT CONNECTED ({port}), check the cable</source>
        <translation>Сканер: НЕ ПОДКЛЮЧЁН ({port}), проверьте кабель</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="389"/>
        <source>Scanner: opening {port}…</source>
        <translation>Сканер: открывается {port}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="418"/>
        <source>Settings not saved</source>
        <translation>Настройки не сохранены</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="419"/>
        <source>The settings were not saved: {error}</source>
        <translation>Настройки не сохранены: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="431"/>
        <source>Printing settings saved.</source>
        <translation>Настройки печати сохранены.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="447"/>
        <source>The language changes when you log out and in again (Ctrl+Shift+L).</source>
        <translation>Язык сменится, когда вы выйдете и снова войдёте (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="494"/>
        <source>Accepted {s10}</source>
        <translation>Принято {s10}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="574"/>
        <source>Approve the correction</source>
        <translation>Подтверждение исправления</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="575"/>
        <source>A supervisor approves every correction sent to central.</source>
        <translation>Каждое исправление, отправляемое в центр, подтверждает руководитель.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="594"/>
        <source>Central: not configured (offline work)</source>
        <translation>Центр: не настроен (автономная работа)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="596"/>
        <source>Central: online</source>
        <translation>Центр: на связи</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="598"/>
        <source>Central: OFFLINE — working locally</source>
        <translation>Центр: НЕТ СВЯЗИ — работа локально</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="601"/>
        <source>last sync {time}</source>
        <translation>последняя синхронизация {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="603"/>
        <source>⚠ {n} need attention</source>
        <translation>⚠ требуют внимания: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="616"/>
        <source>A voided acceptance is not corrected: accept the parcel anew.</source>
        <translation>Аннулированный приём не исправляют: примите отправление заново.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="629"/>
        <source>Correct {s10}</source>
        <translation>Исправление {s10}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="638"/>
        <source>Not sent: a supervisor must approve the correction.</source>
        <translation>Не отправлено: исправление должен подтвердить руководитель.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="658"/>
        <source>Corrected {s10}; central receives the correction.</source>
        <translation>{s10} исправлено; центр получит исправление.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="698"/>
        <source>Printing failed</source>
        <translation>Ошибка печати</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="699"/>
        <source>{message}
The acceptance is stored; reprint it from today&apos;s list.</source>
        <translation>{message}
Приём сохранён; перепечатайте документы из списка за сегодня.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="709"/>
        <source>Close the business day</source>
        <translation>Закрытие операционного дня</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="710"/>
        <source>Close {day}: every acceptance so far goes on a numbered manifest and is locked. Later acceptances go on the next manifest.</source>
        <translation>Закрыть {day}: все принятые отправления войдут в пронумерованную ведомость и будут закрыты для изменений. Последующий приём войдёт в следующую ведомость.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="585"/>
        <location filename="../../app/ui/main_window.py" line="721"/>
        <source>Supervisor number or PIN is wrong.</source>
        <translation>Неверный табельный номер руководителя или PIN.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="732"/>
        <source>Day closed: manifest {n}</source>
        <translation>День закрыт: ведомость {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="749"/>
        <source>A supervisor&apos;s number and PIN are needed to approve a manual weight.</source>
        <translation>Для ручного ввода веса нужны табельный номер и PIN руководителя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="756"/>
        <source>Type the weight in kg, e.g. 152.35.</source>
        <translation>Введите вес в кг, например 152.35.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="781"/>
        <source>{s10} was pre-advised and is already accepted.</source>
        <translation>{s10} есть в предварительных данных и уже принят.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="787"/>
        <source>{grouped} · pre-advised ({source}, row {row}): check, weigh, measure, accept</source>
        <translation>{grouped} · есть предварительные данные ({source}, строка {row}): проверьте, взвесьте, измерьте, примите</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="813"/>
        <source>Regular sender found by phone: details filled in.</source>
        <translation>Постоянный отправитель найден по телефону: данные заполнены.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="836"/>
        <source>No identifiers left in this branch&apos;s blocks: connect to central to get a new block, or use pre-printed labels. ({error})</source>
        <translation>В диапазонах этого ОПС закончились идентификаторы: подключитесь к центру за новым диапазоном или используйте готовые ярлыки. ({error})</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="849"/>
        <source>Import pre-advice</source>
        <translation>Загрузка предварительных данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="849"/>
        <source>Pre-advice files (*.csv *.json)</source>
        <translation>Файлы предварительных данных (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="865"/>
        <source>{file}: {parcels} parcels, {new} new, {updated} updated, {same} unchanged, {bad} rejected.</source>
        <translation>{file}: посылок — {parcels}; новых — {new}, обновлено — {updated}, без изменений — {same}, отклонено — {bad}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="878"/>
        <location filename="../../app/ui/main_window.py" line="883"/>
        <source>Pre-advice import</source>
        <translation>Загрузка предварительных данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="884"/>
        <source>Nothing was imported: {error}</source>
        <translation>Ничего не загружено: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191"/>
        <location filename="../../app/ui/main_window.py" line="525"/>
        <source>Sync queue: {n}</source>
        <translation>Очередь отправки: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="526"/>
        <source>Business day {day}</source>
        <translation>Операционный день {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="537"/>
        <location filename="../../app/ui/main_window.py" line="681"/>
        <source>Select an acceptance in today&apos;s list first.</source>
        <translation>Сначала выберите приём в списке за сегодня.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="542"/>
        <source>Void acceptance</source>
        <translation>Аннулирование приёма</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="543"/>
        <source>Void {s10}? The record is kept and marked void; central is told.</source>
        <translation>Аннулировать {s10}? Запись сохранится с отметкой об аннулировании; центр будет уведомлён.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="563"/>
        <source>Voided {s10}</source>
        <translation>Аннулировано {s10}</translation>
    </message>
</context>
<context>
    <name>ManualWeightApproval</name>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="76"/>
        <source>Manual weight</source>
        <translation>Ручной ввод веса</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="77"/>
        <source>Only when the scale cannot weigh this piece. The weight is stored as typed in, with the approving supervisor and the reason.</source>
        <translation>Только если весы не могут взвесить это место. Вес сохраняется как введён, с указанием разрешившего руководителя и причины.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="88"/>
        <source>Weight, kg</source>
        <translation>Вес, кг</translation>
    </message>
</context>
<context>
    <name>PartyForm</name>
    <message>
        <location filename="../../app/ui/party_form.py" line="46"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="47"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="48"/>
        <source>Street, house, flat</source>
        <translation>Улица, дом, квартира</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="49"/>
        <source>City</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="50"/>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="51"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="71"/>
        <source>type a code or name, e.g. IN</source>
        <translation>напр. IN или Индия</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../app/ui/print_preview.py" line="203"/>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="208"/>
        <source>Preparing the preview…</source>
        <translation>Подготовка просмотра…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="218"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="221"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="222"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print_preview.py" line="253"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="257"/>
        <source>The documents could not be shown: %1</source>
        <translation>Не удалось показать документы: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="280"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="285"/>
        <source>Sent to the printer: %1</source>
        <translation>Отправлено на принтер: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="292"/>
        <source>Save %1</source>
        <translation>Сохранить %1</translation>
    </message>
</context>
<context>
    <name>PrintingSettingsDialog</name>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="42"/>
        <source>Printing settings</source>
        <translation>Настройки печати</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="47"/>
        <source>Print label, CN 23 and receipt as soon as a parcel is accepted</source>
        <translation>Печатать ярлык, CN 23 и квитанцию сразу после приёма отправления</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="60"/>
        <source>PDF through the label printer above</source>
        <translation>PDF через принтер ярлыков, указанный выше</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="61"/>
        <source>ZPL straight to a thermal label printer</source>
        <translation>ZPL напрямую на термопринтер ярлыков</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="67"/>
        <source>tcp://192.168.1.50:9100 or /dev/usb/lp0</source>
        <translation>tcp://192.168.1.50:9100 или /dev/usb/lp0</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="72"/>
        <source>{dpmm} dots/mm ({dpi} dpi)</source>
        <translation>{dpmm} точек/мм ({dpi} dpi)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="83"/>
        <source>With no printer chosen, PostCounter shows a preview and asks where to print. A printer that is chosen but not installed is asked for the same way.</source>
        <translation>Если принтер не выбран, PostCounter показывает предпросмотр и спрашивает, где печатать. Так же и с выбранным, но не установленным принтером.</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="94"/>
        <source>&amp;Documents (A4):</source>
        <translation>&amp;Документы (A4):</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="95"/>
        <source>&amp;Labels:</source>
        <translation>&amp;Ярлыки:</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="96"/>
        <source>Label &amp;format:</source>
        <translation>&amp;Формат ярлыков:</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="97"/>
        <source>&amp;ZPL printer address:</source>
        <translation>&amp;Адрес ZPL-принтера:</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="98"/>
        <source>Print &amp;head:</source>
        <translation>Печатающая &amp;головка:</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="114"/>
        <source>(ask each time, with a preview)</source>
        <translation>(спрашивать каждый раз, с предпросмотром)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="118"/>
        <source>{name} (not installed)</source>
        <translation>{name} (не установлен)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="144"/>
        <source>Give the ZPL printer&apos;s address, or print labels as PDF.</source>
        <translation>Укажите адрес ZPL-принтера или печатайте ярлыки в PDF.</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="152"/>
        <source>The ZPL printer address must look like tcp://192.168.1.50:9100 (network printer) or /dev/usb/lp0 (USB printer).</source>
        <translation>Адрес ZPL-принтера должен иметь вид tcp://192.168.1.50:9100 (сетевой принтер) или /dev/usb/lp0 (USB-принтер).</translation>
    </message>
</context>
<context>
    <name>RefreshWarning</name>
    <message>
        <location filename="../../app/ui/reference_warning.py" line="46"/>
        <source>⚠ Rates and rules never refreshed from central</source>
        <translation>⚠ Курсы и правила ни разу не обновлялись из центральной системы</translation>
    </message>
    <message>
        <location filename="../../app/ui/reference_warning.py" line="49"/>
        <source>⚠ Rates and rules not refreshed from central since {when}</source>
        <translation>⚠ Курсы и правила не обновлялись из центральной системы с {when}</translation>
    </message>
</context>
<context>
    <name>S10</name>
    <message>
        <location filename="../../app/domain/s10.py" line="23"/>
        <source>parcel</source>
        <translation>посылка</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="24"/>
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="25"/>
        <source>e-commerce item</source>
        <translation>отправление электронной торговли</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="26"/>
        <source>letter express</source>
        <translation>экспресс-письмо</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="27"/>
        <source>registered item</source>
        <translation>заказное отправление</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="28"/>
        <source>customs-controlled letter post</source>
        <translation>письменная корреспонденция под таможенным контролем</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="29"/>
        <source>insured letter</source>
        <translation>письмо с объявленной ценностью</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="111"/>
        <source>No tracking number: scan the label or type the 13 characters.</source>
        <translation>Нет ШПИ: отсканируйте ярлык или введите 13 знаков.</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="116"/>
        <source>{text} has {length} characters; an S10 number has 13 (2 letters, 9 digits, 2 letters).</source>
        <translation>{text}: {length} зн., а в номере S10 их 13 (2 буквы, 9 цифр, 2 буквы).</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="126"/>
        <source>{text} is not shaped like an S10 number: it must be 2 letters, 9 digits, 2 letters.</source>
        <translation>{text} не похож на номер S10: нужно 2 буквы, 9 цифр, 2 буквы.</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="135"/>
        <source>Service indicator {service} is reserved by the UPU and never used on items.</source>
        <translation>Индикатор услуги {service} зарезервирован ВПС и на отправлениях не используется.</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="144"/>
        <source>Check digit of {text} is {found} but should be {expected}: a digit was mistyped or misread. Scan the label again or retype it.</source>
        <translation>Контрольная цифра {text} — {found}, а должна быть {expected}: цифра введена или прочитана неверно. Отсканируйте ярлык снова или введите заново.</translation>
    </message>
    <message>
        <location filename="../../app/services/s10_blocks.py" line="32"/>
        <source>No {service} numbers left for {country} on this terminal: connect to the central system to get a new block, or scan the number on a pre-printed label.</source>
        <translation>На этом терминале закончились номера {service} для {country}: подключитесь к центральной системе за новым диапазоном или отсканируйте номер с готового ярлыка.</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <location filename="../../app/devices/scale/base.py" line="65"/>
        <source>Internal parser error ({error}) on {count} bytes; they were skipped.</source>
        <translation>Внутренняя ошибка разбора ({error}) на {count} байт; они пропущены.</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/massa_k.py" line="179"/>
        <source>Massa-K answer 0x{code} is not used here; it was skipped.</source>
        <translation>Ответ Масса-К 0x{code} здесь не используется; пропущен.</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reader.py" line="49"/>
        <source>Connecting to the scale on {port}…</source>
        <translation>Подключение к весам на {port}…</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reader.py" line="50"/>
        <source>Scale on {port} answers ({protocol}).</source>
        <translation>Весы на {port} отвечают ({protocol}).</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reader.py" line="51"/>
        <source>The scale on {port} does not answer: check that it is switched on and its cable is plugged in, and that its interface is set to {protocol}.</source>
        <translation>Весы на {port} не отвечают: проверьте, что они включены, кабель подключён, а интерфейс настроен на {protocol}.</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reader.py" line="56"/>
        <source>Data arrives on {port} but it is not {protocol} at {line}: check the protocol and line settings in Scale settings (or use Detect).</source>
        <translation>На {port} приходят данные, но это не {protocol} на {line}: проверьте протокол и параметры линии в настройках весов (или нажмите «Найти»).</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reader.py" line="61"/>
        <source>Scale port {port} is not available ({error}): plug the scale&apos;s cable back in; the app reconnects by itself.</source>
        <translation>Порт весов {port} недоступен ({error}): подключите кабель весов, программа переподключится сама.</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reader.py" line="66"/>
        <source>Scale reading stopped.</source>
        <translation>Чтение весов остановлено.</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reading.py" line="137"/>
        <source>Skipped {count} bytes that are not a {protocol} frame.</source>
        <translation>Пропущено {count} байт, не являющихся кадром {protocol}.</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reading.py" line="138"/>
        <source>A {protocol} frame failed its check ({check}): line noise or wrong line settings.</source>
        <translation>Кадр {protocol} не прошёл проверку ({check}): помехи на линии или неверные параметры линии.</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reading.py" line="141"/>
        <source>A {protocol} frame has an unreadable {what}: {value}.</source>
        <translation>В кадре {protocol} нечитаемое поле {what}: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reading.py" line="142"/>
        <source>The scale reports in {unit}; set it to kilograms (legal-for-trade weighing here is in kg).</source>
        <translation>Весы показывают в {unit}; переключите на килограммы (коммерческое взвешивание — только в кг).</translation>
    </message>
</context>
<context>
    <name>ScaleSettingsDialog</name>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="48"/>
        <source>Scale settings</source>
        <translation>Настройки весов</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="54"/>
        <source>(no scale: enter weights by supervisor approval)</source>
        <translation>(без весов: ввод веса с разрешения руководителя)</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="68"/>
        <source>&amp;Detect</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="70"/>
        <source>&amp;Test reading</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="82"/>
        <source>&amp;Port:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="83"/>
        <source>P&amp;rotocol:</source>
        <translation>Прото&amp;кол:</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="116"/>
        <source>Line settings: {line}.</source>
        <translation>Параметры линии: {line}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="118"/>
        <source>This protocol cannot show 100 kg or more: use it only for a small counter scale, never for the heavy-parcel platform scale.</source>
        <translation>Этот протокол не показывает 100 кг и больше: только для настольных весов, не для платформенных весов тяжёлых посылок.</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="132"/>
        <source>Detecting… (a few seconds per port)</source>
        <translation>Поиск… (несколько секунд на порт)</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="140"/>
        <source>No scale answered on {count} port(s). Check that the scale is on and its cable is plugged in, then detect again.</source>
        <translation>Весы не ответили ни на одном порту (проверено: {count}). Проверьте, что весы включены и кабель подключён, и повторите поиск.</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="151"/>
        <source>{port}: {protocol} at {line}</source>
        <translation>{port}: {protocol}, {line}</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="158"/>
        <source>Check the test reading, then press OK.</source>
        <translation>Проверьте показание и нажмите OK.</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="164"/>
        <source>Detection failed: {error}</source>
        <translation>Поиск не удался: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="173"/>
        <source>Choose a port first.</source>
        <translation>Сначала выберите порт.</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="190"/>
        <source>▲ OVERLOAD</source>
        <translation>▲ ПЕРЕГРУЗКА</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="192"/>
        <source>▼ UNDER ZERO</source>
        <translation>▼ НИЖЕ НУЛЯ</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="194"/>
        <source>≈ MOTION</source>
        <translation>≈ КОЛЕБАНИЯ</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="196"/>
        <source>● stable</source>
        <translation>● стабильно</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="196"/>
        <source>≈ motion</source>
        <translation>≈ колебания</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="197"/>
        <source> net</source>
        <translation> нетто</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <location filename="../../app/domain/scan.py" line="50"/>
        <source>Item {value} ({service}).</source>
        <translation>Отправление {value} ({service}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="51"/>
        <source>{value} is a Russia Post domestic tracking number (14 digits), not an international S10 number: this corridor needs the S10 label (2 letters, 9 digits, 2 letters).</source>
        <translation>{value} — внутренний ШПИ Почты России (14 цифр), а не международный номер S10: здесь нужен ярлык S10 (2 буквы, 9 цифр, 2 буквы).</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="56"/>
        <source>{value} looks like a Russia Post domestic tracking number but its check digit is wrong: scan it again.</source>
        <translation>{value} похож на внутренний ШПИ Почты России, но контрольная цифра неверна: отсканируйте снова.</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="61"/>
        <source>{value} is a product barcode (EAN-13), not a tracking number: scan the postal label instead.</source>
        <translation>{value} — штрихкод товара (EAN-13), а не ШПИ: отсканируйте почтовый ярлык.</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="66"/>
        <source>{value} has 13 digits but is not a valid EAN-13 or tracking number: scan it again.</source>
        <translation>В {value} 13 цифр, но это не EAN-13 и не ШПИ: отсканируйте снова.</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="69"/>
        <source>Staff badge {value}.</source>
        <translation>Пропуск сотрудника {value}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="70"/>
        <source>{value} is not a tracking number, product barcode or staff badge: scan the parcel&apos;s postal label.</source>
        <translation>{value} — не ШПИ, не штрихкод товара и не пропуск: отсканируйте почтовый ярлык посылки.</translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <location filename="../../app/devices/scanner/serial_scanner.py" line="25"/>
        <source>Scanner on {port} ready.</source>
        <translation>Сканер на {port} готов.</translation>
    </message>
    <message>
        <location filename="../../app/devices/scanner/serial_scanner.py" line="26"/>
        <source>Scanner port {port} is not available ({error}): plug the scanner back in.</source>
        <translation>Порт сканера {port} недоступен ({error}): подключите сканер снова.</translation>
    </message>
    <message>
        <location filename="../../app/devices/scanner/serial_scanner.py" line="29"/>
        <source>Scanner stopped.</source>
        <translation>Сканер остановлен.</translation>
    </message>
</context>
<context>
    <name>ScannerSettingsDialog</name>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="48"/>
        <source>Scanner settings</source>
        <translation>Настройки сканера</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="52"/>
        <source>(none: keyboard-wedge scanner only)</source>
        <translation>(нет: только сканер-клавиатура)</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="62"/>
        <source>A scanner that types like a keyboard needs no port: leave it at none. A serial scanner sends one line per scan at 8 data bits, no parity, 1 stop bit.</source>
        <translation>Сканеру, который работает как клавиатура, порт не нужен: оставьте «нет». Последовательный сканер передаёт одну строку на скан: 8 бит данных, без чётности, 1 стоповый бит.</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="71"/>
        <source>&amp;Test</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="81"/>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="82"/>
        <source>&amp;Speed (baud):</source>
        <translation>&amp;Скорость (бод):</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="110"/>
        <source>Choose a port first.</source>
        <translation>Сначала выберите порт.</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="112"/>
        <source>Opening {port}…</source>
        <translation>Открывается {port}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="130"/>
        <source>{port} is open: scan any barcode now.</source>
        <translation>{port} открыт: отсканируйте любой штрихкод.</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="131"/>
        <source>{port} cannot be opened: check the cable and the port name.</source>
        <translation>{port} не открывается: проверьте кабель и имя порта.</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="142"/>
        <source>Received “{text}”. {what} The scanner works.</source>
        <translation>Получено «{text}». {what} Сканер работает.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="249"/>
        <source>PostCounter set-up</source>
        <translation>Настройка PostCounter</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="261"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="262"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="263"/>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="264"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="50"/>
        <source>Welcome to PostCounter</source>
        <translation>Добро пожаловать в PostCounter</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="51"/>
        <source>Try the counter with demo data, or join your branch.</source>
        <translation>Попробуйте работу на демонстрационных данных или подключитесь к своему отделению.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="52"/>
        <source>Try the demo (practice data, nothing is sent)</source>
        <translation>Демо-режим (учебные данные, ничего не отправляется)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="55"/>
        <source>Join a branch (with the code head office gave you)</source>
        <translation>Подключиться к отделению (по коду от главного офиса)</translation>
    </message>
</context>
<context>
    <name>SupervisorApproval</name>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="38"/>
        <source>Supervisor number</source>
        <translation>Табельный номер руководителя</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="39"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="41"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="47"/>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../app/services/sync_service.py" line="88"/>
        <source>{url} is not a web address; use https://host[:port].</source>
        <translation>{url} — не веб-адрес; используйте https://host[:port].</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_service.py" line="94"/>
        <source>{url} is not encrypted: use https:// so the terminal&apos;s data and token cannot be read on the way.</source>
        <translation>{url} без шифрования: используйте https://, чтобы данные и токен терминала нельзя было перехватить.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_service.py" line="136"/>
        <source>Enter the token central issued for this terminal.</source>
        <translation>Введите токен, выданный центральной системой для этого терминала.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_service.py" line="216"/>
        <source>No central system configured: run &apos;sync configure --url URL --token TOKEN&apos;.</source>
        <translation>Центральная система не настроена: выполните &apos;sync configure --url URL --token TOKEN&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_service.py" line="277"/>
        <source>Say why the item is being corrected.</source>
        <translation>Укажите причину исправления.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_service.py" line="283"/>
        <source>Item {id} does not need attention any more.</source>
        <translation>Запись {id} больше не требует внимания.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_service.py" line="292"/>
        <source>The corrected record must be a JSON object.</source>
        <translation>Исправленная запись должна быть объектом JSON.</translation>
    </message>
    <message>
        <location filename="../../app/sync/drain_lock.py" line="18"/>
        <source>Another sync of this terminal is running (the counter window or &apos;sync run&apos;); it sends the queued items, nothing needs doing here.</source>
        <translation>Уже идёт другая синхронизация этого терминала (окно кассы или «sync run»); она отправит очередь, здесь ничего делать не нужно.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="40"/>
        <location filename="../../app/domain/validation.py" line="328"/>
        <source>Sale of goods needs the invoice number.</source>
        <translation>Для продажи товара нужен номер инвойса.</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="41"/>
        <source>Commercial exports from {country} need the exporter&apos;s Import-Export Code (IEC, 10 characters).</source>
        <translation>Для коммерческого экспорта из {country} нужен код импортёра-экспортёра (IEC, 10 знаков).</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="45"/>
        <source>Commercial exports from {country} need the Postal Bill of Export reference (PBE) filed by the exporter.</source>
        <translation>Для коммерческого экспорта из {country} нужен номер Postal Bill of Export (PBE), поданной экспортёром.</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="49"/>
        <source>This export needs the licence number.</source>
        <translation>Для этого экспорта нужен номер лицензии.</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="50"/>
        <source>This export needs the certificate number.</source>
        <translation>Для этого экспорта нужен номер сертификата.</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="51"/>
        <source>Enter the importer&apos;s reference (tax or importer code).</source>
        <translation>Введите код импортёра (ИНН или код импортёра).</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="140"/>
        <source>{value} has more decimals than {currency} allows: round it to {places}.</source>
        <translation>В {value} больше знаков после запятой, чем допускает {currency}: округлите до {places}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="155"/>
        <source>Declared total value {declared} {currency} is not the sum of the lines ({total} {currency}).</source>
        <translation>Общая стоимость {declared} {currency} не равна сумме строк ({total} {currency}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="170"/>
        <source>Declared total net weight {declared} kg is not the sum of the lines ({total} kg).</source>
        <translation>Общий вес нетто {declared} кг не равен сумме строк ({total} кг).</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="204"/>
        <source>Line {line} looks like {label}, which may not be sent: take it out of the parcel.</source>
        <translation>Строка {line} похожа на «{label}» — это запрещено к пересылке: извлеките из посылки.</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="216"/>
        <source>Line {line} looks like {label}: enter the certificate number.</source>
        <translation>Строка {line} похожа на «{label}»: введите номер сертификата.</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="227"/>
        <source>Line {line} looks like {label}: enter the licence number.</source>
        <translation>Строка {line} похожа на «{label}»: введите номер лицензии.</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="257"/>
        <source>{text} is not an Import-Export Code: it has 10 letters and digits.</source>
        <translation>{text} — не код импортёра-экспортёра: он состоит из 10 букв и цифр.</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="269"/>
        <source>{text} does not look like a Postal Bill of Export reference: copy it from the PBE.</source>
        <translation>{text} не похож на номер Postal Bill of Export: перепишите его с PBE.</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="285"/>
        <source>A gift with an invoice looks like a sale: customs refuse commercial goods declared as gifts. Check the category.</source>
        <translation>Подарок с инвойсом похож на продажу: таможня не принимает товары, заявленные как подарок. Проверьте категорию.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="72"/>
        <source>HS code {code} must hold digits only.</source>
        <translation>Код ТН ВЭД {code} должен состоять только из цифр.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="73"/>
        <source>HS code {code} has {digits} digits; enter {allowed} digits as declared, never padded with zeros.</source>
        <translation>В коде ТН ВЭД {code} {digits} цифр; введите {allowed} цифр, как заявлено, без дописывания нулей.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="77"/>
        <source>HS code {code} starts with {chapter}, which is not an HS chapter.</source>
        <translation>Код ТН ВЭД {code} начинается с {chapter}, такой группы нет.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="95"/>
        <source>Enter the full name.</source>
        <translation>Введите ФИО полностью.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="96"/>
        <source>Enter the street address: customs refuse incomplete addresses.</source>
        <translation>Введите адрес: таможня не принимает неполные адреса.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="99"/>
        <source>Enter the city or town.</source>
        <translation>Введите населённый пункт.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="100"/>
        <source>Enter the postcode.</source>
        <translation>Введите индекс.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="108"/>
        <source>Choose the country.</source>
        <translation>Выберите страну.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="116"/>
        <source>{code} is not an ISO country code: pick the country from the list.</source>
        <translation>{code} — не код страны ISO: выберите страну из списка.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="127"/>
        <source>The phone number may hold only digits, spaces, dashes and a leading +.</source>
        <translation>Телефон может содержать только цифры, пробелы, дефисы и + в начале.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="142"/>
        <source>This service carries parcels between Russia and India only (sender {sender}, addressee {addressee}).</source>
        <translation>Эта услуга — только между Россией и Индией (отправитель {sender}, получатель {addressee}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="160"/>
        <source>Add at least one piece: scan its label.</source>
        <translation>Добавьте хотя бы одно место: отсканируйте его ярлык.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="168"/>
        <source>At most {max} pieces per consignment; split it into two consignments.</source>
        <translation>Не более {max} мест в отправлении; разделите на два отправления.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="185"/>
        <source>{s10} is already a piece of this consignment: scan the next label.</source>
        <translation>{s10} уже есть в этом отправлении: отсканируйте следующий ярлык.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="199"/>
        <source>Put the piece on the scale and capture a stable weight.</source>
        <translation>Поставьте место на весы и запишите стабильный вес.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="210"/>
        <source>A typed-in weight needs a supervisor&apos;s approval and a reason.</source>
        <translation>Вес, введённый вручную, требует разрешения руководителя и причины.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="221"/>
        <source>The weight was not stable: wait for the stable mark and capture again.</source>
        <translation>Вес был нестабилен: дождитесь отметки «Стабильно» и запишите снова.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="232"/>
        <source>{kg} kg is outside this service&apos;s {min}–{max} kg per piece.</source>
        <translation>{kg} кг вне пределов услуги {min}–{max} кг на место.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="246"/>
        <source>Measure the piece and enter length, width and height in cm.</source>
        <translation>Измерьте место и введите длину, ширину и высоту в см.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="257"/>
        <source>Every dimension must be more than 0 cm.</source>
        <translation>Каждый размер должен быть больше 0 см.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="265"/>
        <source>Longest side {cm} cm is over the {max} cm limit.</source>
        <translation>Наибольшая сторона {cm} см больше предела {max} см.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="275"/>
        <source>Length plus girth {cm} cm is over the {max} cm limit.</source>
        <translation>Длина плюс обхват {cm} см больше предела {max} см.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="287"/>
        <source>The consignment weighs {kg} kg, over the {max} kg limit: split it.</source>
        <translation>Отправление весит {kg} кг, больше предела {max} кг: разделите его.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="318"/>
        <source>Category &apos;Other&apos; needs an explanation of what the contents are.</source>
        <translation>Для категории «Прочее» поясните, что вложено.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="336"/>
        <source>Add at least one content line: what is inside, how many, weight and value.</source>
        <translation>Добавьте хотя бы одну строку вложения: что внутри, сколько, вес и стоимость.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="350"/>
        <source>Describe the contents in detail, e.g. &apos;wooden dining chair&apos;.</source>
        <translation>Опишите вложение подробно, например «деревянный обеденный стул».</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="360"/>
        <source>&apos;{text}&apos; is too vague for customs: say what it is, e.g. &apos;cotton bed sheets&apos;.</source>
        <translation>«{text}» — слишком общее описание для таможни: укажите, что это, например «хлопковые простыни».</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="372"/>
        <source>Quantity must be 1 or more.</source>
        <translation>Количество должно быть не меньше 1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="380"/>
        <source>Enter the net weight of the line in kg.</source>
        <translation>Введите вес нетто строки в кг.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="388"/>
        <source>All lines must be declared in {currency}.</source>
        <translation>Все строки должны быть в {currency}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="397"/>
        <source>Declare the real value: customs refuse values of 0 or 1.</source>
        <translation>Укажите реальную стоимость: таможня не принимает 0 или 1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="421"/>
        <source>Commercial items need an HS code (at least 6 digits).</source>
        <translation>Для коммерческих товаров нужен код ТН ВЭД (не менее 6 цифр).</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="429"/>
        <source>Enter the country where the goods were made.</source>
        <translation>Введите страну происхождения товара.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="437"/>
        <source>{code} is not an ISO country code.</source>
        <translation>{code} — не код страны ISO.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="446"/>
        <source>Net weight of the lines ({net} kg) is more than the gross weight ({gross} kg).</source>
        <translation>Вес нетто строк ({net} кг) больше веса брутто ({gross} кг).</translation>
    </message>
</context>
<context>
    <name>Void</name>
    <message>
        <location filename="../../app/services/void.py" line="54"/>
        <source>Give the reason for the void in a few words.</source>
        <translation>Кратко укажите причину аннулирования.</translation>
    </message>
    <message>
        <location filename="../../app/services/void.py" line="60"/>
        <source>Supervisor number or PIN is wrong.</source>
        <translation>Неверный табельный номер руководителя или PIN.</translation>
    </message>
    <message>
        <location filename="../../app/services/void.py" line="63"/>
        <source>{name} is not a supervisor: a supervisor must approve a void.</source>
        <translation>{name} — не руководитель: аннулирование утверждает руководитель.</translation>
    </message>
    <message>
        <location filename="../../app/services/void.py" line="71"/>
        <source>This acceptance is not in this branch&apos;s records.</source>
        <translation>Этого приёма нет в записях данного ОПС.</translation>
    </message>
    <message>
        <location filename="../../app/services/void.py" line="75"/>
        <source>{s10} is already void.</source>
        <translation>{s10} уже аннулирован.</translation>
    </message>
    <message>
        <location filename="../../app/services/void.py" line="78"/>
        <source>{s10} is on a closed manifest: the parcel has left; report it to central instead.</source>
        <translation>{s10} в закрытой ведомости: посылка уже отправлена; сообщите в центральную систему.</translation>
    </message>
</context>
<context>
    <name>WeightPanel</name>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="113"/>
        <location filename="../../app/ui/weight_panel.py" line="347"/>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <source>SIMULATED SCALE — not for real charging</source>
        <translation type="vanished">ИМИТАЦИЯ ВЕСОВ — не для реальной оплаты</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="116"/>
        <source>SIMULATED SCALE</source>
        <translation>ИМИТАЦИЯ ВЕСОВ</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="117"/>
        <source>A simulated scale: not for real charging</source>
        <translation>Имитация весов: не для реальной оплаты</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="119"/>
        <source>Capture weight (F8)</source>
        <translation>Записать (F8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="120"/>
        <source>Manual weight… (Ctrl+F8)</source>
        <translation>Вручную… (Ctrl+F8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="122"/>
        <source>Only when the scale cannot weigh this piece: a supervisor approves it</source>
        <translation>Только если весы не могут взвесить место: с разрешения руководителя</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="126"/>
        <location filename="../../app/ui/weight_panel.py" line="303"/>
        <source>No weight captured yet</source>
        <translation>Вес не записан</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="139"/>
        <source>Load on the simulated scale</source>
        <translation>Груз на имитации весов</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="140"/>
        <source>Simulated load:</source>
        <translation>Груз:</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="218"/>
        <source>● STABLE</source>
        <translation>● СТАБИЛЬНО</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="219"/>
        <source>≈ MOTION — wait</source>
        <translation>≈ КОЛЕБАНИЯ — ждите</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="220"/>
        <source>▲ OVERLOAD — remove load</source>
        <translation>▲ ПЕРЕГРУЗКА — снимите груз</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="221"/>
        <source>▼ UNDER ZERO — zero the scale</source>
        <translation>▼ НИЖЕ НУЛЯ — обнулите весы</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="222"/>
        <source>✕ NO SCALE — check cable</source>
        <translation>✕ НЕТ ВЕСОВ — проверьте кабель</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="241"/>
        <source>No reading from the scale: check that it is on and connected.</source>
        <translation>Нет показаний весов: проверьте, что они включены и подключены.</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="246"/>
        <source>The scale reports overload or under zero: fix the load first.</source>
        <translation>Весы показывают перегрузку или ниже нуля: сначала исправьте груз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="250"/>
        <source>The load is still moving: wait for ● STABLE, then press F8.</source>
        <translation>Груз ещё колеблется: дождитесь ● СТАБИЛЬНО и нажмите F8.</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="255"/>
        <source>{kg} kg is outside this service&apos;s {lo}–{hi} kg per piece.</source>
        <translation>{kg} кг вне пределов услуги {lo}–{hi} кг на место.</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="270"/>
        <location filename="../../app/ui/weight_panel.py" line="281"/>
        <source>Captured: {kg} kg</source>
        <translation>Записано: {kg} кг</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="296"/>
        <source>Manual: {kg} kg (approved)</source>
        <translation>Вручную: {kg} кг (разрешено)</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="347"/>
        <source>kg NET</source>
        <translation>кг НЕТТО</translation>
    </message>
</context>
</TS>
