<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BatchMode</name>
    <message numerus="yes">
        <location filename="../../app/ui/batch_mode.py" line="273"/>
        <source>%n of {total} accepted</source>
        <translation>
            <numerusform>%n of {total} accepted</numerusform>
            <numerusform>%n of {total} accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/batch_mode.py" line="274"/>
        <source>%n weight difference(s)</source>
        <translation>
            <numerusform>%n weight difference</numerusform>
            <numerusform>%n weight differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/batch_mode.py" line="275"/>
        <source>%n to go</source>
        <translation>
            <numerusform>%n to go</numerusform>
            <numerusform>%n to go</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayList</name>
    <message numerus="yes">
        <location filename="../../app/ui/day_list.py" line="137"/>
        <source>%n consignment(s)</source>
        <translation>
            <numerusform>%n consignment</numerusform>
            <numerusform>%n consignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/day_list.py" line="138"/>
        <source>%n piece(s)</source>
        <translation>
            <numerusform>%n piece</numerusform>
            <numerusform>%n pieces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/print_preview.py" line="412"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusalBar</name>
    <message numerus="yes">
        <location filename="../../app/ui/refusal_bar.py" line="56"/>
        <source>and %n more at their fields</source>
        <translation>
            <numerusform>and %n more at its field</numerusform>
            <numerusform>and %n more at their fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/refusal_bar.py" line="57"/>
        <source>%n problem(s) — Accept refused, nothing was lost:</source>
        <translation>
            <numerusform>%n problem — Accept refused, nothing was lost:</numerusform>
            <numerusform>%n problems — Accept refused, nothing was lost:</numerusform>
        </translation>
    </message>
</context>
</TS>
