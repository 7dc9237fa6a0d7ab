<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="60"/>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="97"/>
        <source>CloudOffice Compare %1</source>
        <translation>CloudOffice Compare %1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="61"/>
        <source>An offline reference for cloud-office collaboration suites, built around a news article of 2020-02-24 and sourced research facts.</source>
        <translation>An offline reference for cloud-office collaboration suites, built around a news article of 2020-02-24 and sourced research facts.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="64"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="65"/>
        <source>Dataset: %1</source>
        <translation>Dataset: %1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="66"/>
        <source>Data version: %1</source>
        <translation>Data version: %1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="67"/>
        <source>Built: %1</source>
        <translation>Built: %1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="68"/>
        <source>Schema version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="69"/>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="70"/>
        <source>Sources: %1</source>
        <translation>Sources: %1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="71"/>
        <source>Sourced facts: %1 (feature support %2, events %3, offers %4, strategies %5)</source>
        <translation>Sourced facts: %1 (feature support %2, events %3, offers %4, strategies %5)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="75"/>
        <source>Products: %1, vendors: %2</source>
        <translation>Products: %1, vendors: %2</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="78"/>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="79"/>
        <source>CloudOffice Compare: MIT License.</source>
        <translation>CloudOffice Compare: MIT License.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="80"/>
        <source>Noto Sans CJK SC and the other bundled Noto fonts (subsets, renamed &quot;... Subset&quot;): SIL Open Font License 1.1, full text below.</source>
        <translation>Noto Sans CJK SC and the other bundled Noto fonts (subsets, renamed &quot;... Subset&quot;): SIL Open Font License 1.1, full text below.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="82"/>
        <source>Qt %1 and PySide6 %2 (Qt for Python): GNU Lesser General Public License v3.</source>
        <translation>Qt %1 and PySide6 %2 (Qt for Python): GNU Lesser General Public License v3.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="84"/>
        <source>pyqtgraph: MIT License.</source>
        <translation>pyqtgraph: MIT License.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="85"/>
        <source>sqlite-utils (builds the database): Apache License 2.0.</source>
        <translation>sqlite-utils (builds the database): Apache License 2.0.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="86"/>
        <source>SQLite: public domain.</source>
        <translation>SQLite: public domain.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="90"/>
        <source>Font licence (resources/fonts/OFL.txt):</source>
        <translation>Font licence (resources/fonts/OFL.txt):</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="96"/>
        <source>About CloudOffice Compare</source>
        <translation>About CloudOffice Compare</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="98"/>
        <source>About: versions, data and licences</source>
        <translation>About: versions, data and licences</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../../cloudoffice_gui/models/product_list_model.py" line="167"/>
        <source>Collaboration suite</source>
        <translation>Collaboration suite</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/product_list_model.py" line="168"/>
        <source>Video meetings</source>
        <translation>Video meetings</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/product_list_model.py" line="169"/>
        <source>Online documents</source>
        <translation>Online documents</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/product_list_model.py" line="170"/>
        <source>Messaging</source>
        <translation>Messaging</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/product_list_model.py" line="171"/>
        <source>Office suite</source>
        <translation>Office suite</translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="19"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="20"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="21"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <location filename="../../cloudoffice_gui/views/coverage_dialog.py" line="110"/>
        <source>Data coverage</source>
        <translation>Data coverage</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/coverage_dialog.py" line="114"/>
        <source>How far to trust a comparison. Stated: at least one source speaks to the cell (any date; the next column counts only sources valid by the as-of date). Unknown (?): no source yet, which is not the same as &quot;not supported&quot;. Out of scope (—): the feature does not apply to this kind of product; such cells are never researched and never counted. High confidence: the share of the product&apos;s support rows whose confidence is high.</source>
        <translation>How far to trust a comparison. Stated: at least one source speaks to the cell (any date; the next column counts only sources valid by the as-of date). Unknown (?): no source yet, which is not the same as &quot;not supported&quot;. Out of scope (—): the feature does not apply to this kind of product; such cells are never researched and never counted. High confidence: the share of the product&apos;s support rows whose confidence is high.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/coverage_dialog.py" line="120"/>
        <source>Data coverage per product</source>
        <translation>Data coverage per product</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="71"/>
        <source>%1 of %2 features in scope have at least one source (%3)</source>
        <translation>%1 of %2 features in scope have at least one source (%3)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="74"/>
        <source>%1 of %2 features in scope have a source valid by %3 (%4)</source>
        <translation>%1 of %2 features in scope have a source valid by %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="77"/>
        <source>%1 features in scope have no source yet (shown as ?)</source>
        <translation>%1 features in scope have no source yet (shown as ?)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="79"/>
        <source>%1 features do not apply to this kind of product (shown as —)</source>
        <translation>%1 features do not apply to this kind of product (shown as —)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="81"/>
        <source>No support rows for features in scope yet</source>
        <translation>No support rows for features in scope yet</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="82"/>
        <source>%1 of this product&apos;s support rows have high confidence</source>
        <translation>%1 of this product&apos;s support rows have high confidence</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="131"/>
        <source>Product</source>
        <translation type="unfinished">Product</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="131"/>
        <source>Stated /
