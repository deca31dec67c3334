#include "SourceOutage.h"

#include <QBoxLayout>
#include <QLabel>
#include <QWidget>

namespace virtuoso::ui {

namespace {

const QString kBannerName = QStringLiteral("SourceOutageBanner");

} // namespace

void applySourceOutage(QWidget *view, const QString &text)
{
    if (!view)
        return;
    auto *banner = view->findChild<QLabel *>(kBannerName, Qt::FindDirectChildrenOnly);
    if (!banner && !text.isEmpty()) {
        banner = new QLabel(view);
        banner->setObjectName(kBannerName);
        banner->setWordWrap(true);
        banner->setStyleSheet(QStringLiteral("QLabel { background: #8f2d2d; color: #ffffff; font-weight: bold; "
                                             "padding: 4px 8px; border-radius: 3px; }"));
        if (auto *box = qobject_cast<QBoxLayout *>(view->layout()))
            box->insertWidget(0, banner);
    }
    // Everything but the banner is greyed: the figures below are the last ones received.
    for (QWidget *child : view->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        if (child != banner)
            child->setEnabled(text.isEmpty());
    if (banner) {
        banner->setText(text);
        banner->setVisible(!text.isEmpty());
        banner->setEnabled(true);
    }
}

QString sourceOutageText(const QWidget *view)
{
    const auto *banner = view ? view->findChild<QLabel *>(kBannerName, Qt::FindDirectChildrenOnly) : nullptr;
    return banner && !banner->isHidden() ? banner->text() : QString();
}

} // namespace virtuoso::ui
