<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="60"/>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="97"/>
        <source>CloudOffice Compare %1</source>
        <translation>云办公对比 CloudOffice Compare %1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="61"/>
        <source>An offline reference for cloud-office collaboration suites, built around a news article of 2020-02-24 and sourced research facts.</source>
        <translation>一个离线查阅云办公协同套件的参考工具，以 2020-02-24 的一篇新闻报道和有出处的研究事实为基础。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="64"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="65"/>
        <source>Dataset: %1</source>
        <translation>数据集：%1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="66"/>
        <source>Data version: %1</source>
        <translation>数据版本：%1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="67"/>
        <source>Built: %1</source>
        <translation>构建日期：%1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="68"/>
        <source>Schema version: %1</source>
        <translation>结构版本：%1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="69"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="70"/>
        <source>Sources: %1</source>
        <translation>来源：%1 个</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="71"/>
        <source>Sourced facts: %1 (feature support %2, events %3, offers %4, strategies %5)</source>
        <translation>有出处的事实：%1 条（功能支持 %2，事件 %3，优惠 %4，战略 %5）</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="75"/>
        <source>Products: %1, vendors: %2</source>
        <translation>产品：%1 个，厂商：%2 家</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="78"/>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="79"/>
        <source>CloudOffice Compare: MIT License.</source>
        <translation>CloudOffice Compare：MIT 许可证。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="80"/>
        <source>Noto Sans CJK SC and the other bundled Noto fonts (subsets, renamed &quot;... Subset&quot;): SIL Open Font License 1.1, full text below.</source>
        <translation>Noto Sans CJK SC 及其他随附的 Noto 字体（子集，已改名为“... Subset”）：SIL 开放字体许可证 1.1（SIL Open Font License 1.1），全文见下。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="82"/>
        <source>Qt %1 and PySide6 %2 (Qt for Python): GNU Lesser General Public License v3.</source>
        <translation>Qt %1 与 PySide6 %2（Qt for Python）：GNU 宽通用公共许可证第 3 版（LGPLv3）。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="84"/>
        <source>pyqtgraph: MIT License.</source>
        <translation>pyqtgraph：MIT 许可证。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="85"/>
        <source>sqlite-utils (builds the database): Apache License 2.0.</source>
        <translation>sqlite-utils（用于构建数据库）：Apache 许可证 2.0。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="86"/>
        <source>SQLite: public domain.</source>
        <translation>SQLite：公有领域。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="90"/>
        <source>Font licence (resources/fonts/OFL.txt):</source>
        <translation>字体许可证（resources/fonts/OFL.txt）：</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="96"/>
        <source>About CloudOffice Compare</source>
        <translation>关于云办公对比</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/about_dialog.py" line="98"/>
        <source>About: versions, data and licences</source>
        <translation>关于：版本、数据与许可证</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../../cloudoffice_gui/models/product_list_model.py" line="167"/>
        <source>Collaboration suite</source>
        <translation>协同办公套件</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/product_list_model.py" line="168"/>
        <source>Video meetings</source>
        <translation>视频会议</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/product_list_model.py" line="169"/>
        <source>Online documents</source>
        <translation>在线文档</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/product_list_model.py" line="170"/>
        <source>Messaging</source>
        <translation>即时通讯</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/product_list_model.py" line="171"/>
        <source>Office suite</source>
        <translation>办公套件</translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="19"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="20"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="21"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <location filename="../../cloudoffice_gui/views/coverage_dialog.py" line="110"/>
        <source>Data coverage</source>
        <translation>数据覆盖</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/coverage_dialog.py" line="114"/>
        <source>How far to trust a comparison. Stated: at least one source speaks to the cell (any date; the next column counts only sources valid by the as-of date). Unknown (?): no source yet, which is not the same as &quot;not supported&quot;. Out of scope (—): the feature does not apply to this kind of product; such cells are never researched and never counted. High confidence: the share of the product&apos;s support rows whose confidence is high.</source>
        <translation>对比结果可以信到什么程度。有来源：至少有一个来源说到这个单元格（不限日期；下一列只算截至日期当天或之前已生效的来源）。未知（?）：还没有来源，这不等于“不支持”。不适用（—）：该功能不适用于这类产品，这些单元格从不调研，也从不计入。高可信度：该产品的支持记录中可信度为“高”的比例。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/coverage_dialog.py" line="120"/>
        <source>Data coverage per product</source>
        <translation>各产品的数据覆盖</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="71"/>
        <source>%1 of %2 features in scope have at least one source (%3)</source>
        <translation>适用的 %2 项功能中有 %1 项至少有一个来源（%3）</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="74"/>
        <source>%1 of %2 features in scope have a source valid by %3 (%4)</source>
        <translation>适用的 %2 项功能中有 %1 项在 %3 前已有生效的来源（%4）</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="77"/>
        <source>%1 features in scope have no source yet (shown as ?)</source>
        <translation>%1 项适用功能还没有来源（显示为 ?）</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="79"/>
        <source>%1 features do not apply to this kind of product (shown as —)</source>
        <translation>%1 项功能不适用于这类产品（显示为 —）</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="81"/>
        <source>No support rows for features in scope yet</source>
        <translation>适用功能还没有支持记录</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="82"/>
        <source>%1 of this product&apos;s support rows have high confidence</source>
        <translation>该产品的支持记录中 %1 为高可信度</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="131"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="131"/>
        <source>Stated /