in scope</source>
        <translation>Stated /
in scope</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="132"/>
        <source>Stated by
%1</source>
        <translation>Stated by
%1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="133"/>
        <source>Unknown
(?)</source>
        <translation>Unknown
(?)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="133"/>
        <source>Out of scope
(—)</source>
        <translation>Out of scope
(—)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="134"/>
        <source>High
confidence</source>
        <translation>High
confidence</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="137"/>
        <source>Features in scope for which at least one source states support, at any date</source>
        <translation>Features in scope for which at least one source states support, at any date</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="139"/>
        <source>Features in scope with a source valid on or before the as-of date</source>
        <translation>Features in scope with a source valid on or before the as-of date</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="140"/>
        <source>Features in scope that no source speaks to yet</source>
        <translation>Features in scope that no source speaks to yet</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="141"/>
        <source>Features that do not apply to this kind of product; never counted</source>
        <translation>Features that do not apply to this kind of product; never counted</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="142"/>
        <source>Share of the product&apos;s support rows whose confidence is high</source>
        <translation>Share of the product&apos;s support rows whose confidence is high</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../cloudoffice_gui/views/crash_handler.py" line="152"/>
        <source>Cannot read the database</source>
        <translation>Cannot read the database</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/crash_handler.py" line="154"/>
        <source>File:</source>
        <translation type="unfinished">File:</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/crash_handler.py" line="163"/>
        <source>The details were written to:</source>
        <translation>The details were written to:</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/crash_handler.py" line="165"/>
        <source>The details could not be written to a log file:</source>
        <translation>The details could not be written to a log file:</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/crash_handler.py" line="168"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/crash_handler.py" line="170"/>
        <source>CloudOffice Compare met an unexpected error. It keeps running; if something looks wrong, restart it.</source>
        <translation>CloudOffice Compare met an unexpected error. It keeps running; if something looks wrong, restart it.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/crash_handler.py" line="175"/>
        <source>Keep running</source>
        <translation>Keep running</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/crash_handler.py" line="176"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>DatabaseErrorDialog</name>
    <message>
        <location filename="../../cloudoffice_gui/views/database_error_dialog.py" line="21"/>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/database_error_dialog.py" line="24"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/database_error_dialog.py" line="33"/>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/database_error_dialog.py" line="34"/>
        <source>CloudOffice Compare databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>CloudOffice Compare databases (*.db *.sqlite *.sqlite3);;All files (*)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../cloudoffice_gui/views/evidence_panel.py" line="68"/>
        <source>Evidence: facts with their quotes and sources</source>
        <translation>Evidence: facts with their quotes and sources</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/evidence_panel.py" line="55"/>
        <source>Select a product, a matrix cell, an event or an offer to see its sources and quotes here.</source>
        <translation>Select a product, a matrix cell, an event or an offer to see its sources and quotes here.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="128"/>
        <source>Choose at least one product to compare.</source>
        <translation>Choose at least one product to compare.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="139"/>
        <source>Export Comparison PDF</source>
        <translation>Export Comparison PDF</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="140"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="150"/>
        <source>Writing the comparison PDF…</source>
        <translation>Writing the comparison PDF…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="159"/>
        <source>Print Comparison</source>
        <translation>Print Comparison</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="164"/>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="181"/>
        <source>Print Preview</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="218"/>
        <source>Export Matrix as CSV</source>
        <translation>Export Matrix as CSV</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="219"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="228"/>
        <source>Feature (as of %1)</source>
        <translation>Feature (as of %1)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="230"/>
        <source>Writing the CSV file…</source>
        <translation>Writing the CSV file…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="241"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="241"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="242"/>
        <source>Export Timeline as PNG</source>
        <translation>Export Timeline as PNG</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="243"/>
        <source>Export Timeline as SVG</source>
        <translation>Export Timeline as SVG</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="258"/>
        <source>Writing the timeline picture…</source>
        <translation>Writing the timeline picture…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="264"/>
        <source>This view is not available in this version.</source>
        <translation>This view is not available in this version.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="291"/>
        <source>Replace File?</source>
        <translation>Replace File?</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="292"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="300"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="301"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="315"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="325"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="329"/>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="330"/>
        <source>The export could not be completed.</source>
        <translation>The export could not be completed.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="338"/>
        <source>&amp;Export Comparison PDF…</source>
        <translation>&amp;Export Comparison PDF…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="339"/>
        <source>Write the chosen products, as-of date and language as a PDF report</source>
        <translation>Write the chosen products, as-of date and language as a PDF report</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="340"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="341"/>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="342"/>
        <source>Pap&amp;er</source>
        <translation>Pap&amp;er</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="343"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="344"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="345"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="346"/>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="347"/>
        <source>Export Matrix as &amp;CSV…</source>
        <translation>Export Matrix as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="348"/>
        <source>The matrix exactly as shown: rows, columns and as-of date</source>
        <translation>The matrix exactly as shown: rows, columns and as-of date</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="349"/>
        <source>Export Timeline as P&amp;NG…</source>
        <translation>Export Timeline as P&amp;NG…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="350"/>
        <source>Export Timeline as &amp;SVG…</source>
        <translation>Export Timeline as &amp;SVG…</translation>
    </message>
