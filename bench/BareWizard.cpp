// The start-up floor for a Qt wizard: one QWizard with one labelled page, nothing else.

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QWizard wizard;
    auto* page = new QWizardPage;
    page->setTitle(QStringLiteral("Welcome"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("A bare QWizard page.")));
    wizard.addPage(page);
    wizard.show();
    return app.exec();
}