in scope</source>
        <translation>有来源 /
适用</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="132"/>
        <source>Stated by
%1</source>
        <translation>截至 %1
有来源</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="133"/>
        <source>Unknown
(?)</source>
        <translation>未知
(?)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="133"/>
        <source>Out of scope
(—)</source>
        <translation>不适用
(—)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="134"/>
        <source>High
confidence</source>
        <translation>高可信度
占比</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="137"/>
        <source>Features in scope for which at least one source states support, at any date</source>
        <translation>至少有一个来源说明支持情况的适用功能（不限日期）</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="139"/>
        <source>Features in scope with a source valid on or before the as-of date</source>
        <translation>在截至日期当天或之前已有生效来源的适用功能</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="140"/>
        <source>Features in scope that no source speaks to yet</source>
        <translation>还没有任何来源说到的适用功能</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="141"/>
        <source>Features that do not apply to this kind of product; never counted</source>
        <translation>不适用于这类产品的功能，从不计入</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/coverage_model.py" line="142"/>
        <source>Share of the product&apos;s support rows whose confidence is high</source>
        <translation>该产品的支持记录中可信度为“高”的比例</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../cloudoffice_gui/views/crash_handler.py" line="152"/>
        <source>Cannot read the database</source>
        <translation>无法读取数据库</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/crash_handler.py" line="154"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/crash_handler.py" line="163"/>
        <source>The details were written to:</source>
        <translation>详细信息已写入：</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/crash_handler.py" line="165"/>
        <source>The details could not be written to a log file:</source>
        <translation>详细信息无法写入日志文件：</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/crash_handler.py" line="168"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/crash_handler.py" line="170"/>
        <source>CloudOffice Compare met an unexpected error. It keeps running; if something looks wrong, restart it.</source>
        <translation>云办公对比遇到了意外错误。程序会继续运行；如果有异常，请重新启动。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/crash_handler.py" line="175"/>
        <source>Keep running</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/crash_handler.py" line="176"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>DatabaseErrorDialog</name>
    <message>
        <location filename="../../cloudoffice_gui/views/database_error_dialog.py" line="21"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/database_error_dialog.py" line="24"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/database_error_dialog.py" line="33"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/database_error_dialog.py" line="34"/>
        <source>CloudOffice Compare databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>云办公对比数据库 (*.db *.sqlite *.sqlite3);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../cloudoffice_gui/views/evidence_panel.py" line="68"/>
        <source>Evidence: facts with their quotes and sources</source>
        <translation>证据：事实及其引文和来源</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/evidence_panel.py" line="55"/>
        <source>Select a product, a matrix cell, an event or an offer to see its sources and quotes here.</source>
        <translation>选择一款产品、一个矩阵单元格、一个事件或一项优惠，就会在这里看到它的来源和引文。</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="128"/>
        <source>Choose at least one product to compare.</source>
        <translation>请至少选择一款产品进行对比。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="139"/>
        <source>Export Comparison PDF</source>
        <translation>导出对比 PDF</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="140"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="150"/>
        <source>Writing the comparison PDF…</source>
        <translation>正在写入对比 PDF…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="159"/>
        <source>Print Comparison</source>
        <translation>打印对比</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="164"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="181"/>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="218"/>
        <source>Export Matrix as CSV</source>
        <translation>将功能矩阵导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="219"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="228"/>
        <source>Feature (as of %1)</source>
        <translation>功能（截至 %1）</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="230"/>
        <source>Writing the CSV file…</source>
        <translation>正在写入 CSV 文件…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="241"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="241"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="242"/>
        <source>Export Timeline as PNG</source>
        <translation>将时间线导出为 PNG</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="243"/>
        <source>Export Timeline as SVG</source>
        <translation>将时间线导出为 SVG</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="258"/>
        <source>Writing the timeline picture…</source>
        <translation>正在写入时间线图片…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="264"/>
        <source>This view is not available in this version.</source>
        <translation>此版本中没有这个视图。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="291"/>
        <source>Replace File?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="292"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="300"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="301"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="315"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>已取消导出；没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="325"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="329"/>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="330"/>
        <source>The export could not be completed.</source>
        <translation>导出未能完成。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="338"/>
        <source>&amp;Export Comparison PDF…</source>
        <translation>导出对比 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="339"/>
        <source>Write the chosen products, as-of date and language as a PDF report</source>
        <translation>按所选产品、截至日期和语言写出一份 PDF 报告</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="340"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="341"/>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="342"/>
        <source>Pap&amp;er</source>
        <translation>纸张(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="343"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="344"/>
        <source>Letter</source>
        <translation>Letter（美国信纸）</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="345"/>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="346"/>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="347"/>
        <source>Export Matrix as &amp;CSV…</source>
        <translation>将功能矩阵导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="348"/>
        <source>The matrix exactly as shown: rows, columns and as-of date</source>
        <translation>与当前显示完全一致的矩阵：行、列和截至日期</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="349"/>
        <source>Export Timeline as P&amp;NG…</source>
        <translation>将时间线导出为 PNG(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/export_actions.py" line="350"/>
        <source>Export Timeline as &amp;SVG…</source>
        <translation>将时间线导出为 SVG(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>FactKind</name>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="37"/>
        <source>Feature support</source>
        <translation>功能支持</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="38"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="39"/>
        <source>Offer</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="40"/>
        <source>Strategy</source>
        <translation>战略</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="41"/>
        <source>Context</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="42"/>
        <source>Launch date</source>
        <translation>发布日期</translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="56"/>
        <source>full</source>
        <translation>完全支持</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="56"/>
        <source>partial</source>
        <translation>部分支持</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="56"/>
        <source>none</source>
        <translation>不支持</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="57"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="63"/>
        <source>high confidence</source>
        <translation>高可信度</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="63"/>
        <source>medium confidence</source>
        <translation>中可信度</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="64"/>
        <source>low confidence</source>
        <translation>低可信度</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="70"/>
        <source>source missing</source>
        <translation>缺少来源</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="80"/>
        <source>no URL: printed or unpublished copy</source>
        <translation>无网址：印刷版或未公开的副本</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="88"/>
        <source>at least since %1 (first reported on %1; start not known)</source>
        <translation>至少自%1起（%1首次报道；开始时间不详）</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="91"/>
        <source>began %1 · reported %2</source>
        <translation>始于%1 · 报道于%2</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="97"/>
        <source>Ended:</source>
        <translation>已结束：</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="124"/>
        <source>Support</source>
        <translation>支持情况</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="92"/>
        <source>valid from</source>
        <translation>生效自</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="132"/>
        <source>%1 · reported %2</source>
        <translation>%1 · 报道于%2</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="134"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="136"/>
        <source>start not stated</source>
        <translation>开始时间未注明</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="137"/>
        <source>end not found</source>
        <translation>未找到结束时间</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="139"/>
        <source>Who:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="140"/>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="144"/>
        <source>Offer</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="145"/>
        <source>date not stated</source>
        <translation>未注明日期</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="150"/>
        <source>Speaker:</source>
        <translation>发言人：</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="151"/>
        <source>Strategy</source>
        <translation>战略</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="151"/>
        <source>Context</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/fact_html.py" line="177"/>
        <source>Sources disagree:</source>
        <translation>来源说法不一：</translation>
    </message>
</context>
<context>
    <name>FeatureMatrixModel</name>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="65"/>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="107"/>
        <source>not this kind of product</source>
        <translation>非此类产品</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="67"/>
        <source>at least since %1</source>
        <translation>至少自%1起</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="78"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="79"/>
        <source>full</source>
        <translation>支持</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="79"/>
        <source>partial</source>
        <translation>部分支持</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="80"/>
        <source>none (a source says it lacks it)</source>
        <translation>不支持（有来源表明不具备）</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="81"/>
        <source>unknown: no source yet</source>
        <translation>未知：尚无来源</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="82"/>
        <source>disputed: sources disagree</source>
        <translation>有争议：来源说法不一</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="83"/>
        <source>not this kind of product (never scored)</source>
        <translation>非此类产品（不计分）</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="84"/>
        <source>at least since: the date a source first reported it</source>
        <translation>至少自该日起：来源首次报道的日期</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="85"/>
        <source>stale: last confirmed over 2 years before the date, or the date is beyond the research</source>
        <translation>已过时：最后确认距所选日期超过2年，或所选日期晚于研究截止日期</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="111"/>
        <source>ended %1; nothing newer known</source>
        <translation>已于%1结束；尚无更新的信息</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="113"/>
        <source>no statement yet</source>
        <translation>尚无说法</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="121"/>
        <source>%1 at least since %2 (first reported then)</source>
        <translation>%1，至少自%2起（当日首次报道）</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="121"/>
        <source>%1 since %2</source>
        <translation>%1，自 %2 起</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="129"/>
        <source>stale: last confirmed %1</source>
        <translation>已过时：最后确认于%1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="141"/>
        <source>⚠ Sources disagree on this date.</source>
        <translation>⚠ 各来源在这一日期上说法不一。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="143"/>
        <source>Changed since %1; then: %2</source>
        <translation>自 %1 以来有变化；当时：%2</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="146"/>
        <source>Select the cell to see every source and quote.</source>
        <translation>选中此单元格可查看全部来源和引文。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="157"/>
        <source>%1 of %2 weighted points (%3%); rank %4 of %5</source>
        <translation>加权得分 %1 / %2（%3%）；排名 %4 / %5</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="168"/>
        <source>Score %1% (rank %2)</source>
        <translation>得分 %1%（第 %2 名）</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="170"/>
        <source>Click to sort by this product; drag to reorder the columns.</source>
        <translation>单击按此产品排序；拖动可调整列的顺序。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="187"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="187"/>
        <source>Weighted score and rank of each product (see the weights panel).</source>
        <translation>各产品的加权得分和排名（见权重面板）。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/feature_matrix_texts.py" line="181"/>
        <source>Figures in %1</source>
        <translation>数值单位：%1</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="50"/>
        <source>Full</source>
        <translation>完全支持</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="51"/>
        <source>Partial</source>
        <translation>部分支持</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="52"/>
        <source>None</source>
        <translation>不支持</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/fact_labels.py" line="53"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="214"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="215"/>
        <source>Matrix</source>
        <translation>功能矩阵</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="216"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="217"/>
        <source>Offers</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="218"/>
        <source>Strategies</source>
        <translation>战略</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="219"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="225"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="226"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="227"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="228"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="229"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="230"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="231"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="232"/>
        <source>Database summary</source>
        <translation>数据库概况</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="246"/>
        <source>bundled data</source>
        <translation>内置数据</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="247"/>
        <source>CloudOffice Compare — %1</source>
        <translation>云办公对比 — %1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="255"/>
        <source>%1 products · %2 features · %3 events · %4 offers · %5 sources · data %6</source>
        <translation>%1 个产品 · %2 项功能 · %3 个事件 · %4 项优惠 · %5 个来源 · 数据版本 %6</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="262"/>
        <source>about %1</source>
        <translation>聚焦 %1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/main_window.py" line="264"/>
        <source>researched through %1</source>
        <translation>研究资料截至 %1</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="357"/>
        <source>%1 (as of %2)</source>
        <translation>%1（截至 %2）</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="388"/>
        <source>%1 · %2 (as of %3)</source>
        <translation>%1 · %2（截至 %3）</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="464"/>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="534"/>
        <source>All feature groups</source>
        <translation>全部功能组</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="519"/>
        <source>&amp;As of</source>
        <translation>截至(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="520"/>
        <source>Each cell shows what was stated by this date</source>
        <translation>每个单元格显示截至该日期的说法</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="501"/>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="521"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="404"/>
        <source>%1 · score (as of %2)</source>
        <translation>%1 · 得分（截至%2）</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="406"/>
        <source>Rank %1 with %2% of the weighted points it could earn.</source>
        <translation>排名第%1，得到可得加权分的%2%。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="409"/>
        <source>Features in scope stated by this date: %1 of %2. Unknown, counting 0: %3. Not this kind of product, left out: %4.</source>
        <translation>截至该日有来源说明的适用功能：%1 / %2。未知（计0分）：%3。非此类产品（不计入）：%4。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="414"/>
        <source>Full earns 1 point, partial 0.5, none and unknown 0; each feature counts with its group&apos;s weight (see Weights and ranking).</source>
        <translation>支持得1分，部分支持得0.5分，不支持和未知得0分；每个功能按其分组的权重计分（见“权重与排名”）。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="426"/>
        <source>— Not this kind of product: “%1” is about %2; %3 is a %4 product, so the cell is not researched and never scored.</source>
        <translation>— 非此类产品：“%1”适用于%2；%3属于%4，因此该单元格不作研究，也不计分。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="433"/>
        <source>? The claim below ended on %1 and no newer source is known, so the cell shows unknown.</source>
        <translation>? 下列说法已于%1结束，且尚无更新的来源，因此该单元格显示为未知。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="440"/>
        <source>? No source states this by %1: unknown, not “no”. The first statement is dated %2.</source>
        <translation>? 截至%1尚无来源说明：是“未知”，不是“不支持”。最早的说明日期为%2。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="445"/>
        <source>? No source yet speaks to this cell: unknown, not “no”.</source>
        <translation>? 尚无来源说明该单元格：是“未知”，不是“不支持”。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="448"/>
        <source>° Stale as of %1: last confirmed %2. It may have changed since; no newer source is known.</source>
        <translation>° 截至%1已过时：最后确认于%2。此后可能已有变化，但尚无更新的来源。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="498"/>
        <source>The article&apos;s day</source>
        <translation>文章发表当日</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="499"/>
        <source>End of Wuhan&apos;s lockdown</source>
        <translation>武汉解封</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="500"/>
        <source>Researched through</source>
        <translation>研究资料截至</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="522"/>
        <source>Go to</source>
        <translation>跳转到</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="523"/>
        <source>Jump to the article&apos;s day, the end of Wuhan&apos;s lockdown or the research horizon</source>
        <translation>跳转到文章发表当日、武汉解封日或研究资料截止日</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="525"/>
        <source>Mark changes since</source>
        <translation>标出变化，自</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="526"/>
        <source>Frame the cells that differ between this date and the as-of date</source>
        <translation>给此日期与“截至”日期之间不同的单元格加框</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="528"/>
        <source>Only differences</source>
        <translation>只看差异</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="529"/>
        <source>Hide features on which all shown products agree</source>
        <translation>隐藏所有显示的产品都相同的功能</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="530"/>
        <source>Filter features (English or Chinese)…</source>
        <translation>筛选功能（中文或英文）…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="531"/>
        <source>Original order</source>
        <translation>原始顺序</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="532"/>
        <source>Weights and ranking</source>
        <translation>权重与排名</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="533"/>
        <source>Show or hide the weights, ranking and sensitivity</source>
        <translation>显示或隐藏权重、排名和敏感度分析</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="535"/>
        <source>full</source>
        <translation>完全支持</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="535"/>
        <source>partial</source>
        <translation>部分支持</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="535"/>
        <source>none</source>
        <translation>不支持</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="536"/>
        <source>unknown (no statement yet)</source>
        <translation>未知（尚无说法）</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="537"/>
        <source>disputed (sources disagree)</source>
        <translation>有争议（来源说法不一）</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="538"/>
        <source>not this kind of product (never scored)</source>
        <translation>非此类产品（不计分）</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="539"/>
        <source>at least since: the date a source first reported it; when it began is not known</source>
        <translation>至少自该日起：来源首次报道的日期，开始时间不详</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="541"/>
        <source>stale (faded): last confirmed over 2 years before the date, or the date is beyond the research</source>
        <translation>已过时（淡色）：最后确认距所选日期超过2年，或所选日期晚于研究截止日期</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="547"/>
        <source>framed, bold: changed since</source>
        <translation>加框加粗：自该日期以来有变化</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/matrix_view.py" line="548"/>
        <source>Feature matrix</source>
        <translation>功能矩阵</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <location filename="../../cloudoffice_gui/models/offers_model.py" line="81"/>
        <source>end not found</source>
        <translation>未找到结束时间</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/offers_model.py" line="130"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/offers_model.py" line="130"/>
        <source>Announced</source>
        <translation>公布日期</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/offers_model.py" line="130"/>
        <source>Who qualifies</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/offers_model.py" line="131"/>
        <source>Offer</source>
        <translation>优惠内容</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/offers_model.py" line="131"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/offers_model.py" line="131"/>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/offers_model.py" line="131"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/offers_model.py" line="132"/>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
</context>
<context>
    <name>OffersView</name>
    <message>
        <location filename="../../cloudoffice_gui/views/offers_view.py" line="111"/>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/offers_view.py" line="122"/>
        <source>Any confidence</source>
        <translation>任意可信度</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/offers_view.py" line="189"/>
        <source>%1 of %2 offers</source>
        <translation>%1 / %2 项优惠</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/offers_view.py" line="205"/>
        <source>Who qualifies (e.g. school, 医院)…</source>
        <translation>适用对象（如 学校、医院）…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/offers_view.py" line="206"/>
        <source>Running on</source>
        <translation>在此日有效</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/offers_view.py" line="208"/>
        <source>Hide offers whose dates show they were not running on this day. Offers without known dates stay listed.</source>
        <translation>隐藏按日期看在这一天并未生效的优惠。日期不明的优惠仍然列出。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/offers_view.py" line="210"/>
        <source>Offers</source>
        <translation>优惠</translation>
    </message>
</context>
<context>
    <name>ProductDetailsView</name>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="135"/>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="136"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="137"/>
        <source>Also known as</source>
        <translation>又称</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="144"/>
        <source>Launched</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="153"/>
        <source>Show in the evidence panel</source>
        <translation>在证据面板中显示</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="162"/>
        <source>Selected fact</source>
        <translation>所选事实</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="166"/>
        <source>Product details</source>
        <translation>产品详情</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="92"/>
        <source>Select a product in the list.</source>
        <translation>请在列表中选择一款产品。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="104"/>
        <source>Offers</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="107"/>
        <source>No sourced offers.</source>
        <translation>没有有出处的优惠。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="108"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="112"/>
        <source>No sourced events.</source>
        <translation>没有有出处的事件。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_details_view.py" line="140"/>
        <source>not sourced</source>
        <translation>无出处</translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <location filename="../../cloudoffice_gui/models/product_list_model.py" line="156"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/product_list_model.py" line="156"/>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/product_list_model.py" line="156"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>ProductListPanel</name>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="110"/>
        <source>High-confidence facts</source>
        <translation>高可信度事实</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="111"/>
        <source>Medium-confidence facts</source>
        <translation>中可信度事实</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="113"/>
        <source>All vendors</source>
        <translation>全部厂商</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="114"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="115"/>
        <source>Any confidence</source>
        <translation>任意可信度</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="160"/>
        <source>Search products (钉, 飞书, Lark, teams…)</source>
        <translation>搜索产品（钉、飞书、Lark、teams…）</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="161"/>
        <source>Search products</source>
        <translation>搜索产品</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="162"/>
        <source>Filter by vendor</source>
        <translation>按厂商筛选</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="163"/>
        <source>Filter by category</source>
        <translation>按类别筛选</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="164"/>
        <source>Filter by confidence of facts</source>
        <translation>按事实的可信度筛选</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="165"/>
        <source>Products; check to compare</source>
        <translation>产品列表；勾选即加入对比</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="166"/>
        <source>Article&apos;s six</source>
        <translation>报道中的六款</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="167"/>
        <source>Compare the six products the 2020-02-24 article covers</source>
        <translation>对比 2020-02-24 那篇报道涉及的六款产品</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="168"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/product_list_panel.py" line="169"/>
        <source>Compare no products</source>
        <translation>不对比任何产品</translation>
    </message>
</context>
<context>
    <name>SearchActions</name>
    <message>
        <location filename="../../cloudoffice_gui/views/search_dialog.py" line="205"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/search_dialog.py" line="206"/>
        <source>Search everything, in Chinese or English</source>
        <translation>用中文或英文搜索全部内容</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../cloudoffice_gui/views/search_dialog.py" line="110"/>
        <source>Type a name, a word or part of a quote, in Chinese or English.</source>
        <translation>输入名称、词语或引文片段，中文英文均可。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/search_dialog.py" line="112"/>
        <source>No matches.</source>
        <translation>没有匹配结果。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cloudoffice_gui/views/search_dialog.py" line="114"/>
        <source>%n result(s). Enter or double-click opens one.</source>
        <translation>
            <numerusform>%n 个结果。按回车或双击可打开。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/search_dialog.py" line="161"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/search_dialog.py" line="162"/>
        <source>Search products, features, events, offers, quotes, sources…</source>
        <translation>搜索产品、功能、事件、优惠、引文、来源…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/search_dialog.py" line="163"/>
        <source>Search text</source>
        <translation>搜索文字</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/search_dialog.py" line="164"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../cloudoffice_gui/models/search_results_model.py" line="180"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/search_results_model.py" line="180"/>
        <source>Matching text</source>
        <translation>匹配的文字</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/search_results_model.py" line="186"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/search_results_model.py" line="187"/>
        <source>Vendors</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/search_results_model.py" line="188"/>
        <source>Features</source>
        <translation>功能</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/search_results_model.py" line="189"/>
        <source>Feature support</source>
        <translation>功能支持</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/search_results_model.py" line="190"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/search_results_model.py" line="191"/>
        <source>Offers</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/search_results_model.py" line="192"/>
        <source>Strategies and context</source>
        <translation>战略与背景</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/search_results_model.py" line="193"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>SourceFactsModel</name>
    <message>
        <location filename="../../cloudoffice_gui/models/source_facts_model.py" line="137"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/source_facts_model.py" line="137"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/source_facts_model.py" line="137"/>
        <source>Fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/source_facts_model.py" line="137"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/source_facts_model.py" line="138"/>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../cloudoffice_gui/models/sources_model.py" line="93"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/sources_model.py" line="93"/>
        <source>Publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/sources_model.py" line="93"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/sources_model.py" line="93"/>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/sources_model.py" line="94"/>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/models/sources_model.py" line="94"/>
        <source>Facts</source>
        <translation>事实数</translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <location filename="../../cloudoffice_gui/views/sources_view.py" line="195"/>
        <source>Select a source to see the facts that cite it.</source>
        <translation>选择一个来源，查看引用它的事实。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/sources_view.py" line="200"/>
        <source>Author: %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/sources_view.py" line="202"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/sources_view.py" line="204"/>
        <source>No URL: printed or unpublished copy</source>
        <translation>无网址：印刷版或未公开的副本</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/sources_view.py" line="207"/>
        <source>Facts citing this source: %1</source>
        <translation>引用此来源的事实：%1 条</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/sources_view.py" line="248"/>
        <source>%1 of %2 sources</source>
        <translation>%1 / %2 个来源</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/sources_view.py" line="255"/>
        <source>Filter sources by title, publisher or URL…</source>
        <translation>按标题、发布方或网址筛选来源…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/sources_view.py" line="256"/>
        <source>Open link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/sources_view.py" line="257"/>
        <source>Open this address in your web browser</source>
        <translation>在网页浏览器中打开此地址</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/sources_view.py" line="258"/>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/sources_view.py" line="259"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/sources_view.py" line="260"/>
        <source>Facts citing the selected source</source>
        <translation>引用所选来源的事实</translation>
    </message>
</context>
<context>
    <name>StandardMenus</name>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="145"/>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="147"/>
        <source>Read another CloudOffice Compare database (read-only)</source>
        <translation>读取另一个云办公对比数据库（只读）</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="148"/>
        <source>Open &amp;Bundled Database</source>
        <translation>打开内置数据库(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="149"/>
        <source>Go back to the data that ships with the app</source>
        <translation>回到应用自带的数据</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="150"/>
        <source>&amp;Go To</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="154"/>
        <source>Next View</source>
        <translation>下一个视图</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="155"/>
        <source>Previous View</source>
        <translation>上一个视图</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="156"/>
        <source>Next Pane</source>
        <translation>下一个窗格</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="157"/>
        <source>Previous Pane</source>
        <translation>上一个窗格</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="158"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="159"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="160"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="161"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="162"/>
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="163"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="164"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="165"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="166"/>
        <source>&amp;Reset to Defaults…</source>
        <translation>恢复默认设置(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="168"/>
        <source>Forget every saved setting and go back to the defaults</source>
        <translation>清除所有已保存的设置，恢复默认</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="169"/>
        <source>&amp;About CloudOffice Compare</source>
        <translation>关于云办公对比(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="170"/>
        <source>Data &amp;Coverage…</source>
        <translation>数据覆盖(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="171"/>
        <source>How many matrix cells the sources speak to, per product, and how much of it is high confidence</source>
        <translation>每个产品有多少矩阵单元格有来源说明，其中高可信度证据占多少</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="173"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="291"/>
        <source>Reset to Defaults</source>
        <translation>恢复默认设置</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/standard_menus.py" line="292"/>
        <source>Forget the saved window layout, products, date, weights, language, theme and text size?</source>
        <translation>清除已保存的窗口布局、产品、日期、权重、语言、主题和文字大小吗？</translation>
    </message>
</context>
<context>
    <name>StrategiesView</name>
    <message>
        <location filename="../../cloudoffice_gui/views/strategies_view.py" line="166"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/strategies_view.py" line="222"/>
        <source>Source missing</source>
        <translation>缺少来源</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/strategies_view.py" line="230"/>
        <source>Speaker: %1</source>
        <translation>发言人：%1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/strategies_view.py" line="260"/>
        <source>Platform strategies</source>
        <translation>平台战略</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/strategies_view.py" line="262"/>
        <source>Context: the article&apos;s wider view</source>
        <translation>背景：报道的宏观视角</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/strategies_view.py" line="263"/>
        <source>Strategies</source>
        <translation>战略</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_view.py" line="185"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="124"/>
        <source>… and %1 more here: click to list them all</source>
        <translation>… 此处还有 %1 个：单击列出全部</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_view.py" line="253"/>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_view.py" line="281"/>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_view.py" line="375"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_view.py" line="376"/>
        <source>Jan–Mar 2020</source>
        <translation>2020 年 1–3 月</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_view.py" line="377"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_view.py" line="378"/>
        <source>Fit all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_view.py" line="379"/>
        <source>&amp;Figure:</source>
        <translation>数值(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_view.py" line="381"/>
        <source>Drag the dashed line to set the as-of date · +/− zoom · ←/→ pan · click a marker for its source · click a legend entry to hide that kind</source>
        <translation>拖动虚线设置截至日期 · +/− 缩放 · ←/→ 平移 · 单击标记查看其来源 · 单击图例项可隐藏该类</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_view.py" line="391"/>
        <source>Hollow on a bar: month or year, not a day</source>
        <translation>条上的空心标记：精确到月或年，而非某一天</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="58"/>
        <source>Launch</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="58"/>
        <source>Offer</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="58"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="59"/>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="59"/>
        <source>Feature</source>
        <translation>功能</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="59"/>
        <source>Strategy</source>
        <translation>战略</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="60"/>
        <source>Context</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="67"/>
        <source>exact day</source>
        <translation>精确到日</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="67"/>
        <source>month precision</source>
        <translation>精确到月</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="68"/>
        <source>year precision</source>
        <translation>精确到年</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="97"/>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="99"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/timeline_style.py" line="113"/>
        <source>Value: %1</source>
        <translation>数值：%1</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="213"/>
        <source>Feature weights: %1</source>
        <translation>功能权重：%1</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="231"/>
        <source>No products chosen.</source>
        <translation>未选择产品。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="237"/>
        <source>Choose at least two products to compare their ranking.</source>
        <translation>至少选择两款产品才能比较排名。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="240"/>
        <source>These products are of different kinds, so each is scored over the features in its own scope; no single weight threshold applies to all.</source>
        <translation>这些产品类别不同，各自按其适用的功能计分；没有对所有产品都适用的单一权重阈值。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="243"/>
        <source>No single weight change between 0 and %1 changes the first place.</source>
        <translation>在 0 到 %1 之间单独调整任何一项权重，都不会改变第一名。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="248"/>
        <source>%1 and %2 share first place: any rise of the weight of %3 puts %2 first.</source>
        <translation>%1 与 %2 并列第一：%3 只要有任何提高，%2 就会领先。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="250"/>
        <source>%1 and %2 share first place: any drop of the weight of %3 puts %2 first.</source>
        <translation>%1 与 %2 并列第一：%3 只要有任何降低，%2 就会领先。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="252"/>
        <source>Smallest change of first place: raise %1 from %2 to %3 (+%4). There %5 draws level with %6; any higher and %5 leads.</source>
        <translation>改变第一名的最小调整：把%1从 %2 提高到 %3（+%4）。此时 %5 与 %6 持平；再高一些，%5 就会领先。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="254"/>
        <source>Smallest change of first place: lower %1 from %2 to %3 (−%4). There %5 draws level with %6; any lower and %5 leads.</source>
        <translation>改变第一名的最小调整：把%1从 %2 降低到 %3（−%4）。此时 %5 与 %6 持平；再低一些，%5 就会领先。</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="266"/>
        <source>the weight of group “%1”</source>
        <translation>功能组“%1”的权重</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="268"/>
        <source>the weight of feature “%1”</source>
        <translation>功能“%1”的权重</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="273"/>
        <source>Weights (0 ignores, 10 matters most)</source>
        <translation>权重（0 表示忽略，10 表示最重要）</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="274"/>
        <source>Weight single features too</source>
        <translation>也为单项功能设置权重</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="275"/>
        <source>The feature whose own weight the box beside sets</source>
        <translation>旁边的数值框所设置权重的那项功能</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="276"/>
        <source>This feature&apos;s weight, multiplied by its group&apos;s</source>
        <translation>此功能的权重，会再乘以其所在功能组的权重</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="277"/>
        <source>Reset weights</source>
        <translation>重置权重</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="278"/>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../cloudoffice_gui/views/weights_panel.py" line="280"/>
        <source>How scores work: each cell earns ✓ full 1 point, ◐ partial 0.5, ✗ none 0 and ? unknown 0 (no source yet counts as nothing, so little data scores low); a ⚠ disputed cell earns the points of the lowest level its sources claim. A — cell (not this kind of product) counts neither way: it is left out of both the points and the most possible. A feature counts with its group&apos;s weight (times its own weight when single features are weighted). The score is the weighted points as a share of the most possible over the product&apos;s own features as of the chosen date, whatever the filters show. Ties keep the column order.</source>
        <translation>计分方法：每个单元格 ✓ 支持得 1 分，◐ 部分支持得 0.5 分，✗ 不支持得 0 分，? 未知得 0 分（尚无来源按零计，因此数据少的产品得分低）；⚠ 有争议的单元格按来源中最低的支持程度计分。— 单元格（非此类产品）两边都不计：既不计入得分，也不计入可得最高分。每个功能按其所在分组的权重计分（若为单个功能设了权重，则再乘以该权重）。得分为加权得分占该产品适用功能可得最高分的比例，按所选日期计算，不受筛选影响。同分时保持列顺序。</translation>
    </message>
</context>
</TS>