</context>
<context>
    <name>FactKind</name>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="37"/>
        <source>Feature support</source>
        <translation>Feature support</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="38"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="39"/>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="40"/>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="41"/>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="42"/>
        <source>Launch date</source>
        <translation>Launch date</translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="56"/>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="56"/>
        <source>partial</source>
        <translation>partial</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="56"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="57"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="63"/>
        <source>high confidence</source>
        <translation>high confidence</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="63"/>
        <source>medium confidence</source>
        <translation>medium confidence</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="64"/>
        <source>low confidence</source>
        <translation>low confidence</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="70"/>
        <source>source missing</source>
        <translation>source missing</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="80"/>
        <source>no URL: printed or unpublished copy</source>
        <translation>no URL: printed or unpublished copy</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="88"/>
        <source>at least since %1 (first reported on %1; start not known)</source>
        <translation>at least since %1 (first reported on %1; start not known)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="91"/>
        <source>began %1 · reported %2</source>
        <translation>began %1 · reported %2</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="97"/>
        <source>Ended:</source>
        <translation>Ended:</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="124"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="92"/>
        <source>valid from</source>
        <translation>valid from</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="132"/>
        <source>%1 · reported %2</source>
        <translation>%1 · reported %2</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="134"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="136"/>
        <source>start not stated</source>
        <translation>start not stated</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="137"/>
        <source>end not found</source>
        <translation>end not found</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="139"/>
        <source>Who:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="140"/>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="144"/>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="145"/>
        <source>date not stated</source>
        <translation>date not stated</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="150"/>
        <source>Speaker:</source>
        <translation>Speaker:</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="151"/>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="151"/>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="177"/>
        <source>Sources disagree:</source>
        <translation>Sources disagree:</translation>
    </message>
