#pragma once
// A generic Qt plugin (QT_QPA_GENERIC_PLUGINS=heapfixfirstpaint) that ends the program right after the first
// QWizardPage has been painted, after writing CLOCK_MONOTONIC at that moment and the peak RSS so far (VmHWM)
// to $HEAPFIX_BENCH_PAINT_FILE.
// The harness loads it into heapfix and the bare QWizard alike, so both are measured by the same hook.

#include <QGenericPlugin>

class FirstPaintPlugin : public QGenericPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QGenericPluginFactoryInterface_iid FILE "firstpaint.json")

public:
    QObject* create(const QString& name, const QString& spec) override;
};
