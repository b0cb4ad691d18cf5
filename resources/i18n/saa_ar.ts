<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_SA">
<context>
    <name>BeneficiaryFileForm</name>
    <message>
        <source>Open scan</source>
        <translation>فتح المستند الممسوح</translation>
    </message>
    <message>
        <location filename="../../ui/beneficiary_file.ui" line="+48" />
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Update data</source>
        <translation>تحديث البيانات</translation>
    </message>
    <message>
        <location line="+7" />
        <source>New request</source>
        <translation>طلب جديد</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Household members</source>
        <translation>أفراد الأسرة</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Status history of the selected request</source>
        <translation>سجل حالات الطلب المحدد</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Document checklist</source>
        <translation>قائمة المستندات المطلوبة</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Declaration and submission</source>
        <translation>الإقرار ورفع الطلب</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Interactions</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Back to search</source>
        <translation>العودة إلى البحث</translation>
    </message>
</context>
<context>
    <name>BeneficiaryFileScreen</name>
    <message>
        <source>Scan</source>
        <translation>نسخة ممسوحة</translation>
    </message>
    <message>
        <location filename="../../saa_desk/gui/screens/beneficiary_file.py" line="+128" />
        <source>Request number</source>
        <translation>رقم الطلب</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opened on</source>
        <translation>تاريخ فتح الطلب</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+38" />
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+0" />
        <source>From</source>
        <translation>من حالة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To</source>
        <translation>إلى حالة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>ChecklistForm</name>
    <message>
        <source>Open scan</source>
        <translation>فتح المستند الممسوح</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.ui" line="+9" />
        <source>Document checklist</source>
        <translation>قائمة المستندات المطلوبة</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Selected document</source>
        <translation>المستند المحدد</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Document number</source>
        <translation>رقم المستند</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Expiry date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location line="+12" />
        <source>day/month/year, Hijri or Gregorian</source>
        <translation>يوم/شهر/سنة، هجري أو ميلادي</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Reason (for a waiver or a note)</source>
        <translation>السبب (للإعفاء أو للملاحظة)</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Scanned copy</source>
        <translation>النسخة الممسوحة</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Attach a scan…</source>
        <translation>إرفاق نسخة ممسوحة…</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Save this document</source>
        <translation>حفظ هذا المستند</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Back to the file</source>
        <translation>العودة إلى ملف المستفيد</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Refer to the social researcher</source>
        <translation>الإحالة إلى الباحث الاجتماعي</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Declaration and submission</source>
        <translation>الإقرار ورفع الطلب</translation>
    </message>