</context>
<context>
    <name>FeatureMatrixModel</name>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="65"/>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="107"/>
        <source>not this kind of product</source>
        <translation>not this kind of product</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="67"/>
        <source>at least since %1</source>
        <translation>at least since %1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="78"/>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="79"/>
        <source>full</source>
        <translation type="unfinished">full</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="79"/>
        <source>partial</source>
        <translation type="unfinished">partial</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="80"/>
        <source>none (a source says it lacks it)</source>
        <translation>none (a source says it lacks it)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="81"/>
        <source>unknown: no source yet</source>
        <translation>unknown: no source yet</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="82"/>
        <source>disputed: sources disagree</source>
        <translation>disputed: sources disagree</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="83"/>
        <source>not this kind of product (never scored)</source>
        <translation>not this kind of product (never scored)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="84"/>
        <source>at least since: the date a source first reported it</source>
        <translation>at least since: the date a source first reported it</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="85"/>
        <source>stale: last confirmed over 2 years before the date, or the date is beyond the research</source>
        <translation>stale: last confirmed over 2 years before the date, or the date is beyond the research</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="111"/>
        <source>ended %1; nothing newer known</source>
        <translation>ended %1; nothing newer known</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="113"/>
        <source>no statement yet</source>
        <translation>no statement yet</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="121"/>
        <source>%1 at least since %2 (first reported then)</source>
        <translation>%1 at least since %2 (first reported then)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="121"/>
        <source>%1 since %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="129"/>
        <source>stale: last confirmed %1</source>
        <translation>stale: last confirmed %1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="141"/>
        <source>⚠ Sources disagree on this date.</source>
        <translation>⚠ Sources disagree on this date.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="143"/>
        <source>Changed since %1; then: %2</source>
        <translation>Changed since %1; then: %2</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="146"/>
        <source>Select the cell to see every source and quote.</source>
        <translation>Select the cell to see every source and quote.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="157"/>
        <source>%1 of %2 weighted points (%3%); rank %4 of %5</source>
        <translation>%1 of %2 weighted points (%3%); rank %4 of %5</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="168"/>
        <source>Score %1% (rank %2)</source>
        <translation>Score %1% (rank %2)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="170"/>
        <source>Click to sort by this product; drag to reorder the columns.</source>
        <translation>Click to sort by this product; drag to reorder the columns.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="187"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="187"/>
        <source>Weighted score and rank of each product (see the weights panel).</source>
        <translation>Weighted score and rank of each product (see the weights panel).</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="181"/>
        <source>Figures in %1</source>
        <translation>Figures in %1</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="50"/>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="51"/>
        <source>Partial</source>
        <translation>Partial</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="52"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="53"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="214"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="215"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="216"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="217"/>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="218"/>
        <source>Strategies</source>
        <translation>Strategies</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="219"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="225"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="226"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="227"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="228"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="229"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="230"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="231"/>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="232"/>
        <source>Database summary</source>
        <translation>Database summary</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="246"/>
        <source>bundled data</source>
        <translation>bundled data</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="247"/>
        <source>CloudOffice Compare — %1</source>
        <translation>CloudOffice Compare — %1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="255"/>
        <source>%1 products · %2 features · %3 events · %4 offers · %5 sources · data %6</source>
        <translation>%1 products · %2 features · %3 events · %4 offers · %5 sources · data %6</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="262"/>
        <source>about %1</source>
        <translation>about %1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="264"/>
        <source>researched through %1</source>
        <translation>researched through %1</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="357"/>
        <source>%1 (as of %2)</source>
        <translation>%1 (as of %2)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="388"/>
        <source>%1 · %2 (as of %3)</source>
        <translation>%1 · %2 (as of %3)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="464"/>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="534"/>
        <source>All feature groups</source>
        <translation>All feature groups</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="519"/>
        <source>&amp;As of</source>
        <translation>&amp;As of</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="520"/>
        <source>Each cell shows what was stated by this date</source>
        <translation>Each cell shows what was stated by this date</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="501"/>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="521"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="404"/>
        <source>%1 · score (as of %2)</source>
        <translation>%1 · score (as of %2)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="406"/>
        <source>Rank %1 with %2% of the weighted points it could earn.</source>
        <translation>Rank %1 with %2% of the weighted points it could earn.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="409"/>
        <source>Features in scope stated by this date: %1 of %2. Unknown, counting 0: %3. Not this kind of product, left out: %4.</source>
        <translation>Features in scope stated by this date: %1 of %2. Unknown, counting 0: %3. Not this kind of product, left out: %4.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="414"/>
        <source>Full earns 1 point, partial 0.5, none and unknown 0; each feature counts with its group&apos;s weight (see Weights and ranking).</source>
        <translation>Full earns 1 point, partial 0.5, none and unknown 0; each feature counts with its group&apos;s weight (see Weights and ranking).</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="426"/>
        <source>— Not this kind of product: “%1” is about %2; %3 is a %4 product, so the cell is not researched and never scored.</source>
        <translation>— Not this kind of product: “%1” is about %2; %3 is a %4 product, so the cell is not researched and never scored.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="433"/>
        <source>? The claim below ended on %1 and no newer source is known, so the cell shows unknown.</source>
        <translation>? The claim below ended on %1 and no newer source is known, so the cell shows unknown.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="440"/>
        <source>? No source states this by %1: unknown, not “no”. The first statement is dated %2.</source>
        <translation>? No source states this by %1: unknown, not “no”. The first statement is dated %2.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="445"/>
        <source>? No source yet speaks to this cell: unknown, not “no”.</source>
        <translation>? No source yet speaks to this cell: unknown, not “no”.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="448"/>
        <source>° Stale as of %1: last confirmed %2. It may have changed since; no newer source is known.</source>
        <translation>° Stale as of %1: last confirmed %2. It may have changed since; no newer source is known.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="498"/>
        <source>The article&apos;s day</source>
        <translation>The article&apos;s day</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="499"/>
        <source>End of Wuhan&apos;s lockdown</source>
        <translation>End of Wuhan&apos;s lockdown</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="500"/>
        <source>Researched through</source>
        <translation>Researched through</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="522"/>
        <source>Go to</source>
        <translation>Go to</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="523"/>
        <source>Jump to the article&apos;s day, the end of Wuhan&apos;s lockdown or the research horizon</source>
        <translation>Jump to the article&apos;s day, the end of Wuhan&apos;s lockdown or the research horizon</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="525"/>
        <source>Mark changes since</source>
        <translation>Mark changes since</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="526"/>
        <source>Frame the cells that differ between this date and the as-of date</source>
        <translation>Frame the cells that differ between this date and the as-of date</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="528"/>
        <source>Only differences</source>
        <translation>Only differences</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="529"/>
        <source>Hide features on which all shown products agree</source>
        <translation>Hide features on which all shown products agree</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="530"/>
        <source>Filter features (English or Chinese)…</source>
        <translation>Filter features (English or Chinese)…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="531"/>
        <source>Original order</source>
        <translation>Original order</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="532"/>
        <source>Weights and ranking</source>
        <translation>Weights and ranking</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="533"/>
        <source>Show or hide the weights, ranking and sensitivity</source>
        <translation>Show or hide the weights, ranking and sensitivity</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="535"/>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="535"/>
        <source>partial</source>
        <translation>partial</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="535"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="536"/>
        <source>unknown (no statement yet)</source>
        <translation>unknown (no statement yet)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="537"/>
        <source>disputed (sources disagree)</source>
        <translation>disputed (sources disagree)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="538"/>
        <source>not this kind of product (never scored)</source>
        <translation>not this kind of product (never scored)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="539"/>
        <source>at least since: the date a source first reported it; when it began is not known</source>
        <translation>at least since: the date a source first reported it; when it began is not known</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="541"/>
        <source>stale (faded): last confirmed over 2 years before the date, or the date is beyond the research</source>
        <translation>stale (faded): last confirmed over 2 years before the date, or the date is beyond the research</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="547"/>
        <source>framed, bold: changed since</source>
        <translation>framed, bold: changed since</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="548"/>
        <source>Feature matrix</source>
        <translation>Feature matrix</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <location filename="../../cloudoffice_gui/models/offers_model.py" line="81"/>
        <source>end not found</source>
        <translation type="unfinished">end not found</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/offers_model.py" line="130"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/offers_model.py" line="130"/>
        <source>Announced</source>
        <translation>Announced</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/offers_model.py" line="130"/>
        <source>Who qualifies</source>
        <translation>Who qualifies</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/offers_model.py" line="131"/>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/offers_model.py" line="131"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/offers_model.py" line="131"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/offers_model.py" line="131"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/offers_model.py" line="132"/>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
