<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Acceptance</name>
    <message>
        <location filename="../../app/services/acceptance.py" line="75"/>
        <source>{s10} was already accepted: an identifier is never used twice. Use a new label.</source>
        <translation>{s10} уже принят: идентификатор нельзя использовать дважды. Возьмите новый ярлык.</translation>
    </message>
    <message>
        <location filename="../../app/services/acceptance.py" line="101"/>
        <source>List {number} was closed on {day}: nothing more is accepted into it. The customer sends the parcel on a new list.</source>
        <translation>Реестр {number} закрыт {day}: в него больше ничего не принимается. Клиент отправляет посылку по новому реестру.</translation>
    </message>
</context>
<context>
    <name>AcceptanceForm</name>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="124"/>
        <location filename="../../app/ui/acceptance_form.py" line="170"/>
        <source>Piece</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Scan the label or type the S10 number</source>
        <translation type="vanished">Отсканируйте ярлык или введите номер S10</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="128"/>
        <source>Scan the label or type the S10 number · F3: new number for an unlabelled parcel</source>
        <translation>Ярлык или номер S10 · F3</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="149"/>
        <source>Length, cm</source>
        <translation>Длина, см</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="150"/>
        <source>Width, cm</source>
        <translation>Ширина, см</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="151"/>
        <source>Height, cm</source>
        <translation>Высота, см</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="170"/>
        <source>S10</source>
        <translation>S10</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="170"/>
        <source>Gross, kg</source>
        <translation>Брутто, кг</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="170"/>
        <source>L×W×H, cm</source>
        <translation>Д×Ш×В, см</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="178"/>
        <source>Another piece (Ctrl+N)</source>
        <translation>Ещё место (Ctrl+N)</translation>
    </message>
    <message>
        <source>Sender · F4: business sender</source>
        <translation type="vanished">Отправитель · F4: юрлицо по договору</translation>
    </message>
    <message>
        <source>Tracking number (S10)</source>
        <translation type="vanished">ШПИ (S10)</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="181"/>
        <source>Tracking number (S10) · F3: new number</source>
        <translation>ШПИ (S10) · F3: новый номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="214"/>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="215"/>
        <source>F4: a business sender</source>
        <translation>F4: отправитель по договору</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="219"/>
        <source>Addressee</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="223"/>
        <source>Customs declaration (CN 23)</source>
        <translation>Таможенная декларация CN 23</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation type="vanished">Оплата</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="247"/>
        <source>Chargeable weight</source>
        <translation>Оплачиваемый вес</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="248"/>
        <source>Fee to pay now</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="249"/>
        <source>Expected import duty</source>
        <translation>Ожидаемая пошлина</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="257"/>
        <source>Accept  (F12)</source>
        <translation>Принять  (F12)</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="260"/>
        <source>New consignment</source>
        <translation>Новое отправление</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="548"/>
        <source>{kg} kg</source>
        <translation>{kg} кг</translation>
    </message>
    <message>
        <source>none expected</source>
        <translation type="vanished">не ожидается</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="573"/>
        <source>⚠ exchange rate of {day}: out of date</source>
        <translation>⚠ курс на {day} устарел</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="583"/>
        <source> · public {fee}</source>
        <translation> · по общему тарифу {fee}</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="590"/>
        <source>Contract price: {plan}</source>
        <translation>Цена по договору: {plan}</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="622"/>
        <source>Accepted {s10} · fee {fee}</source>
        <translation>Принято {s10} · плата {fee}</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="634"/>
        <source>Not saved: {error}. Nothing typed is lost; try Accept again.</source>
        <translation>Не сохранено: {error}. Введённые данные не потеряны; нажмите «Принять» ещё раз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="696"/>
        <source>Start a new consignment?</source>
        <translation>Начать новое отправление?</translation>
    </message>
    <message>
        <source>Everything typed for this consignment will be cleared.</source>
        <translation type="vanished">Всё введённое для этого отправления будет очищено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="539"/>
        <source>CN 23 line {n}: {text}</source>
        <translation>CN 23, строка {n}: {text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="697"/>
        <source>Everything typed for this consignment will be cleared, the captured weight too.</source>
        <translation>Всё введённое для этого отправления будет стёрто, записанный вес тоже.</translation>
    </message>
    <message>
        <location filename="../../app/ui/acceptance_form.py" line="568"/>
        <source>no estimate</source>
        <translation>нет оценки</translation>
    </message>
</context>
<context>
    <name>AccountMethod</name>
    <message>
        <location filename="../../app/ui/account_method.py" line="57"/>
        <source>On account of {customer}</source>
        <translation>В счёт договора {customer}</translation>
    </message>
    <message>
        <location filename="../../app/ui/account_method.py" line="59"/>
        <source>On account of {customer}: {available} of credit left</source>
        <translation>В счёт договора {customer}: остаток лимита {available}</translation>
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
        <location filename="../../app/services/relabel.py" line="55"/>
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
        <location filename="../../app/services/relabel.py" line="62"/>
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
    <message>
        <location filename="../../app/services/relabel.py" line="72"/>
        <source>No identifiers left in this branch&apos;s blocks: connect to central to get a new block. ({error})</source>
        <translation>В блоках отделения не осталось номеров: подключитесь к центру, чтобы получить новый блок. ({error})</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/application.py" line="80"/>
        <location filename="../../app/ui/application.py" line="162"/>
        <source>PostCounter cannot open its database</source>
        <translation>PostCounter не может открыть свою базу данных</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="46"/>
        <source>correction</source>
        <translation>исправление</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="47"/>
        <source>void</source>
        <translation>аннулирование</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="48"/>
        <source>day close</source>
        <translation>закрытие дня</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="49"/>
        <source>payment</source>
        <translation>оплата</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="51"/>
        <source>return receipt</source>
        <translation>чек возврата</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="52"/>
        <source>list closed</source>
        <translation>реестр закрыт</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="54"/>
        <source>list receipt</source>
        <translation>чек по реестру</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="69"/>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="70"/>
        <source>Addressee</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="71"/>
        <source>CN 23</source>
        <translation>CN 23</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="72"/>
        <source>piece</source>
        <translation>место</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="75"/>
        <source>name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="76"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="77"/>
        <source>street</source>
        <translation>улица, дом</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="78"/>
        <source>city</source>
        <translation>населённый пункт</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="79"/>
        <source>postcode</source>
        <translation>индекс</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="80"/>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="81"/>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="82"/>
        <source>line</source>
        <translation>строка</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="83"/>
        <source>value</source>
        <translation>стоимость</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="84"/>
        <source>HS code</source>
        <translation>код ТН ВЭД</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="85"/>
        <source>country of origin</source>
        <translation>страна происхождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="104"/>
        <source>Central refused it: this tracking number is already used for another parcel.</source>
        <translation>Центр отклонил: этот номер уже использован для другого отправления.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="107"/>
        <source>Relabel: a new number from the block, a new label on the parcel.</source>
        <translation>Перемаркировать: новый номер из блока, новый ярлык на отправление.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="113"/>
        <source>Central holds this item with other data: {reason}</source>
        <translation>У центра это отправление с другими данными: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="116"/>
        <source>Check with your supervisor; Fix… sends the terminal&apos;s version again.</source>
        <translation>Обратитесь к руководителю; «Исправить…» отправит версию терминала ещё раз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="122"/>
        <source>Central refused: {fields}</source>
        <translation>Центр отклонил: {fields}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="124"/>
        <source>Central refused it: {reason}</source>
        <translation>Центр отклонил: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="129"/>
        <source>Fix…: correct the fields central named, a supervisor approves.</source>
        <translation>«Исправить…»: исправьте поля, названные центром; руководитель подтверждает.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_rows.py" line="133"/>
        <source>Fix…: say why, and it is sent again.</source>
        <translation>«Исправить…»: укажите причину, и запись будет отправлена снова.</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <source>No.</source>
        <translation type="vanished">№</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">Тип</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="vanished">Запись</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="vanished">Состояние</translation>
    </message>
    <message>
        <source>Central&apos;s reason</source>
        <translation type="vanished">Причина от центра</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="153"/>
        <source>Nothing needs attention: central accepted every item.</source>
        <translation>Всё в порядке: центр принял все записи.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="91"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="93"/>
        <source>Fix…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="vanished">отклонено</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="vanished">конфликт</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="178"/>
        <source>Opening item {id}…</source>
        <translation>Открывается запись {id}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="197"/>
        <source>Not sent: a supervisor must approve the correction.</source>
        <translation>Не отправлено: исправление должен подтвердить руководитель.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="220"/>
        <source>Correction queued; it is sent with the next sync.</source>
        <translation>Исправление в очереди; уйдёт при следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="69"/>
        <source>Parcel</source>
        <translation>Отправление</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="69"/>
        <source>What central said</source>
        <translation>Что ответил центр</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="69"/>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="96"/>
        <source>Relabel…</source>
        <translation>Перемаркировать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="99"/>
        <source>A new number from the block, the label printed again, central told.</source>
        <translation>Новый номер из блока, ярлык печатается заново, центр уведомляется.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="144"/>
        <source>Central is not configured: nothing is sent, so central has not checked anything yet (a supervisor runs sync configure).</source>
        <translation>Центр не настроен: ничего не отправляется, поэтому центр ещё ничего не проверял (руководитель выполняет sync configure).</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="149"/>
        <source>Central has not answered yet: this list fills after the first sync (F5).</source>
        <translation>Центр ещё не ответил: список заполнится после первой синхронизации (F5).</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <location filename="../../app/services/auth.py" line="130"/>
        <source>A PIN is digits only.</source>
        <translation>PIN-код состоит только из цифр.</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="132"/>
        <source>A PIN has at least 6 digits.</source>
        <translation>В PIN-коде не меньше 6 цифр.</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="134"/>
        <source>A PIN has at most 12 digits.</source>
        <translation>В PIN-коде не больше 12 цифр.</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="136"/>
        <source>Choose a PIN that is not a row or a repeat of one digit.</source>
        <translation>Выберите PIN-код, который не является рядом цифр подряд или повтором одной цифры.</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="152"/>
        <source>Too many wrong PINs: this staff number is locked for {minutes} more minute(s), until {until}, or until a supervisor unlocks it.</source>
        <translation>Слишком много неверных PIN-кодов: этот табельный номер заблокирован ещё на {minutes} мин., до {until}, или пока его не разблокирует руководитель.</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="193"/>
        <location filename="../../app/services/auth.py" line="268"/>
        <location filename="../../app/services/auth.py" line="339"/>
        <source>Staff number or PIN is wrong.</source>
        <translation>Неверный табельный номер или PIN-код.</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="272"/>
        <location filename="../../app/services/auth.py" line="302"/>
        <source>{name} is not a supervisor: a supervisor must approve this.</source>
        <translation>{name} — не руководитель: это должен подтвердить руководитель.</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <location filename="../../app/ui/backup_status.py" line="119"/>
        <source>No backup folder set</source>
        <translation>Папка резервных копий не задана</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_status.py" line="121"/>
        <source>No backup yet</source>
        <translation>Резервной копии ещё нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_status.py" line="125"/>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_status.py" line="127"/>
        <source>{n} min ago</source>
        <translation>{n} мин назад</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_status.py" line="129"/>
        <source>{n} h ago</source>
        <translation>{n} ч назад</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_status.py" line="131"/>
        <source>{n} days ago</source>
        <translation>{n} дн. назад</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_status.py" line="134"/>
        <source>Backup: {ago}</source>
        <translation>Копия: {ago}</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_status.py" line="145"/>
        <source>Last verified backup {time} UTC in {folder}</source>
        <translation>Последняя проверенная копия {time} UTC в {folder}</translation>
    </message>
    <message>
        <source>Last backup: {ago}</source>
        <translation type="vanished">Последняя резервная копия: {ago}</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <location filename="../../app/services/batch_counter.py" line="30"/>
        <source>There is no list {number} on this terminal: import the marketplace&apos;s list first (Tools → Import pre-advice file…), then scan it again.</source>
        <translation>Реестра {number} на этом рабочем месте нет: сначала загрузите реестр маркетплейса (Сервис → Загрузить файл предварительных данных…), затем отсканируйте его снова.</translation>
    </message>
    <message>
        <location filename="../../app/services/batch_counter.py" line="35"/>
        <source>List {number} is closed: nothing more is accepted into it.</source>
        <translation>Реестр {number} закрыт: в него больше ничего не принимается.</translation>
    </message>
    <message>
        <location filename="../../app/services/batch_counter.py" line="36"/>
        <source>{s10} is not on list {number}: put the parcel aside and accept it outside the batch (leave the list with Ctrl+Shift+B).</source>
        <translation>{s10} нет в реестре {number}: отложите посылку и примите её вне партии (выход из реестра — Ctrl+Shift+B).</translation>
    </message>
    <message>
        <location filename="../../app/services/batch_counter.py" line="41"/>
        <source>{s10} is on list {other}, not this one ({number}): put it with its own list.</source>
        <translation>{s10} из реестра {other}, а не из этого ({number}): отложите её к своему реестру.</translation>
    </message>
    <message>
        <location filename="../../app/services/batch_counter.py" line="44"/>
        <source>{s10} of list {number} is already accepted.</source>
        <translation>{s10} из реестра {number} уже принято.</translation>
    </message>
    <message>
        <location filename="../../app/services/batch_counter.py" line="45"/>
        <source>{s10} is on list {number} (row {row}).</source>
        <translation>{s10} есть в реестре {number} (строка {row}).</translation>
    </message>
</context>
<context>
    <name>BatchBar</name>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="85"/>
        <source>Leave the list (Ctrl+Shift+B)</source>
        <translation>Выйти из реестра (Ctrl+Shift+B)</translation>
    </message>
</context>
<context>
    <name>BatchClose</name>
    <message>
        <location filename="../../app/services/batch_close.py" line="99"/>
        <source>A supervisor of this branch must close the list: ask one to enter their PIN.</source>
        <translation>Реестр закрывает руководитель этого ОПС: попросите его ввести PIN.</translation>
    </message>
    <message>
        <location filename="../../app/services/batch_close.py" line="105"/>
        <source>{name} is not a supervisor: a supervisor must close the list.</source>
        <translation>{name} — не руководитель: реестр закрывает руководитель.</translation>
    </message>
    <message>
        <location filename="../../app/services/batch_close.py" line="114"/>
        <source>List {number} was closed on {day} by {name}: nothing more is accepted into it or paid for it. Reprint its act instead.</source>
        <translation>Реестр {number} закрыт {day} ({name}): в него больше ничего не принимается и не оплачивается. Распечатайте его акт повторно.</translation>
    </message>
    <message>
        <location filename="../../app/services/batch_close.py" line="159"/>
        <source>This list is not on this terminal.</source>
        <translation>Этого реестра нет на этом рабочем месте.</translation>
    </message>
    <message>
        <location filename="../../app/services/batch_close.py" line="165"/>
        <source>List {number} has {count} items, more than {limit} one close can send: ask head office to split it.</source>
        <translation>В реестре {number} {count} отправлений — больше {limit}, которые можно передать за одно закрытие: попросите центр разделить его.</translation>
    </message>
    <message>
        <location filename="../../app/services/batch_close.py" line="177"/>
        <source>Nothing of list {number} is accepted yet: there is nothing to close or to pay. Accept its items first.</source>
        <translation>Из реестра {number} ещё ничего не принято: закрывать и оплачивать нечего. Сначала примите отправления.</translation>
    </message>
    <message>
        <location filename="../../app/services/batch_close.py" line="189"/>
        <source>{customer} is not in this terminal&apos;s customer list: it cannot pay on account. Take the payment in cash or card, or sync the reference data.</source>
        <translation>{customer} нет в списке клиентов этого рабочего места: оплата по договору невозможна. Примите оплату наличными или картой либо обновите справочники.</translation>
    </message>
    <message>
        <location filename="../../app/services/batch_close.py" line="281"/>
        <source>{s10} was charged in {other}, the list is paid in {currency}: void it and accept it again before closing.</source>
        <translation>{s10} оплачен в {other}, а реестр оплачивается в {currency}: аннулируйте его и примите заново перед закрытием.</translation>
    </message>
</context>
<context>
    <name>BatchCloseDialog</name>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="65"/>
        <source>Close list {number}</source>
        <translation>Закрыть реестр {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="66"/>
        <source>Closing locks the list: items not accepted by now are missing and nothing more is accepted into it. The accepted items are paid in one payment.</source>
        <translation>Закрытие блокирует реестр: не принятые к этому моменту отправления считаются непредъявленными, больше ничего не принимается. Принятые отправления оплачиваются одним платежом.</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="96"/>
        <source>List {number} is closed already: reprint its act instead.</source>
        <translation>Реестр {number} уже закрыт: распечатайте его акт повторно.</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="106"/>
        <source>Summary of list {number}</source>
        <translation>Итоги реестра {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="117"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="118"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="119"/>
        <source>Weight differences</source>
        <translation>Расхождения веса</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="122"/>
        <source>and {n} more</source>
        <translation>и ещё {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="124"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="125"/>
        <source>Missing</source>
        <translation>Не предъявлены</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="126"/>
        <source>To pay</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="131"/>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="132"/>
        <source>&amp;Cash</source>
        <translation>&amp;Наличные</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="133"/>
        <source>Ca&amp;rd</source>
        <translation>&amp;Карта</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="134"/>
        <source>&amp;Account</source>
        <translation>По &amp;договору</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="144"/>
        <source>Still available on the account: {amount}</source>
        <translation>Доступно по договору: {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="151"/>
        <source>{customer} may not pay on account.</source>
        <translation>{customer} не может платить по договору.</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="155"/>
        <source>exact amount</source>
        <translation>без сдачи</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="165"/>
        <source>Cash received</source>
        <translation>Получено наличными</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="166"/>
        <source>Change</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="191"/>
        <source>type the cash received, e.g. 2000</source>
        <translation>введите полученную сумму, например 2000</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="206"/>
        <source>Type the cash received, e.g. 2000.</source>
        <translation>Введите полученную сумму, например 2000.</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="235"/>
        <source>The list could not be closed: {reason}</source>
        <translation>Реестр не закрыт: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="246"/>
        <source>List {number} is closed; its receipt is not registered yet: {advice}</source>
        <translation>Реестр {number} закрыт; чек ещё не зарегистрирован: {advice}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="251"/>
        <source>Acceptance act {number}</source>
        <translation>Акт приёма {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_close_dialog.py" line="268"/>
        <source>The act could not be made: {reason}</source>
        <translation>Акт не сформирован: {reason}</translation>
    </message>
</context>
<context>
    <name>BatchMode</name>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="143"/>
        <source>&amp;Marketplace lists…</source>
        <translation>&amp;Реестры маркетплейсов…</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="146"/>
        <source>&amp;Leave the list</source>
        <translation>В&amp;ыйти из реестра</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="217"/>
        <source>The list could not be read: {error}</source>
        <translation>Не удалось прочитать реестр: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="226"/>
        <source>Work on list {number}?</source>
        <translation>Работать с реестром {number}?</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="227"/>
        <source>The consignment on the form is not accepted yet. Clear it and start the list?</source>
        <translation>Отправление в форме ещё не принято. Очистить форму и начать реестр?</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="249"/>
        <source>List {number}: scan its items (F8 weighs, F12 accepts).</source>
        <translation>Реестр {number}: сканируйте его отправления (F8 — взвесить, F12 — принять).</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="266"/>
        <source>Left the list.</source>
        <translation>Работа с реестром завершена.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/batch_mode.py" line="273"/>
        <source>%n of {total} accepted</source>
        <translation>
            <numerusform>принято %n из {total}</numerusform>
            <numerusform>принято %n из {total}</numerusform>
            <numerusform>принято %n из {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/batch_mode.py" line="274"/>
        <source>%n weight difference(s)</source>
        <translation>
            <numerusform>%n расхождение веса</numerusform>
            <numerusform>%n расхождения веса</numerusform>
            <numerusform>%n расхождений веса</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/batch_mode.py" line="275"/>
        <source>%n to go</source>
        <translation>
            <numerusform>остался %n</numerusform>
            <numerusform>осталось %n</numerusform>
            <numerusform>осталось %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="277"/>
        <source>no customer</source>
        <translation>клиент не указан</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="315"/>
        <source>declared {kg} kg</source>
        <translation>заявлено {kg} кг</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="317"/>
        <source>no weight declared</source>
        <translation>вес не заявлен</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="323"/>
        <source>{grouped} · on the list · {declared} · F8 weighs, F12 accepts</source>
        <translation>{grouped} · в реестре · {declared} · F8 — взвесить, F12 — принять</translation>
    </message>
    <message>
        <source>{grouped} · {text} · {declared} · F8 weighs, F12 accepts</source>
        <translation type="vanished">{grouped} · {text} · {declared} · F8 — взвесить, F12 — принять</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="359"/>
        <source>Weight differs from the list: declared {declared} kg, actual {actual} kg, difference {diff} kg (more than {allowed} kg allowed). Charged by the actual weight; F12 accepts and records the difference.</source>
        <translation>Вес не совпадает с реестром: заявлено {declared} кг, фактически {actual} кг, разница {diff} кг (допустимо не более {allowed} кг). Плата — по фактическому весу; F12 принимает и записывает расхождение.</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="373"/>
        <source>Weight as declared: {actual} kg (list: {declared} kg).</source>
        <translation>Вес совпадает с заявленным: {actual} кг (в реестре {declared} кг).</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="393"/>
        <source>In batch mode only an item of list {number} is accepted, one at a time: scan it. Leave the list (Ctrl+Shift+B) for other parcels.</source>
        <translation>В режиме партии принимаются только отправления реестра {number}, по одному: отсканируйте его. Для других посылок выйдите из реестра (Ctrl+Shift+B).</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_mode.py" line="419"/>
        <source>{s10} accepted with its weight difference recorded.</source>
        <translation>{s10} принято, расхождение веса записано.</translation>
    </message>
</context>
<context>
    <name>BatchScreen</name>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="48"/>
        <source>Marketplace lists</source>
        <translation>Реестры маркетплейсов</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="52"/>
        <source>Scan the list&apos;s barcode or type its number and press Enter, or pick the list below. Each item then takes three keys: scan, F8, F12.</source>
        <translation>Отсканируйте штрихкод реестра или введите его номер и нажмите Enter, либо выберите реестр ниже. Затем на каждое отправление — три действия: скан, F8, F12.</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="62"/>
        <source>List number, e.g. IN-MP-2026-000123</source>
        <translation>Номер реестра, например IN-MP-2026-000123</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="68"/>
        <source>List</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="69"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="70"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="71"/>
        <source>Weight differences</source>
        <translation>Расхождения веса</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="72"/>
        <source>To go</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="88"/>
        <source>{accepted} of {total}</source>
        <translation>{accepted} из {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="101"/>
        <source>No open lists on this terminal: import a marketplace&apos;s list with Tools → Import pre-advice file… and give the list&apos;s number there (a JSON list brings its own).</source>
        <translation>Открытых реестров на этом рабочем месте нет: загрузите реестр маркетплейса (Сервис → Загрузить файл предварительных данных…) и укажите там номер реестра (реестр в JSON несёт свой номер сам).</translation>
    </message>
    <message>
        <source>No open lists on this terminal: import a marketplace&apos;s list with Tools → Import pre-advice file…</source>
        <translation type="vanished">Открытых реестров на этом рабочем месте нет: загрузите реестр маркетплейса (Сервис → Загрузить файл предварительных данных…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="115"/>
        <source>Work on this list</source>
        <translation>Работать с реестром</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="119"/>
        <source>Close batch…</source>
        <translation>Закрыть реестр…</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="122"/>
        <source>A supervisor closes the list: missing items, the act, the payment.</source>
        <translation>Реестр закрывает старший смены: недостающие отправления, акт, оплата.</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="126"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="165"/>
        <source>{number} is not an open list on this terminal: check the number, or import the list first.</source>
        <translation>{number} — не открытый реестр на этом рабочем месте: проверьте номер или сначала загрузите реестр.</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="176"/>
        <source>Pick a list, or scan its barcode.</source>
        <translation>Выберите реестр или отсканируйте его штрихкод.</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_screen.py" line="183"/>
        <source>Pick the list to close.</source>
        <translation>Выберите реестр, который нужно закрыть.</translation>
    </message>
</context>
<context>
    <name>BusinessSenderBar</name>
    <message>
        <location filename="../../app/ui/business_sender.py" line="181"/>
        <source>Business sender</source>
        <translation>Отправитель по договору</translation>
    </message>
    <message>
        <location filename="../../app/ui/business_sender.py" line="185"/>
        <source>Public tariff (Shift+F4)</source>
        <translation>Общий тариф (Shift+F4)</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <location filename="../../app/domain/capture.py" line="100"/>
        <source>No weight from the scale: check that it is connected.</source>
        <translation>Нет веса от весов: проверьте подключение.</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="101"/>
        <source>The last weight is {age} s old: the scale stopped sending. Check its cable.</source>
        <translation>Последний вес получен {age} с назад: весы перестали передавать. Проверьте кабель.</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="104"/>
        <source>The scale is overloaded: take the parcel off and split it, or use a larger scale.</source>
        <translation>Перегрузка весов: снимите посылку и разделите её или используйте весы большей грузоподъёмности.</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="107"/>
        <source>The scale shows less than zero: clear the platform and press Zero on the scale.</source>
        <translation>Весы показывают меньше нуля: освободите платформу и нажмите «Ноль» на весах.</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="110"/>
        <source>The scale gives no weight now: wait until it settles.</source>
        <translation>Весы сейчас не дают вес: дождитесь успокоения.</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="116"/>
        <source>The weight is still moving: keep hands off the parcel.</source>
        <translation>Вес ещё колеблется: не касайтесь посылки.</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="117"/>
        <source>Settling: the weight must stay unchanged for {seconds} s.</source>
        <translation>Успокоение: вес не должен меняться {seconds} с.</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="118"/>
        <source>{weight} kg is below the {minimum} kg minimum of this service: send it as an ordinary parcel.</source>
        <translation>{weight} кг меньше минимума услуги {minimum} кг: отправьте обычной посылкой.</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="122"/>
        <source>{weight} kg is above the {maximum} kg maximum of one piece: split the parcel into pieces.</source>
        <translation>{weight} кг больше максимума одного места {maximum} кг: разделите отправление на места.</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="222"/>
        <source>A manual weight needs a supervisor&apos;s approval: ask a supervisor to scan their badge.</source>
        <translation>Ручной ввод веса требует разрешения руководителя: попросите его отсканировать пропуск.</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="225"/>
        <source>Say why the weight is typed in (for example: scale broken, parcel too large).</source>
        <translation>Укажите, почему вес введён вручную (например: весы неисправны, посылка слишком велика).</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="228"/>
        <source>{weight} kg is outside {minimum}-{maximum} kg for one piece of this service.</source>
        <translation>{weight} кг вне пределов {minimum}–{maximum} кг для одного места этой услуги.</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="231"/>
        <source>Unknown weight source {source}.</source>
        <translation>Неизвестный источник веса {source}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/capture.py" line="111"/>
        <source>The scale shows a net weight (a tare is set): clear the tare so that it shows the gross weight, then capture.</source>
        <translation>Весы показывают вес нетто (задана тара): сбросьте тару, чтобы весы показали вес брутто, затем запишите вес.</translation>
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
    <name>CustomerPicker</name>
    <message>
        <location filename="../../app/ui/business_sender.py" line="105"/>
        <source>Business sender</source>
        <translation>Отправитель по договору</translation>
    </message>
    <message>
        <location filename="../../app/ui/business_sender.py" line="109"/>
        <source>code, name, INN / GSTIN, IEC or contract</source>
        <translation>код, название, ИНН / GSTIN, IEC или договор</translation>
    </message>
    <message>
        <location filename="../../app/ui/business_sender.py" line="111"/>
        <source>&amp;Find the customer</source>
        <translation>&amp;Найти клиента</translation>
    </message>
    <message>
        <location filename="../../app/ui/business_sender.py" line="137"/>
        <source>↑↓ choose · Enter takes it · Esc: none</source>
        <translation>↑↓ выбор · Enter — выбрать · Esc — без клиента</translation>
    </message>
    <message>
        <location filename="../../app/ui/business_sender.py" line="140"/>
        <source>No business customer matches “{text}”: check the code or tax id.</source>
        <translation>Нет клиента по запросу «{text}»: проверьте код или ИНН.</translation>
    </message>
    <message>
        <location filename="../../app/ui/business_sender.py" line="146"/>
        <source>This terminal knows no business customers yet: they come from central with the reference data (sync with F5).</source>
        <translation>Терминалу пока не известны клиенты-юрлица: они приходят из центральной системы вместе со справочными данными (синхронизация — F5).</translation>
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
        <location filename="../../app/ui/customs_editor.py" line="275"/>
        <source>What is it? (category &apos;Other&apos; only)</source>
        <translation>для «Прочее»</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="307"/>
        <source>Invoice number</source>
        <translation>Номер инвойса</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="308"/>
        <source>Importer&apos;s reference (tax / VAT / importer code)</source>
        <translation>Код импортёра (ИНН / НДС / иной)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="309"/>
        <source>Importer&apos;s contact (phone, e-mail)</source>
        <translation>Контакт импортёра (телефон, e-mail)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="310"/>
        <source>Licence number</source>
        <translation>Номер лицензии</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="311"/>
        <source>Certificate number</source>
        <translation>Номер сертификата</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="312"/>
        <source>Exporter&apos;s IEC (India export)</source>
        <translation>IEC экспортёра (экспорт из Индии)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="313"/>
        <source>Postal Bill of Export reference (India export)</source>
        <translation>Номер Postal Bill of Export (экспорт из Индии)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="314"/>
        <source>Comments (quarantine, sanitary or other inspection)</source>
        <translation>Примечания (карантинный, санитарный или иной контроль)</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="345"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="347"/>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="349"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="354"/>
        <source>Net weight and value are for the whole line (all units together). Enter: next cell · Ctrl+D: duplicate line · Ctrl+Delete: remove line · Insert: new line</source>
        <translation>Вес нетто и стоимость — за всю строку (все единицы вместе). Enter: следующая ячейка · Ctrl+D: копия строки · Ctrl+Delete: удалить строку · Insert: новая строка</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="454"/>
        <source>Detailed description</source>
        <translation>Подробное описание</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="455"/>
        <source>Quantity</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="456"/>
        <source>Net weight of line, kg</source>
        <translation>Нетто, кг</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="457"/>
        <source>Value of line, {currency}</source>
        <translation>Стоимость, {currency}</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="458"/>
        <source>HS code</source>
        <translation>Код ТН ВЭД</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="459"/>
        <source>Country of origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="707"/>
        <source>Type a whole number, e.g. 4.</source>
        <translation>Введите целое число, например 4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="712"/>
        <source>Type the weight in kg, e.g. 12.5.</source>
        <translation>Введите вес в кг, например 12.5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="722"/>
        <source>Type the amount, e.g. 120.50.</source>
        <translation>Введите сумму, например 120.50.</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="818"/>
        <source>Choose a currency from the list, e.g. EUR, RUB or INR.</source>
        <translation>Выберите валюту из списка, например EUR, RUB или INR.</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="835"/>
        <source>{count} line(s) · total net weight {kg} kg · total value {value} {currency}</source>
        <translation>Строк: {count} · вес нетто {kg} кг · стоимость {value} {currency}</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="922"/>
        <source>Line {n}, {column}: {message}</source>
        <translation>Строка {n}, {column}: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="320"/>
        <location filename="../../app/ui/customs_editor.py" line="520"/>
        <source>More: invoice, licence, certificate, references…</source>
        <translation>Ещё: счёт, лицензия, сертификат, ссылки…</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="504"/>
        <source>Empty line: press Enter again (or Tab) to finish the lines, or type a description.</source>
        <translation>Пустая строка: нажмите Enter ещё раз (или Tab), чтобы закончить строки, или введите описание.</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="518"/>
        <source>Fewer fields</source>
        <translation>Меньше полей</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="370"/>
        <source>Each piece declares its own contents. Alt+Right / Alt+Left: move the line to the next / previous piece · Alt+1…9: put it on that piece</source>
        <translation>Каждое место декларирует своё вложение. Alt+→ / Alt+←: перенести строку на следующее / предыдущее место · Alt+1…9: на это место</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="615"/>
        <source>Description in Latin script</source>
        <translation>Описание латиницей</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="616"/>
        <source>Line {n}, as printed on documents abroad:</source>
        <translation>Строка {n}, как она печатается в документах за рубеж:</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="852"/>
        <source>Line {n}: {latin}</source>
        <translation>Строка {n}: {latin}</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="859"/>
        <source>On documents abroad (Ctrl+L on a line to correct): {lines}</source>
        <translation>В документах за рубеж (Ctrl+L на строке — исправить): {lines}</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="869"/>
        <source>{line} · piece {piece}</source>
        <translation>{line} · место {piece}</translation>
    </message>
    <message>
        <location filename="../../app/ui/customs_editor.py" line="881"/>
        <source>piece {piece}: {count} line(s), {kg} kg, {value} {currency}</source>
        <translation>место {piece}: строк: {count}, {kg} кг, {value} {currency}</translation>
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
    <name>DayCloseDialog</name>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="26"/>
        <source>Close the business day</source>
        <translation>Закрытие операционного дня</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="27"/>
        <source>Close {day}: every acceptance so far goes on a numbered manifest and is locked. Later acceptances go on the next manifest. Count the drawer first.</source>
        <translation>Закрыть {day}: все принятые до сих пор отправления войдут в пронумерованную ведомость и будут заблокированы. Более поздние войдут в следующую ведомость. Сначала пересчитайте кассу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="36"/>
        <source>Summary of {day}</source>
        <translation>Итоги за {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="48"/>
        <source>Acceptances</source>
        <translation>Приёмов</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="49"/>
        <source>Pieces</source>
        <translation>Мест</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="51"/>
        <source>Gross weight</source>
        <translation>Вес брутто</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="52"/>
        <source>{kg} kg</source>
        <translation>{kg} кг</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="54"/>
        <source>Fees</source>
        <translation>Плата за пересылку</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="55"/>
        <source>paid in cash</source>
        <translation>наличными</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="55"/>
        <source>paid by card</source>
        <translation>картой</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="56"/>
        <source>charged to accounts</source>
        <translation>по договорам</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="60"/>
        <source>left unpaid (supervisor)</source>
        <translation>без оплаты (разрешил руководитель)</translation>
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
        <translation>оплата не отмечена</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="73"/>
        <source>Voided</source>
        <translation>Аннулировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="74"/>
        <source>{n} ({pieces} pieces) · {amount}</source>
        <translation>{n} (мест: {pieces}) · {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="82"/>
        <source>Cash that should be in the drawer</source>
        <translation>Должно быть наличных в кассе</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="84"/>
        <source>To close now</source>
        <translation>Закрывается сейчас</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_close_dialog.py" line="85"/>
        <source>{n} open acceptances</source>
        <translation>открытых приёмов: {n}</translation>
    </message>
</context>
<context>
    <name>DayList</name>
    <message>
        <location filename="../../app/ui/day_list.py" line="29"/>
        <source>Today&apos;s acceptances</source>
        <translation>Приём за сегодня</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="37"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="38"/>
        <source>S10</source>
        <translation>S10</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="39"/>
        <source>Addressee</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="40"/>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="43"/>
        <source>Gross,
kg</source>
        <translation>Брутто,
кг</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="44"/>
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
        <location filename="../../app/ui/day_list.py" line="46"/>
        <source>Fee</source>
        <translation>Плата</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="106"/>
        <source>void</source>
        <translation>аннулировано</translation>
    </message>
    <message>
        <source>{n} consignments · {p} pieces · {kg} kg · fees {fees}</source>
        <translation type="vanished">Отправлений: {n} · мест: {p} · {kg} кг · плата {fees}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/day_list.py" line="137"/>
        <source>%n consignment(s)</source>
        <translation>
            <numerusform>%n отправление</numerusform>
            <numerusform>%n отправления</numerusform>
            <numerusform>%n отправлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/day_list.py" line="138"/>
        <source>%n piece(s)</source>
        <translation>
            <numerusform>%n место</numerusform>
            <numerusform>%n места</numerusform>
            <numerusform>%n мест</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="139"/>
        <source>{kg} kg</source>
        <translation>{kg} кг</translation>
    </message>
    <message>
        <location filename="../../app/ui/day_list.py" line="140"/>
        <source>fees {fees}</source>
        <translation>плата {fees}</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="288"/>
        <source>Scale and printers</source>
        <translation>Весы и принтеры</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="290"/>
        <source>Set them up now, or later from the Tools menu. Finish starts the log-in.</source>
        <translation>Настройте их сейчас или позже в меню «Сервис». «Готово» открывает вход в систему.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="292"/>
        <source>Scale…</source>
        <translation>Весы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="295"/>
        <source>Printers…</source>
        <translation>Принтеры…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="310"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <location filename="../../app/ui/print_preview.py" line="820"/>
        <source>Printing failed: %1</source>
        <translation>Ошибка печати: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="796"/>
        <source>Not printed (no printer set up): %1. Ctrl+P shows them.</source>
        <translation>Не напечатано (принтер не настроен): %1. Ctrl+P покажет их.</translation>
    </message>
</context>
<context>
    <name>Duty</name>
    <message>
        <location filename="../../app/domain/duty.py" line="45"/>
        <source>{regime}: no import duty on this category ({category}).</source>
        <translation>{regime}: эта категория ({category}) пошлиной не облагается.</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="46"/>
        <source>{regime}: duty-free, the value {value} {currency} is within {limit} {currency} and the gross weight {kg} kg within {kg_limit} kg.</source>
        <translation>{regime}: без пошлины — стоимость {value} {currency} в пределах {limit} {currency}, вес брутто {kg} кг в пределах {kg_limit} кг.</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="60"/>
        <source>{regime}: duty-free, the value {value} {currency} is within {limit} {currency}.</source>
        <translation>{regime}: без пошлины — стоимость {value} {currency} в пределах {limit} {currency}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="63"/>
        <source>{regime}: {rate} % of the value over {limit} {currency} is {by_value} {currency}; at least {per_kg} {currency} per kg over {kg_over} kg is {by_weight} {currency}; expected duty {duty} {currency}.</source>
        <translation>{regime}: {rate} % от стоимости сверх {limit} {currency} — {by_value} {currency}; не менее {per_kg} {currency} за кг сверх {kg_over} кг — {by_weight} {currency}; ожидаемая пошлина {duty} {currency}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="69"/>
        <source>{regime}: {rate} % of the whole value {value} {currency} is {by_value} {currency}; at least {per_kg} {currency} per kg is {by_weight} {currency}; duty {duty} plus VAT {vat_rate} % {vat}: expected {total} {currency}.</source>
        <translation>{regime}: {rate} % от всей стоимости {value} {currency} — {by_value} {currency}; не менее {per_kg} {currency} за кг — {by_weight} {currency}; пошлина {duty} плюс НДС {vat_rate} % {vat}: ожидается {total} {currency}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="75"/>
        <source>(The exchange rate of {as_of} is out of date: the amount is a rough guide.)</source>
        <translation>(Курс валют на {as_of} устарел: сумма ориентировочная.)</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="78"/>
        <source>No import duty estimate for {country}: customs there assess it on arrival.</source>
        <translation>Для {country} пошлина заранее не рассчитывается: её определит таможня по прибытии.</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="51"/>
        <source>{regime}: each of the {count} items (S10) is assessed on its own; expected charges {total} {currency} in all ({each} {currency}).</source>
        <translation>{regime}: каждое из отправлений ({count}, S10) оценивается отдельно; ожидаемые платежи всего {total} {currency} ({each} {currency}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/duty.py" line="56"/>
        <source>{regime} counts the {count} items of this consignment as one shipment: {detail}</source>
        <translation>{regime}: отправления этой партии ({count}) считаются одним отправлением: {detail}</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <location filename="../../app/services/enrolment.py" line="42"/>
        <source>Central does not know this code: check it, or ask head office for a new one.</source>
        <translation>Центральная система не знает этот код: проверьте его или запросите новый в главном офисе.</translation>
    </message>
    <message>
        <location filename="../../app/services/enrolment.py" line="45"/>
        <source>This code was already used: each code joins one terminal. Ask head office for a new one.</source>
        <translation>Этот код уже использован: один код подключает один терминал. Запросите новый в главном офисе.</translation>
    </message>
    <message>
        <location filename="../../app/services/enrolment.py" line="49"/>
        <source>This code has expired (codes are valid 24 hours). Ask head office for a new one.</source>
        <translation>Срок действия кода истёк (код действует 24 часа). Запросите новый в главном офисе.</translation>
    </message>
    <message>
        <location filename="../../app/services/enrolment.py" line="52"/>
        <source>An enrolment code has 12 letters and digits, e.g. ABCD-EFGH-JKMN; check what was typed.</source>
        <translation>Код подключения состоит из 12 букв и цифр, например ABCD-EFGH-JKMN; проверьте введённое.</translation>
    </message>
    <message>
        <location filename="../../app/services/enrolment.py" line="232"/>
        <source>Enter the enrolment code head office gave you.</source>
        <translation>Введите код подключения, выданный главным офисом.</translation>
    </message>
    <message>
        <location filename="../../app/services/enrolment.py" line="238"/>
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
    <name>Fiscal</name>
    <message>
        <location filename="../../app/services/fiscal/register.py" line="34"/>
        <source>The cash register does not answer. Check that it is on and connected and that ATOL Driver is running; the payment waits and is sent again by itself.</source>
        <translation>Касса не отвечает. Проверьте, что она включена и подключена и что запущен драйвер АТОЛ; оплата ждёт и будет отправлена повторно сама.</translation>
    </message>
    <message>
        <location filename="../../app/services/fiscal/register.py" line="39"/>
        <source>The cash register is out of paper. Put in a new roll and close the lid; the payment is sent again by itself.</source>
        <translation>В кассе закончилась бумага. Вставьте новый рулон и закройте крышку; оплата будет отправлена повторно сама.</translation>
    </message>
    <message>
        <location filename="../../app/services/fiscal/register.py" line="44"/>
        <source>The register&apos;s fiscal drive is nearly full or expiring. Tell the supervisor today: it must be replaced before it blocks sales.</source>
        <translation>Фискальный накопитель кассы почти заполнен или истекает. Сообщите руководителю сегодня: его нужно заменить, пока он не заблокировал продажи.</translation>
    </message>
    <message>
        <location filename="../../app/services/fiscal/register.py" line="49"/>
        <source>The register has not sent receipts to the fiscal data operator for days. Check the register&apos;s network; after 30 days it blocks sales.</source>
        <translation>Касса несколько дней не передаёт чеки оператору фискальных данных. Проверьте сеть кассы; через 30 дней она заблокирует продажи.</translation>
    </message>
    <message>
        <location filename="../../app/services/fiscal/register.py" line="54"/>
        <source>The register&apos;s shift is older than 24 hours; it is closed and a new one opened.</source>
        <translation>Смена кассы длится больше 24 часов; она закрывается и открывается новая.</translation>
    </message>
    <message>
        <location filename="../../app/services/fiscal/register.py" line="57"/>
        <source>The register&apos;s shift is closed; it is opened for today&apos;s business day.</source>
        <translation>Смена кассы закрыта; она открывается на сегодняшний операционный день.</translation>
    </message>
    <message>
        <location filename="../../app/services/fiscal/register.py" line="60"/>
        <source>The cash register refused the receipt ({detail}). Tell the supervisor; the payment waits and is sent again.</source>
        <translation>Касса отказала в чеке ({detail}). Сообщите руководителю; оплата ждёт и будет отправлена повторно.</translation>
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
        <location filename="../../app/ui/setup_wizard.py" line="165"/>
        <source>Join a branch</source>
        <translation>Подключиться к отделению</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="167"/>
        <source>Enter central&apos;s address and the one-time code (valid 24 hours, one terminal).</source>
        <translation>Введите адрес центральной системы и одноразовый код (действует 24 часа, для одного терминала).</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="179"/>
        <source>(the system&apos;s certificates)</source>
        <translation>(сертификаты системы)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="180"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="185"/>
        <source>Check connection and join</source>
        <translation>Проверить связь и подключиться</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="192"/>
        <source>Central&apos;s address:</source>
        <translation>Адрес центральной системы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="193"/>
        <source>Enrolment code:</source>
        <translation>Код подключения:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="194"/>
        <source>CA certificate (optional):</source>
        <translation>Сертификат ЦС (необязательно):</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="211"/>
        <source>CA certificate</source>
        <translation>Сертификат ЦС</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="211"/>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Сертификаты (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="224"/>
        <source>Checking the connection to central…</source>
        <translation>Проверка связи с центральной системой…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="237"/>
        <source>Connected to central {version}; its certificate was checked.</source>
        <translation>Связь с центральной системой {version} установлена; её сертификат проверен.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="239"/>
        <source>Connected to central {version} on this machine (no encryption).</source>
        <translation>Связь с центральной системой {version} на этом компьютере установлена (без шифрования).</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="245"/>
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
        <location filename="../../app/ui/setup_wizard.py" line="274"/>
        <source>Joining failed unexpectedly; try again or call head office.</source>
        <translation>Подключение неожиданно не удалось; попробуйте ещё раз или позвоните в главный офис.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="275"/>
        <source>Not joined: {reason}</source>
        <translation>Не подключено: {reason}</translation>
    </message>
</context>
<context>
    <name>LoadBinding</name>
    <message>
        <location filename="../../app/domain/load_binding.py" line="41"/>
        <source>Capture dropped: the load changed from {captured} kg to {live} kg (more than one scale interval, {interval} g). Weigh again with F8.</source>
        <translation>Записанный вес сброшен: груз изменился с {captured} кг на {live} кг (больше одного деления весов, {interval} г). Взвесьте заново клавишей F8.</translation>
    </message>
    <message>
        <location filename="../../app/domain/load_binding.py" line="46"/>
        <source>Capture dropped: the load kept moving for more than {seconds} s. Keep hands off the parcel and weigh again with F8.</source>
        <translation>Записанный вес сброшен: груз был в движении дольше {seconds} с. Не касайтесь посылки и взвесьте заново клавишей F8.</translation>
    </message>
    <message>
        <location filename="../../app/domain/load_binding.py" line="51"/>
        <source>Capture dropped: the scale is overloaded. Take the load off and weigh again.</source>
        <translation>Записанный вес сброшен: весы перегружены. Снимите груз и взвесьте заново.</translation>
    </message>
    <message>
        <location filename="../../app/domain/load_binding.py" line="54"/>
        <source>Capture dropped: the scale shows less than zero (the load was taken off). Zero the scale and weigh again.</source>
        <translation>Записанный вес сброшен: весы показывают меньше нуля (груз сняли). Обнулите весы и взвесьте заново.</translation>
    </message>
    <message>
        <location filename="../../app/domain/load_binding.py" line="59"/>
        <source>Capture dropped: the scale disconnected or stopped sending. Check its cable and weigh again.</source>
        <translation>Записанный вес сброшен: весы отключились или перестали передавать данные. Проверьте кабель и взвесьте заново.</translation>
    </message>
    <message>
        <location filename="../../app/domain/load_binding.py" line="64"/>
        <source>Not accepted: the scale has sent no weight for {age} s, so the captured weight cannot be confirmed. Check the scale&apos;s cable and weigh again.</source>
        <translation>Не принято: весы не передают вес уже {age} с, записанный вес нельзя подтвердить. Проверьте кабель весов и взвесьте заново.</translation>
    </message>
    <message>
        <location filename="../../app/domain/load_binding.py" line="69"/>
        <source>Not accepted: no live reading confirms the captured weight. Check the scale and weigh again.</source>
        <translation>Не принято: нет текущего показания весов, подтверждающего записанный вес. Проверьте весы и взвесьте заново.</translation>
    </message>
    <message>
        <location filename="../../app/domain/load_binding.py" line="74"/>
        <source>Not accepted: the load is moving. Wait until the scale is stable, then accept again.</source>
        <translation>Не принято: груз в движении. Дождитесь стабильного показания и примите снова.</translation>
    </message>
    <message>
        <location filename="../../app/domain/load_binding.py" line="78"/>
        <source>Clear the platform: the scale still shows the load weighed last ({weight} kg). Take it off (the scale must return to zero) before weighing the next piece; a supervisor can allow a re-weigh of the same piece.</source>
        <translation>Освободите платформу: на весах всё ещё последний взвешенный груз ({weight} кг). Снимите его (весы должны вернуться к нулю), прежде чем взвешивать следующее место; повторное взвешивание того же места может разрешить руководитель.</translation>
    </message>
    <message>
        <location filename="../../app/services/weighing_override.py" line="45"/>
        <source>Say why the same piece is weighed again.</source>
        <translation>Укажите, почему то же место взвешивается повторно.</translation>
    </message>
    <message>
        <source>A supervisor&apos;s number and PIN are needed.</source>
        <translation type="vanished">Нужны табельный номер и PIN руководителя.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="33"/>
        <source>PostCounter — log in</source>
        <translation>PostCounter — вход</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="36"/>
        <source>scan your badge or type your number</source>
        <translation>пропуск или табельный номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="44"/>
        <source>Staff number</source>
        <translation>Табельный номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="45"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="49"/>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="53"/>
        <source>&lt;h2&gt;PostCounter&lt;/h2&gt;Heavy parcels Russia ⇄ India</source>
        <translation>&lt;h2&gt;PostCounter&lt;/h2&gt;Тяжёлые посылки Россия ⇄ Индия</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="59"/>
        <source>DEMO MODE — training data only. Clerk {c} / PIN {cp}, supervisor {s} / PIN {sp}.</source>
        <translation>ДЕМО-РЕЖИМ — только учебные данные. Оператор {c} / PIN {cp}, руководитель {s} / PIN {sp}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="105"/>
        <source>⚠ Staff number or PIN is wrong. Try again or ask your supervisor.</source>
        <translation>⚠ Неверный табельный номер или PIN. Попробуйте ещё раз или обратитесь к руководителю.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="115"/>
        <source>⚠ Set a new PIN of 6 to 12 digits to log in.</source>
        <translation>⚠ Чтобы войти, задайте новый PIN-код из 6–12 цифр.</translation>
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
        <translation>Аннулировать выбранный приём…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>Reprint documents of selected acceptance</source>
        <translation>Перепечатать документы выбранного приёма</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>Correct selected acceptance…</source>
        <translation>Исправить выбранный приём…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="198"/>
        <source>DEMO MODE — demo branch and staff, simulated scale. Nothing here is real postage.</source>
        <translation>ДЕМО-РЕЖИМ — учебное ОПС и сотрудники, имитация весов. Реальной оплаты здесь нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="233"/>
        <source>Operator: {name} ({number}, {role})</source>
        <translation>Сотрудник: {name} ({number}, {role})</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="267"/>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="308"/>
        <source>supervisor</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="308"/>
        <source>clerk</source>
        <translation>оператор</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="311"/>
        <source>&amp;Session</source>
        <translation>&amp;Сеанс</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="312"/>
        <source>Log &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="315"/>
        <source>&amp;Quit</source>
        <translation>&amp;Закрыть программу</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="321"/>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="326"/>
        <source>Print today&apos;s &amp;manifest…</source>
        <translation>Печать &amp;ведомости за сегодня…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="329"/>
        <source>&amp;Close the business day…</source>
        <translation>&amp;Закрыть операционный день…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="332"/>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="333"/>
        <source>&amp;Scale settings…</source>
        <translation>&amp;Настройки весов…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="336"/>
        <source>S&amp;canner settings…</source>
        <translation>Настройки с&amp;канера…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="339"/>
        <source>&amp;Printing settings…</source>
        <translation>Настройки &amp;печати…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="343"/>
        <source>Cash &amp;register settings…</source>
        <translation>Настройки к&amp;ассы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="350"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="353"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="364"/>
        <source>&amp;Import pre-advice file…</source>
        <translation>&amp;Загрузить файл предварительных данных…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="370"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="379"/>
        <source>stable</source>
        <translation>стабильно</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="380"/>
        <source>motion</source>
        <translation>колебания</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="381"/>
        <source>overload</source>
        <translation>перегрузка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="382"/>
        <source>under zero</source>
        <translation>ниже нуля</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="383"/>
        <source>no scale</source>
        <translation>нет весов</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="387"/>
        <source>simulated scale</source>
        <translation>имитация</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="387"/>
        <source>scale</source>
        <translation>реальные</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="390"/>
        <source>Scale: {state}</source>
        <translation>Весы: {state}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="392"/>
        <source>Scale ({kind}): {state}</source>
        <translation>Весы ({kind}): {state}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="475"/>
        <source>Scanner: ready ({port})</source>
        <translation>Сканер: готов ({port})</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="476"/>
        <source>Scanner: NOT CONNECTED ({port}), check the cable</source>
        <translation>Сканер: НЕ ПОДКЛЮЧЁН ({port}), проверьте кабель</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="478"/>
        <source>Scanner: opening {port}…</source>
        <translation>Сканер: открывается {port}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="507"/>
        <source>Settings not saved</source>
        <translation>Настройки не сохранены</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="508"/>
        <source>The settings were not saved: {error}</source>
        <translation>Настройки не сохранены: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="520"/>
        <source>Printing settings saved.</source>
        <translation>Настройки печати сохранены.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="531"/>
        <source>Cash register settings</source>
        <translation>Настройки кассы</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="532"/>
        <source>A supervisor changes the cash register&apos;s settings.</source>
        <translation>Настройки кассы меняет руководитель.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="556"/>
        <source>Cash register settings saved.</source>
        <translation>Настройки кассы сохранены.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="569"/>
        <source>The language changes when you log out and in again (Ctrl+Shift+L).</source>
        <translation>Язык сменится, когда вы выйдете и снова войдёте (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="618"/>
        <source>Accepted {s10}</source>
        <translation>Принято {s10}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="680"/>
        <source>Charged to the account of {customer}: {amount}.</source>
        <translation>Списано в счёт договора {customer}: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="744"/>
        <source>Day {day}</source>
        <translation>День {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="795"/>
        <source>Approve the correction</source>
        <translation>Подтверждение исправления</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="796"/>
        <source>A supervisor approves every correction sent to central.</source>
        <translation>Каждое исправление, отправляемое в центр, подтверждает руководитель.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="846"/>
        <source>Central: not configured (offline work)</source>
        <translation>Центр: не настроен (автономная работа)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="848"/>
        <source>Central: online</source>
        <translation>Центр: на связи</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="850"/>
        <source>Central: OFFLINE — working locally</source>
        <translation>Центр: НЕТ СВЯЗИ — работа локально</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="853"/>
        <source>last sync {time}</source>
        <translation>последняя синхронизация {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="855"/>
        <source>⚠ {n} need attention</source>
        <translation>⚠ требуют внимания: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="868"/>
        <source>A voided acceptance is not corrected: accept the parcel anew.</source>
        <translation>Аннулированный приём не исправляют: примите отправление заново.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="881"/>
        <source>Correct {s10}</source>
        <translation>Исправление {s10}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="890"/>
        <source>Not sent: a supervisor must approve the correction.</source>
        <translation>Не отправлено: исправление должен подтвердить руководитель.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="910"/>
        <source>Corrected {s10}; central receives the correction.</source>
        <translation>{s10} исправлено; центр получит исправление.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="950"/>
        <source>Printing failed</source>
        <translation>Ошибка печати</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="951"/>
        <source>{message}
The acceptance is stored; reprint it from today&apos;s list.</source>
        <translation>{message}
Приём сохранён; перепечатайте документы из списка за сегодня.</translation>
    </message>
    <message>
        <source>Close the business day</source>
        <translation type="vanished">Закрытие операционного дня</translation>
    </message>
    <message>
        <source>Close {day}: every acceptance so far goes on a numbered manifest and is locked. Later acceptances go on the next manifest.</source>
        <translation type="vanished">Закрыть {day}: все принятые отправления войдут в пронумерованную ведомость и будут закрыты для изменений. Последующий приём войдёт в следующую ведомость.</translation>
    </message>
    <message>
        <source>Supervisor number or PIN is wrong.</source>
        <translation type="vanished">Неверный табельный номер руководителя или PIN.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="980"/>
        <source>Day closed: manifest {n}</source>
        <translation>День закрыт: ведомость {n}</translation>
    </message>
    <message>
        <source>A supervisor&apos;s number and PIN are needed to approve a manual weight.</source>
        <translation type="vanished">Для ручного ввода веса нужны табельный номер и PIN руководителя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1009"/>
        <source>Type the weight in kg, e.g. 152.35.</source>
        <translation>Введите вес в кг, например 152.35.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1040"/>
        <source>{s10} was pre-advised and is already accepted.</source>
        <translation>{s10} есть в предварительных данных и уже принят.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1046"/>
        <source>{grouped} · pre-advised ({source}, row {row}): check, weigh, measure, accept</source>
        <translation>{grouped} · есть предварительные данные ({source}, строка {row}): проверьте, взвесьте, измерьте, примите</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1072"/>
        <source>Regular sender found by phone: details filled in.</source>
        <translation>Постоянный отправитель найден по телефону: данные заполнены.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1095"/>
        <source>No identifiers left in this branch&apos;s blocks: connect to central to get a new block, or use pre-printed labels. ({error})</source>
        <translation>В диапазонах этого ОПС закончились идентификаторы: подключитесь к центру за новым диапазоном или используйте готовые ярлыки. ({error})</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1108"/>
        <source>Import pre-advice</source>
        <translation>Загрузка предварительных данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1108"/>
        <source>Pre-advice files (*.csv *.json)</source>
        <translation>Файлы предварительных данных (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1152"/>
        <source>{file}: {parcels} parcels, {new} new, {updated} updated, {same} unchanged, {bad} rejected.</source>
        <translation>{file}: посылок — {parcels}; новых — {new}, обновлено — {updated}, без изменений — {same}, отклонено — {bad}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1170"/>
        <source>Further warnings not shown: {count}.</source>
        <translation>Ещё предупреждений (не показаны): {count}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1177"/>
        <source>List {number}: call it up with Ctrl+B or by scanning it.</source>
        <translation>Реестр {number}: откройте его клавишами Ctrl+B или сканированием.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1136"/>
        <location filename="../../app/ui/main_window.py" line="1182"/>
        <source>Pre-advice import</source>
        <translation>Загрузка предварительных данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1137"/>
        <source>Nothing was imported: {error}</source>
        <translation>Ничего не загружено: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="261"/>
        <location filename="../../app/ui/main_window.py" line="743"/>
        <source>Sync queue: {n}</source>
        <translation>Очередь отправки: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="745"/>
        <source>Business day {day}</source>
        <translation>Операционный день {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="756"/>
        <location filename="../../app/ui/main_window.py" line="933"/>
        <source>Select an acceptance in today&apos;s list first.</source>
        <translation>Сначала выберите приём в списке за сегодня.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="761"/>
        <source>Void acceptance</source>
        <translation>Аннулирование приёма</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="762"/>
        <source>Void {s10}? The record is kept and marked void; central is told.</source>
        <translation>Аннулировать {s10}? Запись сохранится с отметкой об аннулировании; центр будет уведомлён.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="782"/>
        <source>Voided {s10}</source>
        <translation>Аннулировано {s10}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="678"/>
        <source>Left unpaid with a supervisor&apos;s approval.</source>
        <translation>Оставлено без оплаты с разрешения руководителя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="684"/>
        <source>Paid in cash {amount}; change {change}.</source>
        <translation>Оплачено наличными {amount}; сдача {change}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="688"/>
        <source>Paid by card {amount}.</source>
        <translation>Оплачено картой {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="812"/>
        <source>{old} relabelled as {new}: put the new label on the parcel.</source>
        <translation>{old} перемаркировано как {new}: наклейте новый ярлык на отправление.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="826"/>
        <source>Relabel</source>
        <translation>Перемаркировка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1204"/>
        <source>Leave with a consignment half done?</source>
        <translation>Выйти, не закончив отправление?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1205"/>
        <source>The consignment on the form is not accepted yet. Leave and lose what was typed and weighed?</source>
        <translation>Отправление на форме ещё не принято. Выйти и потерять введённое и взвешенное?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="347"/>
        <source>&amp;Unlock a staff number…</source>
        <translation>&amp;Разблокировать табельный номер…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="994"/>
        <source>Staff number {n} is unlocked.</source>
        <translation>Табельный номер {n} разблокирован.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="384"/>
        <source>none set up</source>
        <translation>не подключены</translation>
    </message>
</context>
<context>
    <name>ManualWeightApproval</name>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="170"/>
        <source>Manual weight</source>
        <translation>Ручной ввод веса</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="171"/>
        <source>Only when the scale cannot weigh this piece. The weight is stored as typed in, with the approving supervisor and the reason.</source>
        <translation>Только если весы не могут взвесить это место. Вес сохраняется как введён, с указанием разрешившего руководителя и причины.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="182"/>
        <source>Weight, kg</source>
        <translation>Вес, кг</translation>
    </message>
</context>
<context>
    <name>PartyForm</name>
    <message>
        <location filename="../../app/ui/party_form.py" line="85"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="86"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="87"/>
        <source>Street, house, flat</source>
        <translation>Улица, дом, квартира</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="88"/>
        <source>City</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="89"/>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="90"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="135"/>
        <source>type a code or name, e.g. IN</source>
        <translation>напр. IN или Индия</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="155"/>
        <source>in Latin script, for documents abroad</source>
        <translation>латиницей, для документов за рубеж</translation>
    </message>
    <message>
        <location filename="../../app/ui/party_form.py" line="158"/>
        <source>Printed on the CN 23, label and advance data instead of the original. Correct it if needed (Ctrl+L switches between the two fields).</source>
        <translation>Печатается в CN 23, на ярлыке и в предварительных данных вместо оригинала. Исправьте при необходимости (Ctrl+L — переход между полями).</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <location filename="../../app/domain/payment.py" line="62"/>
        <source>Choose how the customer pays: cash, card or account.</source>
        <translation>Выберите способ оплаты: наличные, карта или договор.</translation>
    </message>
    <message>
        <location filename="../../app/domain/payment.py" line="70"/>
        <source>Cash is taken in {currency} only.</source>
        <translation>Наличные принимаются только в {currency}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/payment.py" line="73"/>
        <source>Type the cash received, e.g. 2000.</source>
        <translation>Введите полученную сумму, например 2000.</translation>
    </message>
    <message>
        <location filename="../../app/domain/payment.py" line="76"/>
        <source>{given} is less than the {due} due: take {short} more, or choose card.</source>
        <translation>{given} меньше суммы к оплате {due}: получите ещё {short} или выберите карту.</translation>
    </message>
    <message>
        <location filename="../../app/domain/payment.py" line="86"/>
        <source>{given} is far more than the {due} due: check the amount typed.</source>
        <translation>{given} намного больше суммы к оплате {due}: проверьте введённую сумму.</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_account.py" line="174"/>
        <source>Account payment refused: {customer} may not pay on account under its contract. Take the payment in cash or card.</source>
        <translation>Оплата по договору отклонена: договор {customer} не предусматривает оплату по счёту. Примите оплату наличными или картой.</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_account.py" line="195"/>
        <source>Account payment refused: central keeps {customer}&apos;s account in {currency}, its contract says {limit}. Take the payment in cash or card and tell head office.</source>
        <translation>Оплата по договору отклонена: центральная система ведёт счёт {customer} в {currency}, а в договоре указан лимит {limit}. Примите оплату наличными или картой и сообщите в главный офис.</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_account.py" line="225"/>
        <source>Account payment refused: {customer}&apos;s contract is no longer active. Take the payment in cash or card.</source>
        <translation>Оплата по договору отклонена: договор с {customer} больше не действует. Примите оплату наличными или картой.</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_account.py" line="235"/>
        <source>Account payment refused: {customer}&apos;s account is kept in {currency}, this charge is {amount}. Take the payment in cash or card.</source>
        <translation>Оплата по договору отклонена: счёт {customer} ведётся в {currency}, а эта сумма — {amount}. Примите оплату наличными или картой.</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_account.py" line="246"/>
        <source>Account payment refused: {customer} owes {owed} of its {limit} limit; this charge is {amount}. Take the payment in cash or card, or ask the customer to settle its account.</source>
        <translation>Оплата по договору отклонена: долг {customer} — {owed} при лимите {limit}; эта сумма — {amount}. Примите оплату наличными или картой или попросите клиента погасить задолженность.</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_account.py" line="294"/>
        <source>Account: this business sender&apos;s contract does not allow payment on account.</source>
        <translation>По договору: договор этого отправителя не предусматривает оплату в счёт договора.</translation>
    </message>
    <message>
        <location filename="../../app/services/payment.py" line="49"/>
        <source>Account: no business senders with an account are set up at this branch yet.</source>
        <translation>По договору: в этом ОПС пока нет отправителей-юрлиц с договором.</translation>
    </message>
    <message>
        <location filename="../../app/services/payment.py" line="52"/>
        <source>Account: only for business senders with an account; choose the business sender (F4) before accepting.</source>
        <translation>По договору: только для отправителей-юрлиц с договорным счётом; выберите отправителя-юрлицо (F4) до приёма.</translation>
    </message>
    <message>
        <location filename="../../app/services/payment.py" line="92"/>
        <location filename="../../app/services/payment.py" line="308"/>
        <location filename="../../app/services/payment.py" line="381"/>
        <source>This acceptance is not in this terminal.</source>
        <translation>Этого приёма нет на данном терминале.</translation>
    </message>
    <message>
        <location filename="../../app/services/payment.py" line="143"/>
        <source>This acceptance is void: no payment is taken for it.</source>
        <translation>Этот приём аннулирован: оплата за него не принимается.</translation>
    </message>
    <message>
        <location filename="../../app/services/payment.py" line="147"/>
        <source>The payment of this acceptance is already recorded.</source>
        <translation>Оплата этого приёма уже отмечена.</translation>
    </message>
    <message>
        <location filename="../../app/services/payment.py" line="311"/>
        <source>This parcel is on a business customer&apos;s list: the list is paid in one payment when a supervisor closes it.</source>
        <translation>Эта посылка — из реестра бизнес-клиента: реестр оплачивается одним платежом, когда руководитель его закрывает.</translation>
    </message>
    <message>
        <location filename="../../app/services/payment.py" line="362"/>
        <source>Give the reason for leaving it unpaid in a few words.</source>
        <translation>Укажите в нескольких словах, почему отправление остаётся без оплаты.</translation>
    </message>
    <message>
        <source>A supervisor&apos;s number and PIN are needed to leave it unpaid.</source>
        <translation type="vanished">Чтобы оставить без оплаты, нужны табельный номер и PIN руководителя.</translation>
    </message>
    <message>
        <location filename="../../app/services/payment.py" line="173"/>
        <source>The customer&apos;s GSTIN {gstin} is not valid: check it on their certificate, or leave it empty for an unregistered customer.</source>
        <translation>GSTIN клиента {gstin} недействителен: сверьте его со свидетельством или оставьте поле пустым для незарегистрированного клиента.</translation>
    </message>
    <message>
        <location filename="../../app/services/payment.py" line="298"/>
        <source>For an electronic receipt type a phone number (+79001234567) or an e-mail address, or leave the field empty.</source>
        <translation>Для электронного чека введите номер телефона (+79001234567) или адрес e-mail либо оставьте поле пустым.</translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="131"/>
        <source>Cas&amp;h</source>
        <translation>&amp;Наличные</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="133"/>
        <source>&amp;Card</source>
        <translation>&amp;Карта</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="135"/>
        <source>Acc&amp;ount</source>
        <translation>По до&amp;говору</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="154"/>
        <source>exact amount</source>
        <translation>без сдачи</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="157"/>
        <source>Cash &amp;received</source>
        <translation>&amp;Получено</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="161"/>
        <source>Change</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="183"/>
        <source>Record payment (Enter)</source>
        <translation>Отметить оплату (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="198"/>
        <source>Leave &amp;unpaid… (supervisor)</source>
        <translation>Оставить &amp;без оплаты… (руководитель)</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="203"/>
        <source>The next parcel can be scanned when the payment is recorded. Type the cash received (empty: the exact amount) and press Enter; Alt+C for card.</source>
        <translation>Следующее отправление можно сканировать, когда оплата отмечена. Введите полученную сумму (пусто — без сдачи) и нажмите Enter; Alt+К — картой.</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="221"/>
        <source>Amount due</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="223"/>
        <source>Payment method</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="256"/>
        <source>Payment for {s10}</source>
        <translation>Оплата за {s10}</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="271"/>
        <source>Record the payment first (or a supervisor leaves it unpaid); then scan the next parcel.</source>
        <translation>Сначала отметьте оплату (или руководитель оставит без оплаты), затем сканируйте следующее отправление.</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="338"/>
        <source>Type the cash received as a number, e.g. 2000 or 2000.50.</source>
        <translation>Введите полученную сумму числом, например 2000 или 2000,50.</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="492"/>
        <source>Leave unpaid</source>
        <translation>Оставить без оплаты</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="493"/>
        <source>Let {s10} go without payment of {amount}? The supervisor&apos;s number and the reason are recorded and reported.</source>
        <translation>Отправить {s10} без оплаты {amount}? Номер руководителя и причина сохраняются и попадают в отчёт.</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="524"/>
        <source>The payment was not saved: {error}. Try Enter again.</source>
        <translation>Оплата не сохранена: {error}. Нажмите Enter ещё раз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="170"/>
        <source>Customer &amp;GSTIN</source>
        <translation>&amp;GSTIN клиента</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="170"/>
        <source>E-receipt to (&amp;phone/e-mail)</source>
        <translation>Эл. чек на (&amp;телефон/e-mail)</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="174"/>
        <source>optional, for a registered business</source>
        <translation>необязательно, для зарегистрированной организации</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="176"/>
        <source>optional: the customer&apos;s phone or e-mail</source>
        <translation>необязательно: телефон или e-mail клиента</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="189"/>
        <source>Next customer; register it later</source>
        <translation>Следующий клиент; зарегистрировать позже</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="372"/>
        <source>The payment is stored but not yet registered: {advice} Press Enter to try the register now, or serve the next customer: it is sent every minute.</source>
        <translation>Оплата сохранена, но ещё не зарегистрирована в кассе: {advice} Нажмите Enter, чтобы повторить сейчас, или обслуживайте следующего клиента: отправка повторяется каждую минуту.</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="387"/>
        <source>The payment of {s10} waits for the cash register; it is sent every minute.</source>
        <translation>Оплата {s10} ждёт кассу; отправка повторяется каждую минуту.</translation>
    </message>
    <message>
        <source>The payment is stored but not yet registered: {advice} Press Enter to try the register again.</source>
        <translation type="vanished">Оплата сохранена, но ещё не зарегистрирована в кассе: {advice} Нажмите Enter, чтобы повторить.</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="418"/>
        <source>Cash register shift {n} closed (Z report).</source>
        <translation>Смена кассы {n} закрыта (Z-отчёт).</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_panel.py" line="464"/>
        <source>The cash register could not be reached: {error}</source>
        <translation>Нет связи с кассой: {error}</translation>
    </message>
</context>
<context>
    <name>PinChangeDialog</name>
    <message>
        <location filename="../../app/ui/pin_change_dialog.py" line="38"/>
        <source>Set a new PIN</source>
        <translation>Новый PIN-код</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_change_dialog.py" line="40"/>
        <source>The PIN of staff number {n} is too short. Choose a new PIN of 6 to 12 digits and type it twice; the old one stops working.</source>
        <translation>PIN-код табельного номера {n} слишком короткий. Выберите новый PIN-код из 6–12 цифр и введите его дважды; старый перестанет действовать.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_change_dialog.py" line="60"/>
        <source>New PIN</source>
        <translation>Новый PIN-код</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_change_dialog.py" line="61"/>
        <source>New PIN again</source>
        <translation>Новый PIN-код ещё раз</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_change_dialog.py" line="65"/>
        <source>Save the new PIN</source>
        <translation>Сохранить новый PIN-код</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_change_dialog.py" line="98"/>
        <source>The two PINs differ: type the new PIN twice.</source>
        <translation>PIN-коды не совпадают: введите новый PIN-код дважды.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pin_change_dialog.py" line="101"/>
        <source>Choose a PIN different from the old one.</source>
        <translation>Выберите PIN-код, отличный от старого.</translation>
    </message>
</context>
<context>
    <name>PreAdvice</name>
    <message>
        <location filename="../../app/services/preadvice.py" line="171"/>
        <source>a text holds an unpaired surrogate (an escape like \ud800 that is no character)</source>
        <translation>текст содержит непарный суррогат (экранирование вроде \ud800, которое не является символом)</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="205"/>
        <source>The list number is missing: type it as printed on the list (like IN-MP-2026-000123).</source>
        <translation>Не указан номер реестра: введите его так, как он напечатан на реестре (например, IN-MP-2026-000123).</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="209"/>
        <source>The list number {number} is not 1 to 40 letters, digits and - / . _: type it as printed on the list (like IN-MP-2026-000123).</source>
        <translation>Номер реестра {number} — не от 1 до 40 букв, цифр и знаков - / . _: введите его так, как он напечатан на реестре (например, IN-MP-2026-000123).</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="214"/>
        <source>The customer code {code} is not 1 to 40 letters, digits and - . _ (like SHOPKART).</source>
        <translation>Код клиента {code} — не от 1 до 40 букв, цифр и знаков - . _ (например, SHOPKART).</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="232"/>
        <source>{where}: {message} Nothing was imported.</source>
        <translation>{where}: {message} Ничего не загружено.</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="239"/>
        <source>{message} Nothing was imported.</source>
        <translation>{message} Ничего не загружено.</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="276"/>
        <source>{name} is not UTF-8 text. Nothing was imported; save the file as UTF-8 and import it again.</source>
        <translation>{name} — не текст в UTF-8. Ничего не загружено: сохраните файл в UTF-8 и загрузите снова.</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="287"/>
        <source>row {row} ({s10}): {reasons}</source>
        <translation>строка {row} ({s10}): {reasons}</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="306"/>
        <source>no S10</source>
        <translation>без S10</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="386"/>
        <source>declared_weight_kg {value} is not a weight in kg (like 12.5)</source>
        <translation>declared_weight_kg {value} — не вес в килограммах (например, 12.5)</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="396"/>
        <source>declared_weight_kg {value} is outside 0.001..{max} kg</source>
        <translation>declared_weight_kg {value} вне диапазона 0.001..{max} кг</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="421"/>
        <source>dimensions_cm {value} is not a size like 60x40x30 (cm)</source>
        <translation>dimensions_cm {value} — не размер вида 60x40x30 (см)</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="429"/>
        <source>dimensions_cm {value}: each side must be 0.1 to {max} cm</source>
        <translation>dimensions_cm {value}: каждая сторона должна быть от 0.1 до {max} см</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="455"/>
        <source>{name} {value} is not an amount</source>
        <translation>{name} {value} — не сумма</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="464"/>
        <source>{name} {value} is outside 0.01..{max}</source>
        <translation>{name} {value} вне диапазона 0.01..{max}</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="474"/>
        <source>{name} {value} has more than 2 decimals</source>
        <translation>{name} {value}: больше двух знаков после запятой</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="499"/>
        <source>quantity {value} is not a whole number</source>
        <translation>quantity {value} — не целое число</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="507"/>
        <source>quantity {value} is outside 1..{max}</source>
        <translation>quantity {value} вне диапазона 1..{max}</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="518"/>
        <source>net_weight_kg {value} is outside 0..{max} kg</source>
        <translation>net_weight_kg {value} вне диапазона 0..{max} кг</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="527"/>
        <source>net_weight_kg {value} is not a weight in kg (like 12.5)</source>
        <translation>net_weight_kg {value} — не вес в килограммах (например, 12.5)</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="558"/>
        <source>total_net_weight_kg {value} is out of range</source>
        <translation>total_net_weight_kg {value} вне допустимого диапазона</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="565"/>
        <source>total_net_weight_kg {value} is not a weight in kg</source>
        <translation>total_net_weight_kg {value} — не вес в килограммах</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="583"/>
        <source>{field} is longer than {max} characters</source>
        <translation>{field} длиннее {max} символов</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="615"/>
        <source>{path} cannot be read ({error}).</source>
        <translation>Не удаётся прочитать {path} ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="635"/>
        <source>{path} is a folder: choose the pre-advice file in it.</source>
        <translation>{path} — это папка: выберите в ней файл предуведомления.</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="642"/>
        <source>{path} is not a regular file (a pipe, socket or device): save the data to a file and import that. Nothing was imported.</source>
        <translation>{path} — не обычный файл (канал, сокет или устройство): сохраните данные в файл и загрузите его. Ничего не загружено.</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="658"/>
        <source>{path} is not a regular file. Nothing was imported.</source>
        <translation>{path} — не обычный файл. Ничего не загружено.</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="686"/>
        <source> It looks like Windows-1251 (Excel&apos;s plain &apos;CSV&apos;): save it as &apos;CSV UTF-8&apos;.</source>
        <translation> Похоже на Windows-1251 (обычный «CSV» из Excel): сохраните его как «CSV UTF-8».</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="696"/>
        <source>{name} is not UTF-8 text (first bad byte on line {line}).{hint} Nothing was imported; save the file as UTF-8 and import it again.</source>
        <translation>{name} — не текст в UTF-8 (первый неверный байт в строке {line}).{hint} Ничего не загружено: сохраните файл в UTF-8 и загрузите снова.</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="714"/>
        <source>{name} is not UTF-8 text (it ends inside a character). Nothing was imported.</source>
        <translation>{name} — не текст в UTF-8 (файл обрывается посреди символа). Ничего не загружено.</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="724"/>
        <source>{name} is empty: nothing was imported.</source>
        <translation>{name} пуст: ничего не загружено.</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="732"/>
        <source>{column} differs from row {row} of the same parcel</source>
        <translation>{column} отличается от строки {row} того же отправления</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="745"/>
        <location filename="../../app/services/preadvice.py" line="752"/>
        <source>{name}: no header row. Nothing was imported.</source>
        <translation>{name}: нет строки заголовка. Ничего не загружено.</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="758"/>
        <source>{name} lacks the column(s) {columns}. Nothing was imported; add them to the header row (see the pre-advice format) and import again.</source>
        <translation>В файле {name} не хватает столбцов: {columns}. Ничего не загружено: добавьте их в строку заголовка (см. формат предуведомления) и загрузите снова.</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="771"/>
        <source>{name} has the column(s) {columns} twice. Nothing was imported.</source>
        <translation>В файле {name} столбцы {columns} повторяются дважды. Ничего не загружено.</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="780"/>
        <source>column {column} is not a pre-advice column and was ignored</source>
        <translation>столбец {column} не из формата предуведомления и пропущен</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="817"/>
        <source>has {fields} fields but the header has {width}</source>
        <translation>полей {fields}, а в заголовке {width}</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="844"/>
        <source>more than {max} content lines (central takes at most {max})</source>
        <translation>больше {max} строк вложения (центральная система принимает не больше {max})</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="851"/>
        <source>row {row}: {reason}</source>
        <translation>строка {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="884"/>
        <source>{name}, row {row}: not readable as CSV ({error}).</source>
        <translation>{name}, строка {row}: не читается как CSV ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="936"/>
        <source>{name}: JSON nested deeper than {max} levels. Nothing was imported.</source>
        <translation>{name}: вложенность JSON глубже {max} уровней. Ничего не загружено.</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="948"/>
        <source>{name}, line {line}: JSON syntax error ({error}). Nothing was imported.</source>
        <translation>{name}, строка {line}: синтаксическая ошибка JSON ({error}). Ничего не загружено.</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="957"/>
        <source>{name}: JSON syntax error (too deep). Nothing was imported.</source>
        <translation>{name}: синтаксическая ошибка JSON (слишком глубокая вложенность). Ничего не загружено.</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="970"/>
        <source>{name}: expected {shape} or a list of parcels. Nothing was imported.</source>
        <translation>{name}: ожидался {shape} или список отправлений. Ничего не загружено.</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="983"/>
        <source>{name}: &quot;customer&quot; is given but no &quot;batch&quot; (the list&apos;s number): add it, or import with --batch NUMBER. Nothing was imported.</source>
        <translation>{name}: указан &quot;customer&quot;, но нет &quot;batch&quot; (номера реестра): добавьте его или загрузите с --batch NUMBER. Ничего не загружено.</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="996"/>
        <source>{name}: expected a list of parcels. Nothing was imported.</source>
        <translation>{name}: ожидался список отправлений. Ничего не загружено.</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1016"/>
        <source>parcel {n} is not an object {{...}}</source>
        <translation>отправление {n} — не объект {{...}}</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1025"/>
        <source>{key} is missing or not an object</source>
        <translation>{key} отсутствует или не является объектом</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1033"/>
        <source>customs &apos;lines&apos; is missing or empty</source>
        <translation>в customs нет &apos;lines&apos; или он пуст</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1038"/>
        <source>{lines} content lines: central takes at most {max}</source>
        <translation>строк вложения: {lines}, центральная система принимает не больше {max}</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1047"/>
        <source>line {line} is not an object</source>
        <translation>строка вложения {line} — не объект</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1052"/>
        <source>line {line}: {reason}</source>
        <translation>строка вложения {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1080"/>
        <source>{name} is larger than {max} MiB of JSON: send large pre-advice as CSV (it is read as a stream). Nothing was imported.</source>
        <translation>{name} больше {max} МиБ JSON: большие предуведомления присылайте в CSV (он читается потоком). Ничего не загружено.</translation>
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
        <translation>customs.category: {value} не входит в список {categories}</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1248"/>
        <source>customs.currency: {value} is not an ISO 4217 code</source>
        <translation>customs.currency: {value} — не код ISO 4217</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1364"/>
        <source>list {number} was closed {closed} and can no longer change. Nothing was imported; parcels that still need sending go on a new list (another number).</source>
        <translation>реестр {number} закрыт {closed} и больше не меняется. Ничего не загружено: отправления, которые ещё нужно отправить, внесите в новый реестр (с другим номером).</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1377"/>
        <source>list {number} is customer {customer}&apos;s, not {given}&apos;s. Nothing was imported; check the list number and the customer.</source>
        <translation>реестр {number} принадлежит клиенту {customer}, а не {given}. Ничего не загружено: проверьте номер реестра и клиента.</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1399"/>
        <source>{name} is list {number}, not {given} as given. Nothing was imported; give the file&apos;s own number or none.</source>
        <translation>{name} — это реестр {number}, а не {given}, как указано. Ничего не загружено: укажите номер из самого файла или никакой.</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1412"/>
        <source>{name} is customer {customer}&apos;s list, not {given}&apos;s. Nothing was imported; check the customer.</source>
        <translation>{name} — реестр клиента {customer}, а не {given}. Ничего не загружено: проверьте клиента.</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1487"/>
        <source>list {number} names no customer: its items are charged at public prices (give --customer CODE)</source>
        <translation>в реестре {number} не указан клиент: его отправления оплачиваются по общим тарифам (укажите --customer CODE)</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1530"/>
        <source>{error} The {parcels} parcel(s) before it were imported; correct the file and import it again (unchanged parcels are left alone).</source>
        <translation>{error} Отправления до этого места загружены (всего {parcels}); исправьте файл и загрузите его снова (неизменённые отправления не затрагиваются).</translation>
    </message>
    <message>
        <location filename="../../app/services/preadvice.py" line="1557"/>
        <source>s10 {s10} was already given in row {row} of this file</source>
        <translation>s10 {s10} уже указан в строке {row} этого файла</translation>
    </message>
</context>
<context>
    <name>PreAdviceImportDialog</name>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="51"/>
        <source>Import pre-advice</source>
        <translation>Загрузка предварительных данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="54"/>
        <source>File: {file}</source>
        <translation>Файл: {file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="61"/>
        <source>Is this a marketplace&apos;s list?</source>
        <translation>Это реестр маркетплейса?</translation>
    </message>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="63"/>
        <source>&amp;Single parcels</source>
        <translation>&amp;Отдельные посылки</translation>
    </message>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="65"/>
        <source>A business customer&apos;s &amp;list</source>
        <translation>&amp;Реестр клиента-юрлица</translation>
    </message>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="75"/>
        <source>as printed on the list, e.g. IN-MP-2026-000123</source>
        <translation>как на реестре, например IN-MP-2026-000123</translation>
    </message>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="79"/>
        <source>none (public prices)</source>
        <translation>нет (общие тарифы)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="83"/>
        <source>The list&apos;s items are charged at this customer&apos;s contract prices.</source>
        <translation>Отправления реестра оплачиваются по договорным тарифам этого клиента.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="90"/>
        <source>List &amp;number</source>
        <translation>&amp;Номер реестра</translation>
    </message>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="92"/>
        <source>&amp;Customer</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="99"/>
        <source>&amp;Import</source>
        <translation>&amp;Загрузить</translation>
    </message>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="110"/>
        <source>no customer named: public prices</source>
        <translation>клиент не указан: общие тарифы</translation>
    </message>
    <message>
        <location filename="../../app/ui/preadvice_import_dialog.py" line="112"/>
        <source>This file is list {number} ({customer}): its parcels are imported as that list. Nothing more is needed here.</source>
        <translation>Этот файл — реестр {number} ({customer}): его посылки загружаются как этот реестр. Здесь больше ничего не нужно.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../app/ui/print_preview.py" line="356"/>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="362"/>
        <source>Preparing the preview…</source>
        <translation>Подготовка просмотра…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="373"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="376"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="377"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print_preview.py" line="412"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="441"/>
        <source>The documents could not be shown: %1</source>
        <translation>Не удалось показать документы: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="464"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="469"/>
        <source>Sent to the printer: %1</source>
        <translation>Отправлено на принтер: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="476"/>
        <source>Save %1</source>
        <translation>Сохранить %1</translation>
    </message>
</context>
<context>
    <name>PrintSpooler</name>
    <message>
        <location filename="../../app/ui/print_preview.py" line="306"/>
        <source>The print system does not know the printer “%1” or is not running: choose the printer again in Tools → Printing settings.</source>
        <translation>Система печати не знает принтер «%1» или не запущена: выберите принтер заново в меню Сервис → Настройки печати.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="311"/>
        <source>The printer “%1” is not accepting jobs: ask the supervisor to enable it in the system&apos;s printer settings.</source>
        <translation>Принтер «%1» не принимает задания: попросите старшего смены включить его в системных настройках принтеров.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="316"/>
        <source>The print system is not running: restart the PC or call support.</source>
        <translation>Система печати не запущена: перезагрузите компьютер или позвоните в поддержку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="319"/>
        <source>The print system did not answer for printer “%1”: try again in a minute.</source>
        <translation>Система печати не ответила для принтера «%1»: повторите через минуту.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="323"/>
        <source>The document is too big for printer “%1”.</source>
        <translation>Документ слишком велик для принтера «%1».</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="327"/>
        <source>The printer “%1” refused the document: %2</source>
        <translation>Принтер «%1» отклонил документ: %2</translation>
    </message>
</context>
<context>
    <name>PrintingSettingsDialog</name>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="45"/>
        <source>Printing settings</source>
        <translation>Настройки печати</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="49"/>
        <source>Print label, CN 23 and receipt as soon as a parcel is accepted</source>
        <translation>Печатать ярлык, CN 23 и квитанцию сразу после приёма отправления</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="62"/>
        <source>PDF through the label printer above</source>
        <translation>PDF через принтер ярлыков, указанный выше</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="63"/>
        <source>ZPL straight to a thermal label printer</source>
        <translation>ZPL напрямую на термопринтер ярлыков</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="69"/>
        <source>tcp://192.168.1.50:9100 or /dev/usb/lp0</source>
        <translation>tcp://192.168.1.50:9100 или /dev/usb/lp0</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="74"/>
        <source>{dpmm} dots/mm ({dpi} dpi)</source>
        <translation>{dpmm} точек/мм ({dpi} dpi)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="100"/>
        <source>With no printer chosen, PostCounter shows a preview and asks where to print. A printer that is chosen but not installed is asked for the same way.</source>
        <translation>Если принтер не выбран, PostCounter показывает предпросмотр и спрашивает, где печатать. Так же и с выбранным, но не установленным принтером.</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="111"/>
        <source>&amp;Documents (A4):</source>
        <translation>&amp;Документы (A4):</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="112"/>
        <source>&amp;Labels:</source>
        <translation>&amp;Ярлыки:</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="113"/>
        <source>Label &amp;format:</source>
        <translation>&amp;Формат ярлыков:</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="114"/>
        <source>&amp;ZPL printer address:</source>
        <translation>&amp;Адрес ZPL-принтера:</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="115"/>
        <source>Print &amp;head:</source>
        <translation>Печатающая &amp;головка:</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="135"/>
        <source>(ask each time, with a preview)</source>
        <translation>(спрашивать каждый раз, с предпросмотром)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="139"/>
        <source>{name} (not installed)</source>
        <translation>{name} (не установлен)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="167"/>
        <source>Give the ZPL printer&apos;s address, or print labels as PDF.</source>
        <translation>Укажите адрес ZPL-принтера или печатайте ярлыки в PDF.</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="175"/>
        <source>The ZPL printer address must look like tcp://192.168.1.50:9100 (network printer) or /dev/usb/lp0 (USB printer).</source>
        <translation>Адрес ZPL-принтера должен иметь вид tcp://192.168.1.50:9100 (сетевой принтер) или /dev/usb/lp0 (USB-принтер).</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="83"/>
        <source>empty: A4 receipt · tcp://192.168.1.60:9100 · usb:04b8:0202 · serial:/dev/ttyUSB0</source>
        <translation>пусто — квитанция A4 · tcp://192.168.1.60:9100 · usb:04b8:0202 · serial:/dev/ttyUSB0</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="89"/>
        <source>Only while no printer is set up</source>
        <translation>Только пока принтеры не настроены</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="90"/>
        <source>After every accept</source>
        <translation>После каждого приёма</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="91"/>
        <source>Never (Ctrl+P shows it)</source>
        <translation>Никогда (Ctrl+P покажет)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="116"/>
        <source>&amp;Receipt printer (80 mm):</source>
        <translation>&amp;Чековый принтер (80 мм):</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="117"/>
        <source>Print pre&amp;view:</source>
        <translation>&amp;Предпросмотр печати:</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing_settings.py" line="186"/>
        <source>The receipt printer must look like tcp://192.168.1.60:9100 (network), usb:04b8:0202 (USB vendor:product), serial:/dev/ttyUSB0 or /dev/usb/lp1.</source>
        <translation>Чековый принтер указывается так: tcp://192.168.1.60:9100 (сеть), usb:04b8:0202 (USB, производитель:модель), serial:/dev/ttyUSB0 или /dev/usb/lp1.</translation>
    </message>
</context>
<context>
    <name>RefreshWarning</name>
    <message>
        <location filename="../../app/ui/reference_warning.py" line="47"/>
        <source>⚠ Rates and rules never refreshed from central</source>
        <translation>⚠ Курсы и правила ни разу не обновлялись из центральной системы</translation>
    </message>
    <message>
        <location filename="../../app/ui/reference_warning.py" line="50"/>
        <source>⚠ Rates and rules not refreshed from central since {when}</source>
        <translation>⚠ Курсы и правила не обновлялись из центральной системы с {when}</translation>
    </message>
</context>
<context>
    <name>RefusalBar</name>
    <message numerus="yes">
        <location filename="../../app/ui/refusal_bar.py" line="56"/>
        <source>and %n more at their fields</source>
        <translation>
            <numerusform>и ещё %n у своего поля</numerusform>
            <numerusform>и ещё %n у своих полей</numerusform>
            <numerusform>и ещё %n у своих полей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/refusal_bar.py" line="57"/>
        <source>%n problem(s) — Accept refused, nothing was lost:</source>
        <translation>
            <numerusform>%n проблема — приём не выполнен, ничего не потеряно:</numerusform>
            <numerusform>%n проблемы — приём не выполнен, ничего не потеряно:</numerusform>
            <numerusform>%n проблем — приём не выполнен, ничего не потеряно:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterSettingsDialog</name>
    <message>
        <location filename="../../app/ui/register_settings.py" line="78"/>
        <source>Cash register settings</source>
        <translation>Настройки кассы</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_settings.py" line="84"/>
        <source>The address of ATOL Driver&apos;s web server on this computer. Empty: no cash register (a demo counter uses a fake one, marked on its receipts).</source>
        <translation>Адрес веб-сервера ATOL Driver на этом компьютере. Пусто — без кассы (в демо-режиме работает имитация кассы, это указано на её чеках).</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_settings.py" line="104"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
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
        <translation>ИНН физического лица из свидетельства о постановке на учёт: 12 цифр. Касса печатает его на каждом чеке этого кассира. Пусто — не указан.</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_settings.py" line="148"/>
        <source>Cashiers&apos; INN</source>
        <translation>ИНН кассиров</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_settings.py" line="154"/>
        <source>No staff on this terminal yet.</source>
        <translation>На этом терминале ещё нет сотрудников.</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_settings.py" line="162"/>
        <source>ATOL Driver &amp;address:</source>
        <translation>&amp;Адрес ATOL Driver:</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_settings.py" line="189"/>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_settings.py" line="198"/>
        <source>INN of {name}: {problem}.</source>
        <translation>ИНН сотрудника {name}: {problem}.</translation>
    </message>
</context>
<context>
    <name>S10</name>
    <message>
        <location filename="../../app/domain/s10.py" line="26"/>
        <source>parcel</source>
        <translation>посылка</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="27"/>
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="28"/>
        <source>e-commerce item</source>
        <translation>отправление электронной торговли</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="29"/>
        <source>letter express</source>
        <translation>экспресс-письмо</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="30"/>
        <source>registered item</source>
        <translation>заказное отправление</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="31"/>
        <source>customs-controlled letter post</source>
        <translation>письменная корреспонденция под таможенным контролем</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="32"/>
        <source>insured letter</source>
        <translation>письмо с объявленной ценностью</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="116"/>
        <source>No tracking number: scan the label or type the 13 characters.</source>
        <translation>Нет ШПИ: отсканируйте ярлык или введите 13 знаков.</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="121"/>
        <source>{text} has {length} characters; an S10 number has 13 (2 letters, 9 digits, 2 letters).</source>
        <translation>{text}: {length} зн., а в номере S10 их 13 (2 буквы, 9 цифр, 2 буквы).</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="140"/>
        <source>{text} is not shaped like an S10 number: it must be 2 letters, 9 digits, 2 letters.</source>
        <translation>{text} не похож на номер S10: нужно 2 буквы, 9 цифр, 2 буквы.</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="149"/>
        <source>Service indicator {service} is reserved by the UPU and never used on items.</source>
        <translation>Индикатор услуги {service} зарезервирован ВПС и на отправлениях не используется.</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="158"/>
        <source>Check digit of {text} is {found} but should be {expected}: a digit was mistyped or misread. Scan the label again or retype it.</source>
        <translation>Контрольная цифра {text} — {found}, а должна быть {expected}: цифра введена или прочитана неверно. Отсканируйте ярлык снова или введите заново.</translation>
    </message>
    <message>
        <location filename="../../app/services/s10_blocks.py" line="32"/>
        <source>No {service} numbers left for {country} on this terminal: connect to the central system to get a new block, or scan the number on a pre-printed label.</source>
        <translation>На этом терминале закончились номера {service} для {country}: подключитесь к центральной системе за новым диапазоном или отсканируйте номер с готового ярлыка.</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10.py" line="131"/>
        <source>{text} holds digits of another script; an S10 number has only the digits 0-9. Scan the label or retype it with the ordinary digits.</source>
        <translation>{text} содержит цифры другой письменности; в номере S10 только цифры 0–9. Отсканируйте ярлык или наберите номер обычными цифрами.</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10_policy.py" line="63"/>
        <source>{text} ends in {country}, which is not an ISO 3166 country code.</source>
        <translation>{text} оканчивается на {country} — это не код страны ISO 3166.</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10_policy.py" line="72"/>
        <source>{text} was issued by another operator ({country}); this counter accepts only {own} numbers. Use a label from this branch&apos;s block (F3).</source>
        <translation>{text} выдан другим оператором ({country}); здесь принимаются только номера {own}. Используйте ярлык из блока этого отделения (F3).</translation>
    </message>
    <message>
        <location filename="../../app/domain/s10_policy.py" line="84"/>
        <source>{text} has service indicator {service}, which this product does not use (allowed: {allowed}). Use a parcel label of this product.</source>
        <translation>У {text} индикатор услуги {service}, который этот продукт не использует (допустимы: {allowed}). Используйте посылочный ярлык этого продукта.</translation>
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
        <location filename="../../app/devices/scale/reader.py" line="59"/>
        <source>Connecting to the scale on {port}…</source>
        <translation>Подключение к весам на {port}…</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reader.py" line="60"/>
        <source>Scale on {port} answers ({protocol}).</source>
        <translation>Весы на {port} отвечают ({protocol}).</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reader.py" line="61"/>
        <source>The scale on {port} does not answer: check that it is switched on and its cable is plugged in, and that its interface is set to {protocol}.</source>
        <translation>Весы на {port} не отвечают: проверьте, что они включены, кабель подключён, а интерфейс настроен на {protocol}.</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reader.py" line="66"/>
        <source>Data arrives on {port} but it is not {protocol} at {line}: check the protocol and line settings in Scale settings (or use Detect).</source>
        <translation>На {port} приходят данные, но это не {protocol} на {line}: проверьте протокол и параметры линии в настройках весов (или нажмите «Найти»).</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reader.py" line="71"/>
        <source>Scale port {port} is not available ({error}): plug the scale&apos;s cable back in; the app reconnects by itself.</source>
        <translation>Порт весов {port} недоступен ({error}): подключите кабель весов, программа переподключится сама.</translation>
    </message>
    <message>
        <location filename="../../app/devices/scale/reader.py" line="76"/>
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
    <message>
        <location filename="../../app/devices/scale/ascii_continuous.py" line="55"/>
        <source>The indicator sends a piece count (QT, counting mode), not a weight: switch it to weighing mode.</source>
        <translation>Индикатор передаёт количество штук (QT, режим счёта), а не вес: переключите его в режим взвешивания.</translation>
    </message>
</context>
<context>
    <name>ScaleSettingsDialog</name>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="50"/>
        <source>Scale settings</source>
        <translation>Настройки весов</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="56"/>
        <source>(no scale: enter weights by supervisor approval)</source>
        <translation>(без весов: ввод веса с разрешения руководителя)</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="74"/>
        <source>&amp;Detect</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="76"/>
        <source>&amp;Test reading</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="88"/>
        <source>&amp;Port:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="89"/>
        <source>P&amp;rotocol:</source>
        <translation>Прото&amp;кол:</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="131"/>
        <source>Line settings: {line}.</source>
        <translation>Параметры линии: {line}.</translation>
    </message>
    <message>
        <source>This protocol cannot show 100 kg or more: use it only for a small counter scale, never for the heavy-parcel platform scale.</source>
        <translation type="vanished">Этот протокол не показывает 100 кг и больше: только для настольных весов, не для платформенных весов тяжёлых посылок.</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="148"/>
        <source>Detecting… (a few seconds per port)</source>
        <translation>Поиск… (несколько секунд на порт)</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="156"/>
        <source>No scale answered on {count} port(s). Check that the scale is on and its cable is plugged in, then detect again.</source>
        <translation>Весы не ответили ни на одном порту (проверено: {count}). Проверьте, что весы включены и кабель подключён, и повторите поиск.</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="167"/>
        <source>{port}: {protocol} at {line}</source>
        <translation>{port}: {protocol}, {line}</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="174"/>
        <source>Check the test reading, then press OK.</source>
        <translation>Проверьте показание и нажмите OK.</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="180"/>
        <source>Detection failed: {error}</source>
        <translation>Поиск не удался: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="189"/>
        <source>Choose a port first.</source>
        <translation>Сначала выберите порт.</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="206"/>
        <source>▲ OVERLOAD</source>
        <translation>▲ ПЕРЕГРУЗКА</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="208"/>
        <source>▼ UNDER ZERO</source>
        <translation>▼ НИЖЕ НУЛЯ</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="210"/>
        <source>≈ MOTION</source>
        <translation>≈ КОЛЕБАНИЯ</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="212"/>
        <source>● stable</source>
        <translation>● стабильно</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="212"/>
        <source>≈ motion</source>
        <translation>≈ колебания</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="213"/>
        <source> net</source>
        <translation> нетто</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="60"/>
        <source>(simulated scale: training only, not for charging)</source>
        <translation>(имитация весов: только для обучения, не для расчёта платы)</translation>
    </message>
    <message>
        <location filename="../../app/ui/scale_settings.py" line="133"/>
        <source>The standard field of this protocol cannot show 100 kg or more: use it for the heavy-parcel platform only when the scale sends the wider field (W1W2W3W4.W5, Brecknell), else only for a small counter scale.</source>
        <translation>Стандартное поле этого протокола не вмещает 100 кг и более: для платформенных весов тяжёлых посылок используйте его, только если весы передают расширенное поле (W1W2W3W4.W5, Brecknell), иначе только для малых настольных весов.</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <location filename="../../app/domain/scan.py" line="63"/>
        <source>Item {value} ({service}).</source>
        <translation>Отправление {value} ({service}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="64"/>
        <source>{value} is a Russia Post domestic tracking number (14 digits), not an international S10 number: this corridor needs the S10 label (2 letters, 9 digits, 2 letters).</source>
        <translation>{value} — внутренний ШПИ Почты России (14 цифр), а не международный номер S10: здесь нужен ярлык S10 (2 буквы, 9 цифр, 2 буквы).</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="69"/>
        <source>{value} looks like a Russia Post domestic tracking number but its check digit is wrong: scan it again.</source>
        <translation>{value} похож на внутренний ШПИ Почты России, но контрольная цифра неверна: отсканируйте снова.</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="74"/>
        <source>{value} is a product barcode (EAN-13), not a tracking number: scan the postal label instead.</source>
        <translation>{value} — штрихкод товара (EAN-13), а не ШПИ: отсканируйте почтовый ярлык.</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="79"/>
        <source>{value} has 13 digits but is not a valid EAN-13 or tracking number: scan it again.</source>
        <translation>В {value} 13 цифр, но это не EAN-13 и не ШПИ: отсканируйте снова.</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="82"/>
        <source>Staff badge {value}.</source>
        <translation>Пропуск сотрудника {value}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="87"/>
        <source>Marketplace list {value}.</source>
        <translation>Реестр маркетплейса {value}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="88"/>
        <source>{value} is not a tracking number, product barcode or staff badge: scan the parcel&apos;s postal label.</source>
        <translation>{value} — не ШПИ, не штрихкод товара и не пропуск: отсканируйте почтовый ярлык посылки.</translation>
    </message>
    <message>
        <location filename="../../app/domain/scan.py" line="83"/>
        <source>{value} is a day manifest&apos;s number, not a parcel: open manifests from the Day menu.</source>
        <translation>{value} — номер дневного реестра, а не посылки: реестры открываются в меню «День».</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <location filename="../../app/ui/scan_routing.py" line="59"/>
        <source>{grouped} · ⚠ {message} The item number in the field is kept.</source>
        <translation>{grouped} · ⚠ {message} Номер отправления в поле сохранён.</translation>
    </message>
    <message>
        <location filename="../../app/ui/scan_routing.py" line="75"/>
        <source>A scan arrived while this window is open; it was not used. Finish or close this window, then scan again.</source>
        <translation>Сканирование пришло, пока открыто это окно, и не использовано. Завершите или закройте окно, затем отсканируйте снова.</translation>
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
        <location filename="../../app/ui/scanner_settings.py" line="49"/>
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
        <location filename="../../app/ui/scanner_settings.py" line="113"/>
        <source>Choose a port first.</source>
        <translation>Сначала выберите порт.</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="115"/>
        <source>Opening {port}…</source>
        <translation>Открывается {port}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="133"/>
        <source>{port} is open: scan any barcode now.</source>
        <translation>{port} открыт: отсканируйте любой штрихкод.</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="134"/>
        <source>{port} cannot be opened: check the cable and the port name.</source>
        <translation>{port} не открывается: проверьте кабель и имя порта.</translation>
    </message>
    <message>
        <location filename="../../app/ui/scanner_settings.py" line="145"/>
        <source>Received “{text}”. {what} The scanner works.</source>
        <translation>Получено «{text}». {what} Сканер работает.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/services/terminal_settings.py" line="78"/>
        <source>give the ATOL Driver web server&apos;s address, e.g. http://127.0.0.1:16732; empty: none</source>
        <translation>укажите адрес веб-сервера ATOL Driver, например http://127.0.0.1:16732; пусто — без кассы</translation>
    </message>
    <message>
        <location filename="../../app/services/terminal_settings.py" line="96"/>
        <source>a person&apos;s INN has 12 digits (a 10-digit INN is a company&apos;s); empty: none</source>
        <translation>ИНН физического лица состоит из 12 цифр (10 цифр — ИНН организации); пусто — не указан</translation>
    </message>
    <message>
        <location filename="../../app/services/terminal_settings.py" line="102"/>
        <source>its check digits do not match: copy it again from the tax certificate</source>
        <translation>контрольные цифры не сходятся: перепишите его ещё раз из свидетельства</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="335"/>
        <source>PostCounter set-up</source>
        <translation>Настройка PostCounter</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="347"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="348"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="349"/>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="350"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="64"/>
        <source>Welcome to PostCounter</source>
        <translation>Добро пожаловать в PostCounter</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="65"/>
        <source>Try the counter with demo data, or join your branch.</source>
        <translation>Попробуйте работу на демонстрационных данных или подключитесь к своему отделению.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="71"/>
        <source>Try the demo (practice data, nothing is sent)</source>
        <translation>Демо-режим (учебные данные, ничего не отправляется)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="74"/>
        <source>Russia Post, Moscow</source>
        <translation>Почта России, Москва</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="75"/>
        <source>India Post, New Delhi GPO</source>
        <translation>India Post (почта Индии), главпочтамт Нью-Дели</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="87"/>
        <source>Roubles, Moscow time, a fiscal register (simulated).</source>
        <translation>Рубли, московское время, онлайн-касса (имитация).</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="90"/>
        <source>Rupees, India time, GST invoices; a marketplace batch of 20 parcels is pre-advised.</source>
        <translation>Рупии, время Индии, счета GST; партия маркетплейса из 20 посылок уже есть в предварительных данных.</translation>
    </message>
    <message>
        <source>Russia Post, Moscow: roubles, Moscow time, a fiscal register (simulated)</source>
        <translation type="vanished">Почта России, Москва: рубли, московское время, онлайн-касса (имитация)</translation>
    </message>
    <message>
        <source>India Post, New Delhi GPO: rupees, India time, GST invoices, a marketplace batch of 20 parcels pre-advised</source>
        <translation type="vanished">India Post (почта Индии), главпочтамт Нью-Дели: рупии, время Индии, счета GST, партия маркетплейса из 20 посылок в предварительных данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="130"/>
        <source>Preparing the demo branch…</source>
        <translation>Готовим демо-отделение…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="150"/>
        <source>The demo branch could not be prepared: {reason}</source>
        <translation>Не удалось подготовить демо-отделение: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="67"/>
        <source>Join a branch (with the code head office gave you)</source>
        <translation>Подключиться к отделению (по коду от главного офиса)</translation>
    </message>
</context>
<context>
    <name>SupervisorApproval</name>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="61"/>
        <source>Supervisor number</source>
        <translation>Табельный номер руководителя</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="62"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="64"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="70"/>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="139"/>
        <source>Type the supervisor&apos;s number and PIN.</source>
        <translation>Введите табельный номер и PIN-код руководителя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor_dialog.py" line="159"/>
        <source>A PIN shorter than 6 digits must be changed first.</source>
        <translation>PIN-код короче 6 цифр сначала нужно сменить.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../app/services/sync_service.py" line="92"/>
        <source>{url} is not a web address; use https://host[:port].</source>
        <translation>{url} — не веб-адрес; используйте https://host[:port].</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_service.py" line="98"/>
        <source>{url} is not encrypted: use https:// so the terminal&apos;s data and token cannot be read on the way.</source>
        <translation>{url} без шифрования: используйте https://, чтобы данные и токен терминала нельзя было перехватить.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_service.py" line="143"/>
        <source>Enter the token central issued for this terminal.</source>
        <translation>Введите токен, выданный центральной системой для этого терминала.</translation>
    </message>
    <message>
        <source>No central system configured: run &apos;sync configure --url URL --token TOKEN&apos;.</source>
        <translation type="vanished">Центральная система не настроена: выполните &apos;sync configure --url URL --token TOKEN&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_service.py" line="291"/>
        <source>Say why the item is being corrected.</source>
        <translation>Укажите причину исправления.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_service.py" line="297"/>
        <source>Item {id} does not need attention any more.</source>
        <translation>Запись {id} больше не требует внимания.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_service.py" line="306"/>
        <source>The corrected record must be a JSON object.</source>
        <translation>Исправленная запись должна быть объектом JSON.</translation>
    </message>
    <message>
        <location filename="../../app/sync/drain_lock.py" line="18"/>
        <source>Another sync of this terminal is running (the counter window or &apos;sync run&apos;); it sends the queued items, nothing needs doing here.</source>
        <translation>Уже идёт другая синхронизация этого терминала (окно кассы или «sync run»); она отправит очередь, здесь ничего делать не нужно.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_service.py" line="228"/>
        <source>No central system configured: run &apos;sync configure --url URL&apos; (it asks for the token).</source>
        <translation>Центральная система не настроена: выполните &apos;sync configure --url URL&apos; (токен будет запрошен).</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="23"/>
        <source>{n} ({m} min left)</source>
        <translation>{n} (осталось {m} мин.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="29"/>
        <source>Locked now: {list}.</source>
        <translation>Сейчас заблокированы: {list}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="31"/>
        <source>No staff number is locked now.</source>
        <translation>Сейчас ни один табельный номер не заблокирован.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="33"/>
        <source>Unlock a staff number</source>
        <translation>Разблокировать табельный номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="36"/>
        <source>A supervisor unlocks a number after checking who is at the counter.</source>
        <translation>Руководитель разблокирует номер, убедившись, кто стоит за стойкой.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="46"/>
        <source>Staff number to unlock</source>
        <translation>Какой табельный номер разблокировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="59"/>
        <source>Type the staff number to unlock.</source>
        <translation>Введите табельный номер, который нужно разблокировать.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="40"/>
        <location filename="../../app/domain/validation.py" line="332"/>
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
        <location filename="../../app/domain/customs_rules.py" line="144"/>
        <source>{value} has more decimals than {currency} allows: round it to {places}.</source>
        <translation>В {value} больше знаков после запятой, чем допускает {currency}: округлите до {places}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="159"/>
        <source>Declared total value {declared} {currency} is not the sum of the lines ({total} {currency}).</source>
        <translation>Общая стоимость {declared} {currency} не равна сумме строк ({total} {currency}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="174"/>
        <source>Declared total net weight {declared} kg is not the sum of the lines ({total} kg).</source>
        <translation>Общий вес нетто {declared} кг не равен сумме строк ({total} кг).</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="211"/>
        <source>Line {line} looks like {label}, which may not be sent: take it out of the parcel.</source>
        <translation>Строка {line} похожа на «{label}» — это запрещено к пересылке: извлеките из посылки.</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="223"/>
        <source>Line {line} looks like {label}: enter the certificate number.</source>
        <translation>Строка {line} похожа на «{label}»: введите номер сертификата.</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="234"/>
        <source>Line {line} looks like {label}: enter the licence number.</source>
        <translation>Строка {line} похожа на «{label}»: введите номер лицензии.</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="264"/>
        <source>{text} is not an Import-Export Code: it has 10 letters and digits.</source>
        <translation>{text} — не код импортёра-экспортёра: он состоит из 10 букв и цифр.</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="276"/>
        <source>{text} does not look like a Postal Bill of Export reference: copy it from the PBE.</source>
        <translation>{text} не похож на номер Postal Bill of Export: перепишите его с PBE.</translation>
    </message>
    <message>
        <location filename="../../app/domain/customs_rules.py" line="292"/>
        <source>A gift with an invoice looks like a sale: customs refuse commercial goods declared as gifts. Check the category.</source>
        <translation>Подарок с инвойсом похож на продажу: таможня не принимает товары, заявленные как подарок. Проверьте категорию.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="75"/>
        <source>HS code {code} must hold digits only.</source>
        <translation>Код ТН ВЭД {code} должен состоять только из цифр.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="76"/>
        <source>HS code {code} has {digits} digits; enter {allowed} digits as declared, never padded with zeros.</source>
        <translation>В коде ТН ВЭД {code} {digits} цифр; введите {allowed} цифр, как заявлено, без дописывания нулей.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="80"/>
        <source>HS code {code} starts with {chapter}, which is not an HS chapter.</source>
        <translation>Код ТН ВЭД {code} начинается с {chapter}, такой группы нет.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="99"/>
        <source>Enter the full name.</source>
        <translation>Введите ФИО полностью.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="100"/>
        <source>Enter the street address: customs refuse incomplete addresses.</source>
        <translation>Введите адрес: таможня не принимает неполные адреса.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="103"/>
        <source>Enter the city or town.</source>
        <translation>Введите населённый пункт.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="104"/>
        <source>Enter the postcode.</source>
        <translation>Введите индекс.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="112"/>
        <source>Choose the country.</source>
        <translation>Выберите страну.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="120"/>
        <source>{code} is not an ISO country code: pick the country from the list.</source>
        <translation>{code} — не код страны ISO: выберите страну из списка.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="131"/>
        <source>The phone number may hold only digits, spaces, dashes and a leading +.</source>
        <translation>Телефон может содержать только цифры, пробелы, дефисы и + в начале.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="146"/>
        <source>This service carries parcels between Russia and India only (sender {sender}, addressee {addressee}).</source>
        <translation>Эта услуга — только между Россией и Индией (отправитель {sender}, получатель {addressee}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="164"/>
        <source>Add at least one piece: scan its label.</source>
        <translation>Добавьте хотя бы одно место: отсканируйте его ярлык.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="172"/>
        <source>At most {max} pieces per consignment; split it into two consignments.</source>
        <translation>Не более {max} мест в отправлении; разделите на два отправления.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="189"/>
        <source>{s10} is already a piece of this consignment: scan the next label.</source>
        <translation>{s10} уже есть в этом отправлении: отсканируйте следующий ярлык.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="203"/>
        <source>Put the piece on the scale and capture a stable weight.</source>
        <translation>Поставьте место на весы и запишите стабильный вес.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="214"/>
        <source>A typed-in weight needs a supervisor&apos;s approval and a reason.</source>
        <translation>Вес, введённый вручную, требует разрешения руководителя и причины.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="225"/>
        <source>The weight was not stable: wait for the stable mark and capture again.</source>
        <translation>Вес был нестабилен: дождитесь отметки «Стабильно» и запишите снова.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="236"/>
        <source>{kg} kg is outside this service&apos;s {min}–{max} kg per piece.</source>
        <translation>{kg} кг вне пределов услуги {min}–{max} кг на место.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="250"/>
        <source>Measure the piece and enter length, width and height in cm.</source>
        <translation>Измерьте место и введите длину, ширину и высоту в см.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="261"/>
        <source>Every dimension must be more than 0 cm.</source>
        <translation>Каждый размер должен быть больше 0 см.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="269"/>
        <source>Longest side {cm} cm is over the {max} cm limit.</source>
        <translation>Наибольшая сторона {cm} см больше предела {max} см.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="279"/>
        <source>Length plus girth {cm} cm is over the {max} cm limit.</source>
        <translation>Длина плюс обхват {cm} см больше предела {max} см.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="291"/>
        <source>The consignment weighs {kg} kg, over the {max} kg limit: split it.</source>
        <translation>Отправление весит {kg} кг, больше предела {max} кг: разделите его.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="322"/>
        <source>Category &apos;Other&apos; needs an explanation of what the contents are.</source>
        <translation>Для категории «Прочее» поясните, что вложено.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="340"/>
        <source>Add at least one content line: what is inside, how many, weight and value.</source>
        <translation>Добавьте хотя бы одну строку вложения: что внутри, сколько, вес и стоимость.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="354"/>
        <source>Describe the contents in detail, e.g. &apos;wooden dining chair&apos;.</source>
        <translation>Опишите вложение подробно, например «деревянный обеденный стул».</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="364"/>
        <source>&apos;{text}&apos; is too vague for customs: say what it is, e.g. &apos;cotton bed sheets&apos;.</source>
        <translation>«{text}» — слишком общее описание для таможни: укажите, что это, например «хлопковые простыни».</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="376"/>
        <source>Quantity must be 1 or more.</source>
        <translation>Количество должно быть не меньше 1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="384"/>
        <source>Enter the net weight of the line in kg.</source>
        <translation>Введите вес нетто строки в кг.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="392"/>
        <source>All lines must be declared in {currency}.</source>
        <translation>Все строки должны быть в {currency}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="401"/>
        <source>Declare the real value: customs refuse values of 0 or 1.</source>
        <translation>Укажите реальную стоимость: таможня не принимает 0 или 1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="425"/>
        <source>Commercial items need an HS code (at least 6 digits).</source>
        <translation>Для коммерческих товаров нужен код ТН ВЭД (не менее 6 цифр).</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="433"/>
        <source>Enter the country where the goods were made.</source>
        <translation>Введите страну происхождения товара.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="441"/>
        <source>{code} is not an ISO country code.</source>
        <translation>{code} — не код страны ISO.</translation>
    </message>
    <message>
        <location filename="../../app/domain/validation.py" line="450"/>
        <source>Net weight of the lines ({net} kg) is more than the gross weight ({gross} kg).</source>
        <translation>Вес нетто строк ({net} кг) больше веса брутто ({gross} кг).</translation>
    </message>
    <message>
        <location filename="../../app/domain/postal_item.py" line="89"/>
        <source>Line {line} is on piece {piece}, but the consignment has {count} piece(s): move it to one of them.</source>
        <translation>Строка {line} отнесена к месту {piece}, а мест в отправлении: {count}. Перенесите её на одно из них.</translation>
    </message>
    <message>
        <location filename="../../app/domain/postal_item.py" line="104"/>
        <source>Piece {number} ({s10}) has no content line: each piece is a postal item and declares what is inside it. Move a line to it.</source>
        <translation>У места {number} ({s10}) нет строк вложения: каждое место — отдельное почтовое отправление и декларирует своё вложение. Перенесите на него строку.</translation>
    </message>
    <message>
        <location filename="../../app/domain/postal_item.py" line="119"/>
        <source>Net weight of the lines on piece {number} ({net} kg) is more than its gross weight ({gross} kg): check the weights or move a line.</source>
        <translation>Вес нетто строк места {number} ({net} кг) больше его веса брутто ({gross} кг): проверьте вес или перенесите строку.</translation>
    </message>
</context>
<context>
    <name>Void</name>
    <message>
        <location filename="../../app/services/void.py" line="60"/>
        <source>Give the reason for the void in a few words.</source>
        <translation>Кратко укажите причину аннулирования.</translation>
    </message>
    <message>
        <location filename="../../app/services/void.py" line="72"/>
        <source>Supervisor number or PIN is wrong.</source>
        <translation>Неверный табельный номер руководителя или PIN.</translation>
    </message>
    <message>
        <location filename="../../app/services/void.py" line="80"/>
        <source>{name} is not a supervisor: a supervisor must approve a void.</source>
        <translation>{name} — не руководитель: аннулирование утверждает руководитель.</translation>
    </message>
    <message>
        <location filename="../../app/services/void.py" line="88"/>
        <source>This acceptance is not in this branch&apos;s records.</source>
        <translation>Этого приёма нет в записях данного ОПС.</translation>
    </message>
    <message>
        <location filename="../../app/services/void.py" line="92"/>
        <source>{s10} is already void.</source>
        <translation>{s10} уже аннулирован.</translation>
    </message>
    <message>
        <location filename="../../app/services/void.py" line="95"/>
        <source>{s10} is on a closed manifest: the parcel has left; report it to central instead.</source>
        <translation>{s10} в закрытой ведомости: посылка уже отправлена; сообщите в центральную систему.</translation>
    </message>
    <message>
        <location filename="../../app/services/void.py" line="106"/>
        <source>{s10} is an item of list {number}, which was closed and charged as one: its act and charge stand. Report the change to central, which corrects the customer&apos;s account.</source>
        <translation>{s10} — отправление реестра {number}, который закрыт и оплачен целиком: его акт и оплата остаются в силе. Сообщите об изменении в центр — там исправят счёт клиента.</translation>
    </message>
</context>
<context>
    <name>WeighingController</name>
    <message>
        <location filename="../../app/ui/weighing_controller.py" line="101"/>
        <source>Re-weigh the same piece</source>
        <translation>Повторное взвешивание того же места</translation>
    </message>
    <message>
        <location filename="../../app/ui/weighing_controller.py" line="102"/>
        <source>The scale has not returned to zero since the last piece was weighed. A supervisor allows weighing the piece on the platform again; this is recorded.</source>
        <translation>Весы не вернулись к нулю после взвешивания последнего места. Руководитель разрешает повторно взвесить место на платформе; это записывается в журнал.</translation>
    </message>
</context>
<context>
    <name>WeightPanel</name>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="170"/>
        <location filename="../../app/ui/weight_panel.py" line="331"/>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <source>SIMULATED SCALE — not for real charging</source>
        <translation type="vanished">ИМИТАЦИЯ ВЕСОВ — не для реальной оплаты</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="184"/>
        <source>SIMULATED SCALE</source>
        <translation>ИМИТАЦИЯ ВЕСОВ</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="185"/>
        <source>A simulated scale: not for real charging</source>
        <translation>Имитация весов: не для реальной оплаты</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="187"/>
        <source>Capture weight (F8)</source>
        <translation>Записать (F8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="188"/>
        <source>Manual weight… (Ctrl+F8)</source>
        <translation>Вручную… (Ctrl+F8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="190"/>
        <source>Only when the scale cannot weigh this piece: a supervisor approves it</source>
        <translation>Только если весы не могут взвесить место: с разрешения руководителя</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="200"/>
        <location filename="../../app/ui/weight_panel.py" line="472"/>
        <source>No weight captured yet</source>
        <translation>Вес не записан</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="209"/>
        <source> kg</source>
        <translation> кг</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="216"/>
        <source>Load on the simulated scale</source>
        <translation>Груз на имитации весов</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="217"/>
        <source>Simulated load:</source>
        <translation>Груз:</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="410"/>
        <source>● STABLE</source>
        <translation>● СТАБИЛЬНО</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="411"/>
        <source>≈ MOTION — wait</source>
        <translation>≈ КОЛЕБАНИЯ — ждите</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="412"/>
        <source>▲ OVERLOAD — remove load</source>
        <translation>▲ ПЕРЕГРУЗКА — снимите груз</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="413"/>
        <source>▼ UNDER ZERO — zero the scale</source>
        <translation>▼ НИЖЕ НУЛЯ — обнулите весы</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="414"/>
        <source>✕ NO SCALE — check cable</source>
        <translation>✕ НЕТ ВЕСОВ — проверьте кабель</translation>
    </message>
    <message>
        <source>No reading from the scale: check that it is on and connected.</source>
        <translation type="vanished">Нет показаний весов: проверьте, что они включены и подключены.</translation>
    </message>
    <message>
        <source>The scale reports overload or under zero: fix the load first.</source>
        <translation type="vanished">Весы показывают перегрузку или ниже нуля: сначала исправьте груз.</translation>
    </message>
    <message>
        <source>The load is still moving: wait for ● STABLE, then press F8.</source>
        <translation type="vanished">Груз ещё колеблется: дождитесь ● СТАБИЛЬНО и нажмите F8.</translation>
    </message>
    <message>
        <source>{kg} kg is outside this service&apos;s {lo}–{hi} kg per piece.</source>
        <translation type="vanished">{kg} кг вне пределов услуги {lo}–{hi} кг на место.</translation>
    </message>
    <message>
        <source>Captured: {kg} kg</source>
        <translation type="vanished">Записано: {kg} кг</translation>
    </message>
    <message>
        <source>Manual: {kg} kg (approved)</source>
        <translation type="vanished">Вручную: {kg} кг (разрешено)</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="331"/>
        <source>kg NET</source>
        <translation>кг НЕТТО</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="192"/>
        <source>Re-weigh (supervisor)…</source>
        <translation>Перевесить (руководитель)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="194"/>
        <source>The piece on the platform is weighed again: a supervisor approves it</source>
        <translation>Место на платформе взвешивается повторно: с разрешения руководителя</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="357"/>
        <source>● stable</source>
        <translation>● стабильно</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="358"/>
        <source>≈ motion</source>
        <translation>≈ движение</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="359"/>
        <source>▲ overload</source>
        <translation>▲ перегрузка</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="360"/>
        <source>▼ under zero</source>
        <translation>▼ ниже нуля</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="361"/>
        <source>✕ no scale</source>
        <translation>✕ нет весов</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="363"/>
        <source>Live: {live}  {state}</source>
        <translation>Сейчас: {live}  {state}</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="379"/>
        <source>{kg} kg is outside {lo}–{hi} kg per piece: it cannot be captured</source>
        <translation>{kg} кг вне диапазона {lo}–{hi} кг на место: записать нельзя</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="415"/>
        <source>⊘ NO SCALE — manual weight only (Ctrl+F8)</source>
        <translation>⊘ НЕТ ВЕСОВ — только ручной ввод (Ctrl+F8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="442"/>
        <source>✔ CAPTURED</source>
        <translation>✔ ЗАПИСАНО</translation>
    </message>
    <message>
        <source>🔒 CAPTURED</source>
        <translation type="vanished">🔒 ЗАПИСАНО</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="443"/>
        <source>✎ MANUAL</source>
        <translation>✎ ВРУЧНУЮ</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="444"/>
        <source>✕ CAPTURE DROPPED</source>
        <translation>✕ ВЕС СБРОШЕН</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="445"/>
        <source>⤓ CLEAR THE PLATFORM</source>
        <translation>⤓ ОСВОБОДИТЕ ПЛАТФОРМУ</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="455"/>
        <source>Captured {kg} kg; bound to the load until accepted</source>
        <translation>Записано {kg} кг; вес привязан к грузу до приёма</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="457"/>
        <source>Captured {kg} kg at {time}; bound to the load until accepted</source>
        <translation>Записано {kg} кг в {time}; вес привязан к грузу до приёма</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="461"/>
        <source>Manual weight {kg} kg, approved by a supervisor</source>
        <translation>Вес вручную {kg} кг, разрешён руководителем</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="465"/>
        <source>No weight captured: the capture was dropped (why: below).</source>
        <translation>Вес не записан: записанный вес сброшен (причина ниже).</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="468"/>
        <source>The last piece ({kg} kg) is still on the platform: take it off.</source>
        <translation>Последнее место ({kg} кг) всё ещё на платформе: снимите его.</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="495"/>
        <source>No scale is set up at this counter: use Manual weight (Ctrl+F8) with a supervisor, or choose the scale in Tools → Scale settings.</source>
        <translation>На этом окне весы не подключены: введите вес вручную (Ctrl+F8) с разрешения руководителя или выберите весы в меню Сервис → Настройки весов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="501"/>
        <source>The weight is already captured and bound to the load.</source>
        <translation>Вес уже записан и привязан к грузу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/weight_panel.py" line="627"/>
        <source>No scale is set up (Tools → Scale settings): weights only by approval</source>
        <translation>Весы не подключены (Сервис → Настройки весов): вес только с разрешения</translation>
    </message>
</context>
</TS>