</context>
<context>
    <name>ChecklistScreen</name>
    <message>
        <location filename="../../saa_desk/gui/screens/checklist.py" line="+123" />
        <source>Request {number} · {support} · {name} — status: {status}</source>
        <translation>الطلب {number} · {support} · {name} — الحالة: {status}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Required?</source>
        <translation>مطلوب؟</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Scan</source>
        <translation>نسخة ممسوحة</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Every required document is verified: the declaration can be printed.</source>
        <translation>تم التحقق من جميع المستندات المطلوبة: يمكن طباعة الإقرار.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Still needed: {documents}</source>
        <translation>المستندات الناقصة: {documents}</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Selected document: {document}</source>
        <translation>المستند المحدد: {document}</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Choose the scanned document</source>
        <translation>اختر المستند الممسوح</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>المستندات الممسوحة (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>{document}: saved.</source>
        <translation>{document}: تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>DeclarationForm</name>
    <message>
        <location filename="../../ui/declaration.ui" line="+9" />
        <source>Data declaration and submission</source>
        <translation>إقرار صحة البيانات ورفع الطلب إلى لجنة البحث</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Prepare a new declaration</source>
        <translation>إعداد إقرار جديد</translation>
    </message>
    <message>
        <location line="+27" />
        <source>1. Print the declaration and read it with the applicant. 2. Record the signature. 3. Submit the request to the research committee.</source>
        <translation>1. اطبع الإقرار واقرأه مع طالب الدعم. 2. سجّل التوقيع. 3. ارفع الطلب إلى لجنة البحث.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save PDF…</source>
        <translation>حفظ PDF…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The applicant's signature</source>
        <translation>توقيع طالب الدعم</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Signed on paper</source>
        <translation>توقيع ورقي</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Sign on the screen</source>
        <translation>التوقيع على الشاشة</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Record the signature</source>
        <translation>تسجيل التوقيع</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Submit to the research committee</source>
        <translation>رفع الطلب إلى لجنة البحث</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Submission receipt</source>
        <translation>إيصال استلام الطلب</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Print the receipt…</source>
        <translation>طباعة الإيصال…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save receipt PDF…</source>
        <translation>حفظ الإيصال PDF…</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Back to the file</source>
        <translation>العودة إلى ملف المستفيد</translation>
    </message>
</context>
<context>
    <name>DeclarationScreen</name>
    <message>
        <location filename="../../saa_desk/gui/screens/declaration.py" line="+149" />
        <source>Request {number} · {support} · {name} — status: {status}</source>
        <translation>الطلب {number} · {support} · {name} — الحالة: {status}</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The applicant's data changed after this declaration was printed, so it no longer matches. Prepare a new declaration and have it signed.</source>
        <translation>تغيّرت بيانات طالب الدعم بعد طباعة هذا الإقرار فلم يعد مطابقاً لها. أعدّ إقراراً جديداً واطلب توقيعه.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The declaration is printed once every required document is verified (see the checklist).</source>
        <translation>يُطبع الإقرار بعد التحقق من جميع المستندات المطلوبة (راجع قائمة المستندات).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The declaration is signed.</source>
        <translation>تم توقيع الإقرار.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Waiting for the applicant's signature.</source>
        <translation>بانتظار توقيع طالب الدعم.</translation>
    </message>
    <message>
        <location line="+72" />
        <source>The request was submitted to the research committee.</source>
        <translation>تم رفع الطلب إلى لجنة البحث.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Request {number} is with the research committee, which studies it and answers (accept or reject).
Expected answer date: {date}</source>
        <translation>الطلب {number} لدى لجنة البحث، وهي تدرسه وترد عليه (بالقبول أو الرفض).
موعد الرد المتوقع: {date}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Submitted on {date}.</source>
        <translation>رُفع الطلب بتاريخ {date}.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Save the PDF</source>
        <translation>حفظ ملف PDF</translation>
    </message>
    <message>
        <location line="+3" />
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Saved to {path}</source>
        <translation>تم الحفظ في {path}</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <location filename="../../ui/followup.ui" line="+9" />
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Log an interaction</source>
        <translation>تسجيل تواصل</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Channel</source>
        <translation>قناة التواصل</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Kind</source>
        <translation>نوع التواصل</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Request (optional)</source>
        <translation>الطلب (اختياري)</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Date (empty: now)</source>
        <translation>التاريخ (فارغ: الآن)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>day/month/year, Hijri or Gregorian</source>
        <translation>يوم/شهر/سنة، هجري أو ميلادي</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Summary</source>
        <translation>ملخص التواصل</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Log the interaction</source>
        <translation>تسجيل التواصل</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Satisfaction survey</source>
        <translation>قياس رضا المستفيد</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Rating the service is the beneficiary's right and helps us improve: 1 is the lowest, 5 the highest.</source>
        <translation>تقييم الخدمة حق للمستفيد وأداة لتحسينها: 1 الأدنى و5 الأعلى.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Speed of service</source>
        <translation>سرعة الخدمة</translation>
    </message>
    <message>
        <location line="+84" />
        <source>Courtesy and respect</source>
        <translation>حسن التعامل</translation>
    </message>
    <message>
        <location line="+84" />
        <source>Clarity of the procedure</source>
        <translation>وضوح الإجراءات</translation>
    </message>
    <message>
        <location line="+84" />
        <source>Overall</source>
        <translation>التقييم العام</translation>
    </message>
    <message>
        <location line="+84" />
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Save the survey</source>
        <translation>حفظ التقييم</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Interactions so far</source>
        <translation>سجل التواصل</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Back to the file</source>
        <translation>العودة إلى ملف المستفيد</translation>
    </message>
</context>
<context>
    <name>FollowUpScreen</name>
    <message>
        <location filename="../../saa_desk/gui/screens/followup.py" line="+96" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+33" />
        <source>The interaction was logged.</source>
        <translation>تم تسجيل التواصل.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Thank you: the survey was saved.</source>
        <translation>شكراً لك: تم حفظ التقييم.</translation>
    </message>
</context>
<context>
    <name>CommitteeQueueForm</name>
    <message>
        <location filename="../../ui/committee_queue.ui" line="+1" />
        <source>Committee queue</source>
        <translation>قائمة انتظار اللجنة</translation>
    </message>
    <message>
        <source>Request number, ID, phone or name</source>
        <translation>بحث: رقم الطلب أو الهوية أو الجوال أو الاسم</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>Support type</source>
        <translation>نوع الدعم</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>قناة الوصول</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حالة الطلب</translation>
    </message>
    <message>
        <source>State</source>
        <translation>حالة الموعد</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>Add to the meeting's agenda</source>
        <translation>إضافة إلى جدول أعمال الاجتماع</translation>
    </message>
</context>
<context>
    <name>CommitteeQueueScreen</name>
    <message>
        <location filename="../../saa_desk/gui/screens/committee_queue.py" line="+1" />
        <source>All support types</source>
        <translation>كل أنواع الدعم</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>كل القنوات</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>كل حالات الموعد</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>كل الفروع</translation>
    </message>
    <message>
        <source>{state}: {count} requests</source>
        <translation>{state}: {count} طلب</translation>
    </message>
    <message>
        <source>No request in the queue matches.</source>
        <translation>لا يوجد طلب في القائمة يطابق البحث.</translation>
    </message>
    <message>
        <source>Requests shown: {count}</source>
        <translation>الطلبات المعروضة: {count}</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>متأخر {days} يوم</translation>
    </message>
    <message>
        <source>Select the requests to put on the agenda first.</source>
        <translation>اختر أولاً الطلبات المراد إضافتها إلى جدول الأعمال.</translation>
    </message>
    <message>
        <source>No meeting is open: open one in Committee meetings.</source>
        <translation>لا يوجد اجتماع مفتوح: افتح اجتماعاً من اجتماعات اللجنة.</translation>
    </message>
    <message>
        <source>Add to the meeting's agenda</source>
        <translation>إضافة إلى جدول أعمال الاجتماع</translation>
    </message>
    <message>
        <source>Meeting for {count} request(s):</source>
        <translation>الاجتماع لعدد {count} من الطلبات:</translation>
    </message>
    <message>
        <source>Added to the agenda: {count}</source>
        <translation>أضيف إلى جدول الأعمال: {count}</translation>
    </message>
</context>
<context>
    <name>InboxForm</name>
    <message>
        <source>Referred cases</source>
        <translation>الحالات المحالة</translation>
    </message>
    <message>
        <source>Show the referrals already answered</source>
        <translation>إظهار الإحالات التي أُجيب عنها</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>الإقرار</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Research report</source>
        <translation>تقرير البحث</translation>
    </message>
    <message>
        <source>My answer to reception</source>
        <translation>إجابتي للاستقبال</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>ثم</translation>
    </message>
    <message>
        <source>Back to reception with what is missing</source>
        <translation>إعادة إلى الاستقبال لاستكمال النواقص</translation>
    </message>
    <message>
        <source>On toward the committee</source>
        <translation>رفع الطلب نحو اللجنة</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>النواقص</translation>
    </message>
    <message>
        <source>Send the answer</source>
        <translation>إرسال الإجابة</translation>
    </message>
    <message>
        <source>Social research report…</source>
        <translation>تقرير البحث الاجتماعي…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>طباعة التقرير</translation>
    </message>
    <message>
        <source>Open the checklist</source>
        <translation>فتح قائمة المستندات</translation>
    </message>
</context>
<context>
    <name>InboxScreen</name>
    <message>
        <source>Referred on</source>
        <translation>تاريخ الإحالة</translation>
    </message>
    <message>
        <source>Open referrals: {count}</source>
        <translation>الإحالات المفتوحة: {count}</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>بانتظار الإجابة</translation>
    </message>
    <message>
        <source>Choose a referral to open its case file.</source>
        <translation>اختر إحالة لفتح ملف الحالة.</translation>
    </message>
    <message>
        <source>Request {number} · {support} · {name} — status: {status}</source>
        <translation>الطلب {number} · {support} · {name} — الحالة: {status}</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>المسح الضوئي</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>ممسوح ضوئياً</translation>
    </message>
    <message>
        <source>No scan</source>
        <translation>بلا مسح ضوئي</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Asked by {name} on {date}</source>
        <translation>سأل {name} في {date}</translation>
    </message>
    <message>
        <source>Answer: {text}</source>
        <translation>الإجابة: {text}</translation>
    </message>
    <message>
        <source>Then: {outcome}</source>
        <translation>ثم: {outcome}</translation>
    </message>
    <message>
        <source>What is missing: {text}</source>
        <translation>النواقص: {text}</translation>
    </message>
    <message>
        <source>Submitted on: {date}</source>
        <translation>تاريخ التقديم: {date}</translation>
    </message>
    <message>
        <source>Decision of meeting {number}: {outcome}</source>
        <translation>قرار الاجتماع {number}: {outcome}</translation>
    </message>
    <message>
        <source>No declaration has been printed yet.</source>
        <translation>لم يُطبع الإقرار بعد.</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>موقّع</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>لم يُوقّع بعد</translation>
    </message>
    <message>
        <source>stale: the data changed since it was printed</source>
        <translation>قديم: تغيّرت البيانات بعد طباعته</translation>
    </message>
    <message>
        <source>Printed on {date}: {state}</source>
        <translation>طُبع في {date}: {state}</translation>
    </message>
    <message>
        <source>Answer sent; the request is now: {status}</source>
        <translation>أُرسلت الإجابة؛ حالة الطلب الآن: {status}</translation>
    </message>
    <message>
        <source>No research report yet.</source>
        <translation>لا يوجد تقرير بحث بعد.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>لم يتم التحقق</translation>
    </message>
    <message>
        <source>Filed by {name} on {date}</source>
        <translation>أعدّه {name} في {date}</translation>
    </message>
</context>
<context>
    <name>InterviewForm</name>
    <message>
        <location filename="../../ui/interview.ui" line="+11" />
        <source>Interview — new beneficiary</source>
        <translation>المقابلة — مستفيد جديد</translation>
    </message>
    <message>
        <location line="+66" />
        <source>This ID number is already registered.</source>
        <translation>رقم الهوية هذا مسجل من قبل.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Open the existing file</source>
        <translation>فتح الملف الموجود</translation>
    </message>
    <message>
        <location line="+26" />
        <source>ID type</source>
        <translation>نوع الهوية</translation>
    </message>
    <message>
        <location line="+33" />
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Passport issuing country</source>
        <translation>بلد إصدار الجواز</translation>
    </message>
    <message>
        <location line="+33" />
        <source>ID expiry date</source>
        <translation>تاريخ انتهاء الهوية</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+245" />
        <location line="+177" />
        <source>day/month/year, Hijri or Gregorian</source>
        <translation>يوم/شهر/سنة، هجري أو ميلادي</translation>
    </message>
    <message>
        <location line="-387" />
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Father's name</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Grandfather's name</source>
        <translation>اسم الجد</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Name in Latin letters</source>
        <translation>الاسم بالحروف اللاتينية</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location line="+33" />
        <location line="+177" />
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location line="-130" />
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Add the members of the applicant's household, one at a time.</source>
        <translation>أضف أفراد أسرة طالب الدعم واحداً تلو الآخر.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Member's name</source>
        <translation>اسم فرد الأسرة</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Relation</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <location line="+97" />
        <source>Remove selected</source>
        <translation>حذف المحدد</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add member</source>
        <translation>إضافة فرد</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Mobile</source>
        <translation>رقم الجوال</translation>
    </message>
    <message>
        <location line="+37" />
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location line="+33" />
        <source>District</source>
        <translation>الحي</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Preferred channel</source>
        <translation>قناة التواصل المفضلة</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Marital status</source>
        <translation>الحالة الاجتماعية</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Employment</source>
        <translation>الحالة الوظيفية</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Monthly income (SAR)</source>
        <translation>الدخل الشهري (ريال)</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Health or disability notes</source>
        <translation>ملاحظات صحية أو إعاقة</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Support type</source>
        <translation>نوع الدعم</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Channel the request came through</source>
        <translation>القناة التي ورد منها الطلب</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Description of the need</source>
        <translation>وصف الاحتياج</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Documents this support type requires:</source>
        <translation>المستندات المطلوبة لنوع الدعم هذا:</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Review before saving</source>
        <translation>المراجعة قبل الحفظ</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Save and open the checklist</source>
        <translation>حفظ وفتح قائمة المستندات</translation>
    </message>
</context>
<context>
    <name>InterviewScreen</name>
    <message>
        <location filename="../../saa_desk/gui/screens/interview.py" line="+107" />
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Contact</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Social situation</source>
        <translation>الحالة الاجتماعية</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Support request</source>
        <translation>طلب الدعم</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+151" />
        <location line="+47" />
        <source>Interview — new beneficiary</source>
        <translation>المقابلة — مستفيد جديد</translation>
    </message>
    <message>
        <location line="-26" />
        <location line="+25" />
        <source>Interview — {name}</source>
        <translation>المقابلة — {name}</translation>
    </message>
    <message>
        <location line="-25" />
        <source>Update data — {name}</source>
        <translation>تحديث البيانات — {name}</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Resumed from a draft</source>
        <translation>استُكملت من مسودة</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Save and open the checklist</source>
        <translation>حفظ وفتح قائمة المستندات</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+90" />
        <source>This ID number is already registered to {name}. Open the existing file instead of registering the beneficiary again.</source>
        <translation>رقم الهوية هذا مسجل باسم {name}. افتح الملف الموجود بدلاً من تسجيل المستفيد مرة أخرى.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Choose a support type to see its documents.</source>
        <translation>اختر نوع الدعم لعرض مستنداته المطلوبة.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(optional)</source>
        <translation>(اختياري)</translation>
    </message>
    <message>
        <location line="+99" />
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Draft saved at {time}</source>
        <translation>حُفظت المسودة الساعة {time}</translation>
    </message>
    <message>
        <source>The values marked below were refused: correct them before saving.</source>
        <translation>القيم المعلّمة أدناه مرفوضة: صحّحها قبل الحفظ.</translation>
    </message>
</context>
<context>
    <name>LockForm</name>
    <message>
        <location filename="../../ui/lock.ui" line="+12" />
        <source>The desk is locked</source>
        <translation>نقطة الخدمة مقفلة</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Sign in as another user</source>
        <translation>الدخول باسم مستخدم آخر</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../saa_desk/gui/lock.py" line="+98" />
        <source>{name}, the desk locked itself after {minutes} minutes without activity. Enter your password to continue.</source>
        <translation>{name}، أُقفلت نقطة الخدمة تلقائياً بعد {minutes} دقائق دون نشاط. أدخل كلمة المرور للمتابعة.</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location filename="../../ui/login.ui" line="+6" />
        <source>SAA Desk — sign in</source>
        <translation>سعى — تسجيل الدخول</translation>
    </message>
    <message>
        <location line="+36" />
        <source>SAA Desk — beneficiary relations</source>
        <translation>سعى — علاقات المستفيدين</translation>
    </message>
    <message>
        <location line="+13" />
        <source>SAA Charitable Association for Hajj &amp; Umrah Services</source>
        <translation>جمعية سعى الخيرية لخدمات الحجاج والمعتمرين</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Opening the desk's database…</source>
        <translation>جارٍ فتح قاعدة بيانات نقطة الخدمة…</translation>
    </message>
    <message>
        <location line="+27" />
        <location line="+115" />
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location line="-103" />
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location line="+33" />
        <location line="+271" />
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location line="-169" />
        <source>This desk is not set up yet</source>
        <translation>نقطة الخدمة هذه لم تُهيأ بعد</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Run &lt;b&gt;saa-desk init&lt;/b&gt; in a terminal, or give the desk its branch and desk codes and its first administrator here.</source>
        <translation>شغّل الأمر &lt;b dir="ltr"&gt;saa-desk init&lt;/b&gt; في الطرفية، أو أدخل هنا رمز الفرع ورمز نقطة الخدمة وبيانات مدير النظام الأول.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Branch code</source>
        <translation>رمز الفرع</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Desk code</source>
        <translation>رمز نقطة الخدمة</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Administrator's name</source>
        <translation>اسم مدير النظام</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Administrator's username</source>
        <translation>اسم مستخدم مدير النظام</translation>
    </message>
    <message>
        <location line="+74" />
        <source>Password again</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Set up the desk</source>
        <translation>تهيئة نقطة الخدمة</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../saa_desk/gui/login.py" line="+77" />
        <source>The desk's database could not be opened: {error}</source>
        <translation>تعذّر فتح قاعدة بيانات نقطة الخدمة: {error}</translation>
    </message>
    <message>
        <location line="+38" />
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Branch {branch} · desk {desk}</source>
        <translation>الفرع {branch} · نقطة الخدمة {desk}</translation>
    </message>
</context>
<context>
    <name>MainForm</name>
    <message>
        <location filename="../../ui/main_window.ui" line="+30" />
        <source>SAA Desk</source>
        <translation>سعى</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>The reference library: the policy&apos;s tools, readable offline</source>
        <translation>المكتبة المرجعية: أدوات السياسة، تُقرأ دون اتصال</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>Add a support type</source>
        <translation>إضافة نوع دعم</translation>
    </message>
    <message>
        <source>Support types</source>
        <translation>أنواع الدعم</translation>
    </message>
    <message>
        <source>Add a document type</source>
        <translation>إضافة نوع مستند</translation>
    </message>
    <message>
        <source>Document types</source>
        <translation>أنواع المستندات</translation>
    </message>
    <message>
        <source>Add a rejection reason</source>
        <translation>إضافة سبب اعتذار</translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation>أسباب الاعتذار</translation>
    </message>
    <message>
        <source>Notification texts</source>
        <translation>نصوص الإبلاغ</translation>
    </message>
    <message>
        <source>What changed and why (kept in the history)</source>
        <translation>ما الذي تغيّر ولماذا (يُحفظ في السجل)</translation>
    </message>
    <message>
        <source>Save a new version</source>
        <translation>حفظ نسخة جديدة</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>تجاهل التعديلات</translation>
    </message>
    <message>
        <source>Current version: {version}</source>
        <translation>النسخة الحالية: {version}</translation>
    </message>
    <message>
        <source>as shipped</source>
        <translation>كما وردت مع البرنامج</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>بالعربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>بالإنجليزية</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعّال</translation>
    </message>
    <message>
        <source>Has an expiry date</source>
        <translation>له تاريخ انتهاء</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Identity document (by ID type)</source>
        <translation>وثيقة الهوية (حسب نوع الهوية)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <source>Catalogue saved as version {version}; it syncs to every desk.</source>
        <translation>حُفظ الدليل نسخةً {version}، ويُزامَن مع كل نقاط الخدمة.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../saa_desk/gui/main_window.py" line="+83" />
        <source>SAA Desk — beneficiary relations</source>
        <translation>سعى — علاقات المستفيدين</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New interview</source>
        <translation>مقابلة جديدة</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Referred cases</source>
        <translation>الحالات المحالة</translation>
    </message>
    <message>
        <source>Committee queue</source>
        <translation>قائمة انتظار اللجنة</translation>
    </message>
    <message>
        <source>Committee meetings</source>
        <translation>اجتماعات اللجنة</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>الدليل</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <location filename="../../saa_desk/gui/ops.py" line="+153" />
        <source>Something went wrong and nothing was saved: {error}</source>
        <translation>حدث خطأ غير متوقع ولم يُحفظ شيء: {error}</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../../saa_desk/gui/i18n.py" line="+49" />
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../saa_desk/gui/screens/checklist.py" line="+26" />
        <source>Refer to the social researcher</source>
        <translation>الإحالة إلى الباحث الاجتماعي</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Any researcher</source>
        <translation>أي باحث اجتماعي</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The request was referred to the social researcher.</source>
        <translation>تمت إحالة الطلب إلى الباحث الاجتماعي.</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../../ui/referral.ui" line="+9" />
        <source>The applicant needs the procedure or the rules explained: refer the request to a social researcher.</source>
        <translation>إذا كانت الإجراءات أو الشروط غير واضحة لطالب الدعم، أحِل الطلب إلى الباحث الاجتماعي ليوضحها له.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Social researcher</source>
        <translation>الباحث الاجتماعي</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Question for the researcher</source>
        <translation>سؤال الإحالة</translation>
    </message>
</context>
<context>
    <name>ResearchReportDialog</name>
    <message>
        <source>Social research report</source>
        <translation>تقرير البحث الاجتماعي</translation>
    </message>
    <message>
        <source>The research report was filed.</source>
        <translation>حُفظ تقرير البحث.</translation>
    </message>
</context>
<context>
    <name>ResearchReportForm</name>
    <message>
        <source>The social research report joins the case file the committee reads. A new report replaces the last one.</source>
        <translation>ينضم تقرير البحث الاجتماعي إلى ملف الحالة الذي تدرسه اللجنة. التقرير الجديد يحل محل السابق.</translation>
    </message>
    <message>
        <source>day/month/year, Hijri or Gregorian</source>
        <translation>يوم/شهر/سنة، هجري أو ميلادي</translation>
    </message>
    <message>
        <source>Visit or interview date</source>
        <translation>تاريخ الزيارة أو المقابلة</translation>
    </message>
    <message>
        <source>Visit or interview place</source>
        <translation>مكان الزيارة أو المقابلة</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>السكن</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>الدخل</translation>
    </message>
    <message>
        <source>The income was verified</source>
        <translation>تم التحقق من الدخل</translation>
    </message>
    <message>
        <source>How it was verified</source>
        <translation>طريقة التحقق</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>ResearcherAnswer</name>
    <message>
        <source>The social researcher answered on {date}: {text}</source>
        <translation>أجاب الباحث الاجتماعي في {date}: {text}</translation>
    </message>
    <message>
        <source>Then: {outcome}</source>
        <translation>ثم: {outcome}</translation>
    </message>
    <message>
        <source>What is missing: {text}</source>
        <translation>النواقص: {text}</translation>
    </message>
</context>
<context>
    <name>SearchForm</name>
    <message>
        <location filename="../../ui/search.ui" line="+9" />
        <source>Find a beneficiary</source>
        <translation>البحث عن مستفيد</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Name, ID number, mobile or request number</source>
        <translation>الاسم أو رقم الهوية أو رقم الجوال أو رقم الطلب</translation>
    </message>
    <message>
        <location line="+41" />
        <source>New beneficiary</source>
        <translation>مستفيد جديد</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Open file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Unfinished interviews</source>
        <translation>مقابلات لم تكتمل</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Resume</source>
        <translation>استكمال</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../saa_desk/gui/screens/search.py" line="+126" />
        <source>Type a name (any part), an ID number, a mobile number or a request number.</source>
        <translation>اكتب الاسم (أي جزء منه) أو رقم الهوية أو رقم الجوال أو رقم الطلب.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No beneficiary matches. To register a new one, choose “New beneficiary”.</source>
        <translation>لا يوجد مستفيد مطابق. لتسجيل مستفيد جديد اختر «مستفيد جديد».</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Beneficiaries found: {count}</source>
        <translation>عدد المستفيدين المطابقين: {count}</translation>
    </message>
    <message>
        <location line="+31" />
        <source>(no name yet)</source>
        <translation>(بلا اسم بعد)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unfinished interviews ({count})</source>
        <translation>مقابلات لم تكتمل ({count})</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../saa_desk/gui/syncstatus.py" line="+99" />
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sync is not set up on this desk yet.</source>
        <translation>المزامنة غير مهيأة في نقطة الخدمة هذه بعد.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Rows from the central that this desk could not apply; the rest of the sync went on. A supervisor lists and retries them: saa-desk sync quarantine list</source>
        <translation>سجلات من قاعدة البيانات المركزية تعذّر على نقطة الخدمة هذه تطبيقها، واستمرت المزامنة في الباقي. يعرضها المشرف ويعيد محاولتها بالأمر: saa-desk sync quarantine list</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Quarantined rows: {count}</source>
        <translation>سجلات معزولة: {count}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Sync problem</source>
        <translation>مشكلة في المزامنة</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pending changes: {count}</source>
        <translation>تغييرات بانتظار المزامنة: {count}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>never</source>
        <translation>لم تتم بعد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last sync: {when}</source>
        <translation>آخر مزامنة: {when}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Sending changes: {done}/{total}</source>
        <translation>إرسال التغييرات: {done}/{total}</translation>
    </message>
    <message>
        <source>Receiving changes: {done}</source>
        <translation>استلام التغييرات: {done}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
</context>
<context>
    <name>AgendaPickerDialog</name>
    <message>
        <source>Add from the queue</source>
        <translation>إضافة من قائمة الانتظار</translation>
    </message>
</context>
<context>
    <name>AgendaPickerForm</name>
    <message>
        <source>Queued requests, longest waiting first. Select those to put on the agenda.</source>
        <translation>الطلبات المنتظرة، الأطول انتظاراً أولاً. اختر ما يدرج في جدول الأعمال.</translation>
    </message>
</context>
<context>
    <name>MeetingsForm</name>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Add from the queue…</source>
        <translation>إضافة من قائمة الانتظار…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Close the meeting…</source>
        <translation>إغلاق الاجتماع…</translation>
    </message>
    <message>
        <source>Committee meetings</source>
        <translation>اجتماعات اللجنة</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Members (tick those present)</source>
        <translation>الأعضاء (علّم الحاضرين)</translation>
    </message>
    <message>
        <source>Missing documents</source>
        <translation>المستندات الناقصة</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>اجتماع جديد…</translation>
    </message>
    <message>
        <source>Print the decision letters</source>
        <translation>طباعة خطابات القرارات</translation>
    </message>
    <message>
        <source>Print the minutes</source>
        <translation>طباعة المحضر</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>تسجيل القرار</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <source>Return for more information</source>
        <translation>إعادة لاستكمال البيانات</translation>
    </message>
    <message>
        <source>Support granted</source>
        <translation>الدعم المعتمد</translation>
    </message>
    <message>
        <source>Take off the agenda</source>
        <translation>حذف من جدول الأعمال</translation>
    </message>
    <message>
        <source>Why / what is needed</source>
        <translation>السبب / المطلوب استكماله</translation>
    </message>
</context>
<context>
    <name>MeetingsScreen</name>
    <message>
        <source>Case file</source>
        <translation>ملف الحالة</translation>
    </message>
    <message>
        <source>Close meeting {number}? Its {count} decisions take effect and can no longer be changed.</source>
        <translation>إغلاق الاجتماع رقم {number}؟ تصبح قراراته الـ{count} نافذة ولا يمكن تعديلها بعد ذلك.</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation>إغلاق الاجتماع</translation>
    </message>
    <message>
        <source>Conflict of interest: you took this request in or researched it. The minutes will say so.</source>
        <translation>تعارض مصالح: استقبلت هذا الطلب أو بحثته بنفسك، وسيذكر ذلك في المحضر.</translation>
    </message>
    <message>
        <source>Meeting closed: {count} decisions took effect; the applicants are on reception's list to be told.</source>
        <translation>أغلق الاجتماع: نفذت {count} قرارات، وأضيف أصحاب الطلبات إلى قائمة الاستقبال لإبلاغهم.</translation>
    </message>
    <message>
        <source>Meeting {number} · {date}{place} · {status} · {present} present of a quorum of {quorum} ({met})</source>
        <translation>الاجتماع رقم {number} · {date}{place} · {status} · الحاضرون {present} والنصاب {quorum} ({met})</translation>
    </message>
    <message>
        <source>Meetings: {count}, open: {open}</source>
        <translation>الاجتماعات: {count}، المفتوحة: {open}</translation>
    </message>
    <message>
        <source>No meeting chosen</source>
        <translation>لم يختر اجتماع</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>لم يبت فيه بعد</translation>
    </message>
    <message>
        <source>Recorded, with a warning: you took this request in or researched it (a conflict of interest).</source>
        <translation>سجل القرار مع تنبيه: استقبلت هذا الطلب أو بحثته بنفسك (تعارض مصالح).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>The decision was recorded; it takes effect when the meeting closes.</source>
        <translation>سجل القرار، ويصبح نافذاً عند إغلاق الاجتماع.</translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation>النصاب مكتمل</translation>
    </message>
    <message>
        <source>quorum not met</source>
        <translation>النصاب غير مكتمل</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>المبتوت فيه</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New committee meeting</source>
        <translation>اجتماع جديد للجنة</translation>
    </message>
</context>
<context>
    <name>NewMeetingForm</name>
    <message>
        <source>Hijri date</source>
        <translation>التاريخ الهجري</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>تاريخ الاجتماع</translation>
    </message>
    <message>
        <source>Meeting number</source>
        <translation>رقم الاجتماع</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>مكان الاجتماع</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>الأعضاء الحاضرون</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>{outcome} — meeting {number} of {date}</source>
        <translation>{outcome} — اجتماع رقم {number} بتاريخ {date}</translation>
    </message>
    <message>
        <source>The applicant was told on {when} by {who} ({channel}).</source>
        <translation>أُبلغ المستفيد في {when}، أبلغه {who} ({channel}).</translation>
    </message>
    <message>
        <source>Not told yet: the notification waits on the &quot;To notify&quot; list.</source>
        <translation>لم يُبلَّغ بعد: الإبلاغ ينتظر في قائمة «للإبلاغ».</translation>
    </message>
    <message>
        <source>Support granted: {support}</source>
        <translation>الدعم المعتمد: {support}</translation>
    </message>
    <message>
        <source>Conditions: {conditions}</source>
        <translation>الشروط: {conditions}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>السبب: {reason}</translation>
    </message>
    <message>
        <source>Missing: {missing}</source>
        <translation>المطلوب استكماله: {missing}</translation>
    </message>
    <message>
        <source>Served. Offer the applicant the satisfaction survey.</source>
        <translation>تم تقديم الخدمة. اعرض على المستفيد استبانة الرضا.</translation>
    </message>
    <message>
        <source>Registered: the request is ready to be served.</source>
        <translation>تم التسجيل: الطلب جاهز لتقديم الخدمة.</translation>
    </message>
</context>
<context>
    <name>DecisionPanelForm</name>
    <message>
        <source>Committee decision</source>
        <translation>قرار اللجنة</translation>
    </message>
    <message>
        <source>Print the decision letter</source>
        <translation>طباعة خطاب القرار</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>التسجيل…</translation>
    </message>
    <message>
        <source>Serve…</source>
        <translation>تقديم الخدمة…</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>استبانة الرضا</translation>
    </message>
</context>
<context>
    <name>FulfilStepDialog</name>
    <message>
        <source>Serve the request</source>
        <translation>تقديم الخدمة للطلب</translation>
    </message>
    <message>
        <source>Register the request</source>
        <translation>تسجيل الطلب</translation>
    </message>
    <message>
        <source>What was delivered to the applicant?</source>
        <translation>ما الذي سُلّم للمستفيد؟</translation>
    </message>
    <message>
        <source>Which requirements were completed?</source>
        <translation>ما المتطلبات التي استُكملت؟</translation>
    </message>
</context>
<context>
    <name>FulfilStepForm</name>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>To notify</source>
        <translation>للإبلاغ</translation>
    </message>
</context>
<context>
    <name>NotifyDoneDialog</name>
    <message>
        <source>The applicant was told</source>
        <translation>تم إبلاغ المستفيد</translation>
    </message>
    <message>
        <source>Logged: {name} was told.</source>
        <translation>سُجّل إبلاغ {name}.</translation>
    </message>
</context>
<context>
    <name>NotifyDoneForm</name>
    <message>
        <source>Record that the applicant was told of the decision.</source>
        <translation>سجّل أن المستفيد أُبلغ بالقرار.</translation>
    </message>
    <message>
        <source>Channel used</source>
        <translation>القناة المستخدمة</translation>
    </message>
    <message>
        <source>Short summary</source>
        <translation>ملخص قصير</translation>
    </message>
</context>
<context>
    <name>ToNotifyForm</name>
    <message>
        <source>To notify</source>
        <translation>للإبلاغ</translation>
    </message>
    <message>
        <source>The words to say or send</source>
        <translation>النص الذي يُقال أو يُرسل</translation>
    </message>
    <message>
        <source>Copy the words</source>
        <translation>نسخ النص</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>عرض المزيد</translation>
    </message>
    <message>
        <source>Done: the applicant was told</source>
        <translation>تم: أُبلغ المستفيد</translation>
    </message>
</context>
<context>
    <name>ToNotifyScreen</name>
    <message>
        <source>Queued on</source>
        <translation>أُضيف في</translation>
    </message>
    <message>
        <source>Applicants to tell: {count}{more}</source>
        <translation>مستفيدون بانتظار الإبلاغ: {count}{more}</translation>
    </message>
    <message>
        <source>{channel} · mobile {phone} · {name}</source>
        <translation>{channel} · الجوال {phone} · {name}</translation>
    </message>
    <message>
        <source>Nobody is waiting to be told.</source>
        <translation>لا أحد بانتظار الإبلاغ.</translation>
    </message>
    <message>
        <source>The words were copied.</source>
        <translation>نُسخ النص.</translation>
    </message>
</context>
<context>
    <name>RecordedPrinting</name>
    <message>
        <source>Print preview</source>
        <translation>معاينة الطباعة</translation>
    </message>
</context>
<context>
    <name>AddDocumentDialog</name>
    <message>
        <source>Add a document to the library</source>
        <translation>إضافة مستند إلى المكتبة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Arabic title</source>
        <translation>العنوان بالعربية</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>العنوان بالإنجليزية</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>معاينة الطباعة</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Reference library</source>
        <translation>المكتبة المرجعية</translation>
    </message>
    <message>
        <source>The policy&apos;s tools at hand: open a document to read it here, even offline.</source>
        <translation>أدوات السياسة في متناول يدك: افتح المستند لقراءته هنا، ولو دون اتصال.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Add document…</source>
        <translation>إضافة مستند…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>On this desk</source>
        <translation>في نقطة الخدمة</translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation>لم يُنزَّل بعد</translation>
    </message>
    <message>
        <source>Printable form</source>
        <translation>نموذج للطباعة</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>إصدار أقدم</translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation>اختر مستنداً</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.md *.markdown *.txt);;All files (*)</source>
        <translation>المستندات (*.pdf *.md *.markdown *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Withdraw version {version} of “{title}”? It leaves the library on every desk; the file is kept.</source>
        <translation>سحب الإصدار {version} من «{title}»؟ سيختفي من المكتبة في كل نقاط الخدمة، ويبقى الملف محفوظاً.</translation>
    </message>
</context>
</TS>