</context>
<context>
    <name>OffersView</name>
    <message>
        <location filename="../../cloudoffice_gui/views/offers_view.py" line="111"/>
        <source>All products</source>
        <translation>All products</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/offers_view.py" line="122"/>
        <source>Any confidence</source>
        <translation>Any confidence</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/offers_view.py" line="189"/>
        <source>%1 of %2 offers</source>
        <translation>%1 of %2 offers</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/offers_view.py" line="205"/>
        <source>Who qualifies (e.g. school, 医院)…</source>
        <translation>Who qualifies (e.g. school, 医院)…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/offers_view.py" line="206"/>
        <source>Running on</source>
        <translation>Running on</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/offers_view.py" line="208"/>
        <source>Hide offers whose dates show they were not running on this day. Offers without known dates stay listed.</source>
        <translation>Hide offers whose dates show they were not running on this day. Offers without known dates stay listed.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/offers_view.py" line="210"/>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
</context>
<context>
    <name>ProductDetailsView</name>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="135"/>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="136"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="137"/>
        <source>Also known as</source>
        <translation>Also known as</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="144"/>
        <source>Launched</source>
        <translation>Launched</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="153"/>
        <source>Show in the evidence panel</source>
        <translation>Show in the evidence panel</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="162"/>
        <source>Selected fact</source>
        <translation>Selected fact</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="166"/>
        <source>Product details</source>
        <translation>Product details</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="92"/>
        <source>Select a product in the list.</source>
        <translation>Select a product in the list.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="104"/>
        <source>Offers</source>
        <translation type="unfinished">Offers</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="107"/>
        <source>No sourced offers.</source>
        <translation>No sourced offers.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="108"/>
        <source>Events</source>
        <translation type="unfinished">Events</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="112"/>
        <source>No sourced events.</source>
        <translation>No sourced events.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="140"/>
        <source>not sourced</source>
        <translation>not sourced</translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <location filename="../../cloudoffice_gui/models/product_list_model.py" line="156"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/product_list_model.py" line="156"/>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/product_list_model.py" line="156"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
</context>
<context>
    <name>ProductListPanel</name>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="110"/>
        <source>High-confidence facts</source>
        <translation>High-confidence facts</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="111"/>
        <source>Medium-confidence facts</source>
        <translation>Medium-confidence facts</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="113"/>
        <source>All vendors</source>
        <translation>All vendors</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="114"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="115"/>
        <source>Any confidence</source>
        <translation>Any confidence</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="160"/>
        <source>Search products (钉, 飞书, Lark, teams…)</source>
        <translation>Search products (钉, 飞书, Lark, teams…)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="161"/>
        <source>Search products</source>
        <translation>Search products</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="162"/>
        <source>Filter by vendor</source>
        <translation>Filter by vendor</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="163"/>
        <source>Filter by category</source>
        <translation>Filter by category</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="164"/>
        <source>Filter by confidence of facts</source>
        <translation>Filter by confidence of facts</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="165"/>
        <source>Products; check to compare</source>
        <translation>Products; check to compare</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="166"/>
        <source>Article&apos;s six</source>
        <translation>Article&apos;s six</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="167"/>
        <source>Compare the six products the 2020-02-24 article covers</source>
        <translation>Compare the six products the 2020-02-24 article covers</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="168"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="169"/>
        <source>Compare no products</source>
        <translation>Compare no products</translation>
    </message>
</context>
<context>
    <name>SearchActions</name>
    <message>
        <location filename="../../cloudoffice_gui/views/search_dialog.py" line="205"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/search_dialog.py" line="206"/>
        <source>Search everything, in Chinese or English</source>
        <translation>Search everything, in Chinese or English</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../cloudoffice_gui/views/search_dialog.py" line="110"/>
        <source>Type a name, a word or part of a quote, in Chinese or English.</source>
        <translation>Type a name, a word or part of a quote, in Chinese or English.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/search_dialog.py" line="112"/>
        <source>No matches.</source>
        <translation>No matches.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cloudoffice_gui/views/search_dialog.py" line="114"/>
        <source>%n result(s). Enter or double-click opens one.</source>
        <translation>
            <numerusform>%n result. Enter or double-click opens it.</numerusform>
            <numerusform>%n results. Enter or double-click opens one.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/search_dialog.py" line="161"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/search_dialog.py" line="162"/>
        <source>Search products, features, events, offers, quotes, sources…</source>
        <translation>Search products, features, events, offers, quotes, sources…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/search_dialog.py" line="163"/>
        <source>Search text</source>
        <translation>Search text</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/search_dialog.py" line="164"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../cloudoffice_gui/models/search_results_model.py" line="180"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/search_results_model.py" line="180"/>
        <source>Matching text</source>
        <translation>Matching text</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/search_results_model.py" line="186"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/search_results_model.py" line="187"/>
        <source>Vendors</source>
        <translation>Vendors</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/search_results_model.py" line="188"/>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/search_results_model.py" line="189"/>
        <source>Feature support</source>
        <translation>Feature support</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/search_results_model.py" line="190"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/search_results_model.py" line="191"/>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/search_results_model.py" line="192"/>
        <source>Strategies and context</source>
        <translation>Strategies and context</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/search_results_model.py" line="193"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>SourceFactsModel</name>
    <message>
        <location filename="../../cloudoffice_gui/models/source_facts_model.py" line="137"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/source_facts_model.py" line="137"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/source_facts_model.py" line="137"/>
        <source>Fact</source>
        <translation>Fact</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/source_facts_model.py" line="137"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/source_facts_model.py" line="138"/>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../cloudoffice_gui/models/sources_model.py" line="93"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/sources_model.py" line="93"/>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/sources_model.py" line="93"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/sources_model.py" line="93"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/sources_model.py" line="94"/>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/sources_model.py" line="94"/>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <location filename="../../cloudoffice_gui/views/sources_view.py" line="195"/>
        <source>Select a source to see the facts that cite it.</source>
        <translation>Select a source to see the facts that cite it.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/sources_view.py" line="200"/>
        <source>Author: %1</source>
        <translation>Author: %1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/sources_view.py" line="202"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/sources_view.py" line="204"/>
        <source>No URL: printed or unpublished copy</source>
        <translation>No URL: printed or unpublished copy</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/sources_view.py" line="207"/>
        <source>Facts citing this source: %1</source>
        <translation>Facts citing this source: %1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/sources_view.py" line="248"/>
        <source>%1 of %2 sources</source>
        <translation>%1 of %2 sources</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/sources_view.py" line="255"/>
        <source>Filter sources by title, publisher or URL…</source>
        <translation>Filter sources by title, publisher or URL…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/sources_view.py" line="256"/>
        <source>Open link</source>
        <translation>Open link</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/sources_view.py" line="257"/>
        <source>Open this address in your web browser</source>
        <translation>Open this address in your web browser</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/sources_view.py" line="258"/>
        <source>Copy link</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/sources_view.py" line="259"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/sources_view.py" line="260"/>
        <source>Facts citing the selected source</source>
        <translation>Facts citing the selected source</translation>
    </message>
</context>
<context>
    <name>StandardMenus</name>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="145"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="147"/>
        <source>Read another CloudOffice Compare database (read-only)</source>
        <translation>Read another CloudOffice Compare database (read-only)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="148"/>
        <source>Open &amp;Bundled Database</source>
        <translation>Open &amp;Bundled Database</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="149"/>
        <source>Go back to the data that ships with the app</source>
        <translation>Go back to the data that ships with the app</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="150"/>
        <source>&amp;Go To</source>
        <translation>&amp;Go To</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="154"/>
        <source>Next View</source>
        <translation>Next View</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="155"/>
        <source>Previous View</source>
        <translation>Previous View</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="156"/>
        <source>Next Pane</source>
        <translation>Next Pane</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="157"/>
        <source>Previous Pane</source>
        <translation>Previous Pane</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="158"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="159"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="160"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="161"/>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="162"/>
        <source>Follow &amp;System</source>
        <translation>Follow &amp;System</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="163"/>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="164"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="165"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="166"/>
        <source>&amp;Reset to Defaults…</source>
        <translation>&amp;Reset to Defaults…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="168"/>
        <source>Forget every saved setting and go back to the defaults</source>
        <translation>Forget every saved setting and go back to the defaults</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="169"/>
        <source>&amp;About CloudOffice Compare</source>
        <translation>&amp;About CloudOffice Compare</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="170"/>
        <source>Data &amp;Coverage…</source>
        <translation>Data &amp;Coverage…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="171"/>
        <source>How many matrix cells the sources speak to, per product, and how much of it is high confidence</source>
        <translation>How many matrix cells the sources speak to, per product, and how much of it is high confidence</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="173"/>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="291"/>
        <source>Reset to Defaults</source>
        <translation>Reset to Defaults</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="292"/>
        <source>Forget the saved window layout, products, date, weights, language, theme and text size?</source>
        <translation>Forget the saved window layout, products, date, weights, language, theme and text size?</translation>
    </message>
</context>
<context>
    <name>StrategiesView</name>
    <message>
        <location filename="../../cloudoffice_gui/views/strategies_view.py" line="166"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/strategies_view.py" line="222"/>
        <source>Source missing</source>
        <translation>Source missing</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/strategies_view.py" line="230"/>
        <source>Speaker: %1</source>
        <translation>Speaker: %1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/strategies_view.py" line="260"/>
        <source>Platform strategies</source>
        <translation>Platform strategies</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/strategies_view.py" line="262"/>
        <source>Context: the article&apos;s wider view</source>
        <translation>Context: the article&apos;s wider view</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/strategies_view.py" line="263"/>
        <source>Strategies</source>
        <translation>Strategies</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_view.py" line="185"/>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="124"/>
        <source>… and %1 more here: click to list them all</source>
        <translation>… and %1 more here: click to list them all</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_view.py" line="253"/>
        <source>%1 events</source>
        <translation>%1 events</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_view.py" line="281"/>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_view.py" line="375"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_view.py" line="376"/>
        <source>Jan–Mar 2020</source>
        <translation>Jan–Mar 2020</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_view.py" line="377"/>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_view.py" line="378"/>
        <source>Fit all</source>
        <translation>Fit all</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_view.py" line="379"/>
        <source>&amp;Figure:</source>
        <translation>&amp;Figure:</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_view.py" line="381"/>
        <source>Drag the dashed line to set the as-of date · +/− zoom · ←/→ pan · click a marker for its source · click a legend entry to hide that kind</source>
        <translation>Drag the dashed line to set the as-of date · +/− zoom · ←/→ pan · click a marker for its source · click a legend entry to hide that kind</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_view.py" line="391"/>
        <source>Hollow on a bar: month or year, not a day</source>
        <translation>Hollow on a bar: month or year, not a day</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="58"/>
        <source>Launch</source>
        <translation>Launch</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="58"/>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="58"/>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="59"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="59"/>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="59"/>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="60"/>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="67"/>
        <source>exact day</source>
        <translation>exact day</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="67"/>
        <source>month precision</source>
        <translation>month precision</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="68"/>
        <source>year precision</source>
        <translation>year precision</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="97"/>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="99"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="113"/>
        <source>Value: %1</source>
        <translation>Value: %1</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="213"/>
        <source>Feature weights: %1</source>
        <translation>Feature weights: %1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="231"/>
        <source>No products chosen.</source>
        <translation>No products chosen.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="237"/>
        <source>Choose at least two products to compare their ranking.</source>
        <translation>Choose at least two products to compare their ranking.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="240"/>
        <source>These products are of different kinds, so each is scored over the features in its own scope; no single weight threshold applies to all.</source>
        <translation>These products are of different kinds, so each is scored over the features in its own scope; no single weight threshold applies to all.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="243"/>
        <source>No single weight change between 0 and %1 changes the first place.</source>
        <translation>No single weight change between 0 and %1 changes the first place.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="248"/>
        <source>%1 and %2 share first place: any rise of the weight of %3 puts %2 first.</source>
        <translation>%1 and %2 share first place: any rise of the weight of %3 puts %2 first.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="250"/>
        <source>%1 and %2 share first place: any drop of the weight of %3 puts %2 first.</source>
        <translation>%1 and %2 share first place: any drop of the weight of %3 puts %2 first.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="252"/>
        <source>Smallest change of first place: raise %1 from %2 to %3 (+%4). There %5 draws level with %6; any higher and %5 leads.</source>
        <translation>Smallest change of first place: raise %1 from %2 to %3 (+%4). There %5 draws level with %6; any higher and %5 leads.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="254"/>
        <source>Smallest change of first place: lower %1 from %2 to %3 (−%4). There %5 draws level with %6; any lower and %5 leads.</source>
        <translation>Smallest change of first place: lower %1 from %2 to %3 (−%4). There %5 draws level with %6; any lower and %5 leads.</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="266"/>
        <source>the weight of group “%1”</source>
        <translation>the weight of group “%1”</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="268"/>
        <source>the weight of feature “%1”</source>
        <translation>the weight of feature “%1”</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="273"/>
        <source>Weights (0 ignores, 10 matters most)</source>
        <translation>Weights (0 ignores, 10 matters most)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="274"/>
        <source>Weight single features too</source>
        <translation>Weight single features too</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="275"/>
        <source>The feature whose own weight the box beside sets</source>
        <translation>The feature whose own weight the box beside sets</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="276"/>
        <source>This feature&apos;s weight, multiplied by its group&apos;s</source>
        <translation>This feature&apos;s weight, multiplied by its group&apos;s</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="277"/>
        <source>Reset weights</source>
        <translation>Reset weights</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="278"/>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="280"/>
        <source>How scores work: each cell earns ✓ full 1 point, ◐ partial 0.5, ✗ none 0 and ? unknown 0 (no source yet counts as nothing, so little data scores low); a ⚠ disputed cell earns the points of the lowest level its sources claim. A — cell (not this kind of product) counts neither way: it is left out of both the points and the most possible. A feature counts with its group&apos;s weight (times its own weight when single features are weighted). The score is the weighted points as a share of the most possible over the product&apos;s own features as of the chosen date, whatever the filters show. Ties keep the column order.</source>
        <translation>How scores work: each cell earns ✓ full 1 point, ◐ partial 0.5, ✗ none 0 and ? unknown 0 (no source yet counts as nothing, so little data scores low); a ⚠ disputed cell earns the points of the lowest level its sources claim. A — cell (not this kind of product) counts neither way: it is left out of both the points and the most possible. A feature counts with its group&apos;s weight (times its own weight when single features are weighted). The score is the weighted points as a share of the most possible over the product&apos;s own features as of the chosen date, whatever the filters show. Ties keep the column order.</translation>
    </message>
</context>
</TS>
