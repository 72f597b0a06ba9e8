package be.dagpuzzel.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import be.dagpuzzel.core.WorkingDays;
import be.dagpuzzel.participants.view.ParticipantDetailViewModel;
import be.dagpuzzel.participants.view.ParticipantListViewModel;
import be.dagpuzzel.participants.view.ParticipantsView;
import be.dagpuzzel.roster.rules.RosterRules;
import be.dagpuzzel.roster.view.RosterBoardView;
import be.dagpuzzel.roster.view.RosterBoardViewModel;
import be.dagpuzzel.settings.Centre;
import be.dagpuzzel.settings.SettingsView;
import be.dagpuzzel.settings.SettingsViewModel;
import be.dagpuzzel.staff.view.QuickAbsenceDialog;
import be.dagpuzzel.staff.view.QuickAbsenceViewModel;
import be.dagpuzzel.staff.view.StaffDetailViewModel;
import be.dagpuzzel.staff.view.StaffListViewModel;
import be.dagpuzzel.staff.view.StaffView;
import be.dagpuzzel.store.DataDirectory;
import be.dagpuzzel.store.StoreInUseException;
import be.dagpuzzel.ui.ErrorDialogs;
import be.dagpuzzel.ui.FxTaskRunner;
import be.dagpuzzel.ui.Language;
import be.dagpuzzel.ui.Messages;

/**
 * The Dagpuzzel application: shows the window at once, opens the store in the background, then
 * shows the welcome page (empty store) or the sections. Wires everything with plain constructors.
 */
public final class DagpuzzelApp extends Application {

    private static final Logger LOG = Logger.getLogger(DagpuzzelApp.class.getName());

    private StartOptions options;
    private final Clock clock;
    private Path dataDir;
    private UiPreferences preferences;
    private Messages messages;
    private Stage stage;
    private FxTaskRunner runner;
    private MainViewModel model;
    private AppServices services;
    private RosterRules rosterRules;
    private boolean workingDaysFollowData;
    private be.dagpuzzel.store.Backups backups;
    private javafx.animation.Timeline backupTimer;
    /** Gives memory back while the app is left alone; closed when it stops. */
    private Runnable stopIdleMemory;
    private final ExchangeFiles exchangeFiles;
    /** The password the store was opened with; null while it is not encrypted (or not yet open). */
    private be.dagpuzzel.store.StorePassword password;
    /** The Settings page to show when the Settings section is built next (after a password change). */
    private String settingsPageNext;

    /** Used by {@link Application#launch}: options come from the command line. */
    public DagpuzzelApp() {
        this(null, Clock.systemDefaultZone());
    }

    /** Used by tests: given options and a fixed clock. */
    public DagpuzzelApp(StartOptions options, Clock clock) {
        this(options, clock, ExchangeFiles.fileDialogs());
    }

    /** Used by screen tests of export and import: fixed files instead of the file dialogs. */
    public DagpuzzelApp(StartOptions options, Clock clock, ExchangeFiles exchangeFiles) {
        this.options = options;
        this.clock = clock;
        this.exchangeFiles = exchangeFiles;
    }

    @Override
    public void init() {
        if (options == null) {
            options = StartOptions.parse(getParameters().getRaw());
        }
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        AppIcon.applyTo(stage);
        dataDir = dataDirOf(options);
        LogSetup.configure(dataDir);
        LOG.info(() -> "Dagpuzzel starting on " + dataDir);
        preferences = UiPreferences.load(dataDir);
        backups = new be.dagpuzzel.store.Backups(dataDir, clock);
        messages = new Messages(preferences.language().locale(Locale.getDefault()));
        Locale.setDefault(Locale.Category.FORMAT, messages.locale());
        ErrorDialogs errors = new ErrorDialogs(() -> messages, () -> stage, LogSetup.currentLogFile(dataDir), dataDir);
        errors.installAsDefaultHandler();
        runner = new FxTaskRunner(errors);
        model = new MainViewModel(clock, WorkingDays.mondayToFriday(), preferences.section());
        errors.afterDiskProblem(() -> {
            if (services != null) {
                model.dataChanged(); // the sections show what is stored, without the change that failed
            }
        });
        model.sectionProperty().addListener((obs, old, section) -> {
            preferences.setSection(section);
            preferences.save();
            if (services != null) {
                refreshWorkingDays(); // closing days may have been edited in Settings
            }
        });

        Scene scene = new Scene(shell(), 1200, 800);
        scene.getStylesheets().add(DagpuzzelApp.class.getResource("/be/dagpuzzel/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(model.centreNameProperty().map(name -> name.isBlank() ? "Dagpuzzel" : "Dagpuzzel — " + name));
        new WindowPlacement(stage, preferences).restore();
        stage.setOnCloseRequest(e -> rememberWindow());
        if (options.measureStartup()) {
            StartupTimer.printAfterNextFrame(scene, "first-frame-ms", null);
        }
        stage.show();
        stopIdleMemory = IdleMemory.watch(stage);
        openStore();
    }

    static Path dataDirOf(StartOptions options) {
        return options.dataDir().orElseGet(DataDirectory::defaultLocation).toAbsolutePath().normalize();
    }

    /** Listeners of the current shell's sections on app-wide changes; dropped when the shell is rebuilt. */
    private final java.util.List<javafx.beans.value.ChangeListener<Number>> sectionHooks = new java.util.ArrayList<>();

    private void hook(javafx.beans.value.ChangeListener<Number> listener) {
        sectionHooks.add(listener);
        model.dataVersionProperty().addListener(listener);
    }

    private Parent shell() {
        sectionHooks.forEach(model.dataVersionProperty()::removeListener);
        sectionHooks.clear();
        progressSection = null;
        return new MainWindow(model, messages, runner, this::sectionView, new MainWindow.Actions() {
            @Override
            public void quit() {
                rememberWindow();
                stage.close();
                Platform.exit();
            }

            @Override
            public void showShortcuts() {
                InfoDialogs.shortcuts(stage, messages);
            }

            @Override
            public void reportAbsence() {
                QuickAbsenceDialog.show(stage, new QuickAbsenceViewModel(runner, services.staff(), messages,
                        model.getDate()), messages, text -> {
                            model.tell(text);
                            model.dataChanged();
                        });
            }

            @Override
            public void backupNow() {
                javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
                chooser.setTitle(messages.get("backup.choose"));
                java.io.File folder = chooser.showDialog(stage);
                if (folder != null) {
                    runner.run(FxTaskRunner.Kind.LONG, p -> {
                        p.update(-1, messages.get("backup.running"));
                        return backups.backupTo(services.store(), folder.toPath());
                    }, file -> model.tell(messages.format("backup.done", file)),
                            error -> model.tell(messages.format("backup.failed",
                                    be.dagpuzzel.ui.FailureText.reasonForFolder(messages, error, folder.toPath()))));
                }
            }

            @Override
            public void restore() {
                java.util.List<be.dagpuzzel.store.Backups.Backup> available;
                try {
                    available = backups.list();
                } catch (java.io.IOException e) {
                    available = java.util.List.of();
                }
                java.util.Optional<be.dagpuzzel.store.StorePassword> current = java.util.Optional.ofNullable(password);
                RestoreDialog.ask(stage, messages, available, runner, backups, current).ifPresent(chosen -> runner.run(FxTaskRunner.Kind.SAVE, p -> {
                    backups.backupTo(services.store(), backups.folder()); // the current state first
                    services.store().close();
                    // a backup made with another password (or none) comes back under the current one
                    backups.restore(chosen.backup(), chosen.password(), current);
                    return chosen.backup();
                }, done -> {
                    reopen(current);
                    model.tell(messages.format("restore.done", RestoreDialog.when(done)));
                }, error -> {
                    if (services.store().isClosed()) {
                        reopen(current); // the store file is as it was: open it again
                    }
                    model.tell(messages.format("backup.failed", error instanceof be.dagpuzzel.store.StoreException
                            ? RestoreDialog.reason(messages, error)
                            : be.dagpuzzel.ui.FailureText.reasonForFolder(messages, error, backups.folder())));
                }));
            }

            @Override
            public void exportAll() {
                exchangeActions().exportAll();
            }

            @Override
            public void importExport() {
                exchangeActions().importExport(imported -> imported.ifPresent(centre -> {
                    centreReady(centre);
                    model.dataChanged();
                }));
            }

            @Override
            public void importStaffCsv() {
                csvActions().importStaff();
            }

            @Override
            public void importParticipantsCsv() {
                csvActions().importParticipants();
            }

            @Override
            public void exportHoursCsv() {
                csvActions().exportHours();
            }

            @Override
            public void exportAttendanceCsv() {
                csvActions().exportAttendance();
            }

            @Override
            public void showAbout() {
                InfoDialogs.about(stage, messages, dataDir, LogSetup.currentLogFile(dataDir));
            }
        }).root();
    }

    private ExchangeActions exchangeActions() {
        return new ExchangeActions(stage, messages, runner, services, exchangeFiles, clock, model::tell);
    }

    /** Turning the store's password on, changing it or off: the store is closed, converted and opened again. */
    private EncryptionActions encryptionActions() {
        return new EncryptionActions(messages, runner, backups, services, java.util.Optional.ofNullable(password),
                busy -> {
                    services = null;
                    model.reopening();
                    stage.getScene().setRoot(busy);
                }, (now, notice) -> {
                    settingsPageNext = "security";
                    reopen(now);
                    model.tell(notice);
                });
    }

    /** Opens the store again (after a restore or a password change), with {@code now} as its password. */
    private void reopen(java.util.Optional<be.dagpuzzel.store.StorePassword> now) {
        password = now.orElse(null);
        services = null;
        model.reopening();
        stage.getScene().setRoot(shell());
        openStore();
    }

    private CsvActions csvActions() {
        return new CsvActions(stage, messages, runner, services, exchangeFiles, clock, model::tell, model::dataChanged);
    }

    /** The Progress section of the current window, once built (the staff register opens it on a worker). */
    private be.dagpuzzel.progress.view.ProgressView progressSection;

    /** Opens the Progress section on a worker's page. */
    private void openProgress(long staffId) {
        model.showSection(Section.PROGRESS);
        if (progressSection != null) {
            progressSection.select(staffId);
        }
    }

    /** The Progress section with its page tabs. */
    private Node progressView() {
        be.dagpuzzel.progress.view.ProgressViewModel progress = new be.dagpuzzel.progress.view.ProgressViewModel(
                runner, services.progress(), messages);
        progress.setOnStored(model::dataChanged);
        be.dagpuzzel.progress.view.ProgressView view = new be.dagpuzzel.progress.view.ProgressView(progress,
                be.dagpuzzel.progress.view.ProgressTabs.create(progress, services.progress()));
        view.enableReport(new be.dagpuzzel.progress.view.ReportViewModel(runner, services.progress(), progress,
                data -> be.dagpuzzel.progress.print.ReportCharts.render(data, messages),
                () -> java.time.LocalDateTime.now(clock)), new be.dagpuzzel.progress.view.ReportPrinting() {
                    @Override
                    public String centreName() {
                        return model.getCentreName();
                    }

                    @Override
                    public java.nio.file.Path printFile(String fileName) {
                        return dataDir.resolve("prints").resolve(fileName);
                    }

                    @Override
                    public void open(java.nio.file.Path pdf) {
                        openDocument(pdf);
                    }

                    @Override
                    public void tell(String message) {
                        model.tell(message);
                    }
                });
        hook((obs, old, version) -> view.reload());
        progressSection = view;
        return view;
    }

    private Node sectionView(Section section) {
        if (section == Section.SETTINGS) {
            SettingsView settings = new SettingsView(new SettingsViewModel(runner, services.centres(), services.catalogue(),
                    services.templates(), services.progress(), messages, preferences.language(), this::switchLanguage,
                    centre -> model.centreReady(centre.name())), new be.dagpuzzel.settings.SecurityViewModel(runner,
                    messages, encryptionActions()), messages);
            if (settingsPageNext != null) {
                settings.showPage(settingsPageNext);
                settingsPageNext = null;
            }
            return settings;
        }
        if (section == Section.TODAY) {
            RosterBoardView board = new RosterBoardView(new RosterBoardViewModel(runner, services.roster(),
                    rosterRules(), messages), messages, model.dateProperty(), new RosterBoardView.Printing() {
                        @Override
                        public String centreName() {
                            return model.getCentreName();
                        }

                        @Override
                        public void open(java.nio.file.Path pdf) {
                            openDocument(pdf);
                        }

                        @Override
                        public void reportAbsence(String name) {
                            QuickAbsenceDialog.show(stage, new QuickAbsenceViewModel(runner, services.staff(), messages,
                                    model.getDate()), messages, name, text -> {
                                        model.tell(text);
                                        model.dataChanged();
                                    });
                        }
                    });
            be.dagpuzzel.review.view.YesterdayPanel yesterday = new be.dagpuzzel.review.view.YesterdayPanel(
                    new be.dagpuzzel.review.view.YesterdayViewModel(runner, services.review(), messages), messages,
                    model.dateProperty());
            board.addSidePanel(yesterday);
            hook((obs, old, version) -> {
                board.refresh();
                yesterday.refresh();
            });
            return board;
        }
        if (section == Section.STAFF) {
            StaffDetailViewModel detail = new StaffDetailViewModel(runner, services.staff(), services.catalogue(), messages);
            detail.setStageStore(services.roster());
            detail.setProgressFollows(id -> services.progress().followed().stream().anyMatch(m -> m.id() == id));
            StaffView view = new StaffView(runner,
                    new StaffListViewModel(runner, services.staff(), services.catalogue(), messages),
                    detail, services.staff(), messages, model.dateProperty());
            view.setOpenProgress(this::openProgress);
            view.setPrivacy(privacyActions());
            hook((obs, old, version) -> view.reload());
            return view;
        }
        if (section == Section.TRANSPORT) {
            return transportView();
        }
        if (section == Section.REVIEW) {
            be.dagpuzzel.review.view.ReviewView review = new be.dagpuzzel.review.view.ReviewView(
                    new be.dagpuzzel.review.view.ReviewViewModel(runner, services.review(), messages,
                            () -> LocalDate.now(clock)), messages, model.dateProperty());
            hook((obs, old, version) -> review.refresh());
            return review;
        }
        if (section == Section.PROGRESS) {
            return progressView();
        }
        if (section == Section.PARTICIPANTS) {
            ParticipantsView view = new ParticipantsView(runner,
                    new ParticipantListViewModel(runner, services.participants(), services.transport(), messages),
                    new ParticipantDetailViewModel(runner, services.participants(), services.transport(), messages),
                    services.participants(), messages, model.dateProperty());
            view.setExporter(privacyActions());
            hook((obs, old, version) -> view.reload());
            return view;
        }
        return new ComingSoonView(section, messages);
    }

    private PrivacyActions privacyActions() {
        return new PrivacyActions(stage, messages, runner, services, clock, model::tell, this::openDocument);
    }

    private Node transportView() {
        be.dagpuzzel.transport.view.TransportViewModel transportModel = new be.dagpuzzel.transport.view.TransportViewModel(
                runner, services.transport(), services.participants(), rosterRules(), messages);
        transportModel.onChanged(model::dataChanged);
        be.dagpuzzel.transport.view.TransportView view = new be.dagpuzzel.transport.view.TransportView(
                transportModel, messages, model.dateProperty(),
                new be.dagpuzzel.transport.view.TransportView.Printing() {
                    @Override
                    public java.nio.file.Path printFile(String fileName) {
                        return dataDir.resolve("prints").resolve(fileName);
                    }

                    @Override
                    public java.util.Optional<java.nio.file.Path> chooseFile(String fileName) {
                        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
                        chooser.setTitle(messages.get("transport.save"));
                        chooser.setInitialFileName(fileName);
                        java.io.File documents = new java.io.File(System.getProperty("user.home"), "Documents");
                        chooser.setInitialDirectory(documents.isDirectory() ? documents
                                : new java.io.File(System.getProperty("user.home")));
                        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("PDF", "*.pdf"));
                        return java.util.Optional.ofNullable(chooser.showSaveDialog(stage)).map(java.io.File::toPath);
                    }

                    @Override
                    public void open(java.nio.file.Path pdf) {
                        openDocument(pdf);
                    }

                    @Override
                    public void editVehiclesAndRoutes() {
                        be.dagpuzzel.transport.view.TransportSetupDialog.show(stage, runner, services.transport(),
                                messages, () -> model.dataChanged());
                    }
                });
        hook((obs, old, version) -> view.refresh());
        return view;
    }

    /** Opens a PDF in the system's viewer, from where it prints; says where it is if there is none. */
    private void openDocument(java.nio.file.Path pdf) {
        if (Boolean.getBoolean("dagpuzzel.noViewer")) {
            return;
        }
        try {
            getHostServices().showDocument(pdf.toUri().toString());
        } catch (RuntimeException e) {
            model.tell(messages.format("roster.print.noViewer", pdf));
        }
    }

    private void openStore() {
        var preOpened = StoreStartup.take();
        if (preOpened.isPresent()) {
            preOpened.get().whenComplete((opened, error) -> Platform.runLater(() -> {
                if (error == null) {
                    storeOpened(opened);
                } else {
                    storeFailed(error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                            ? error.getCause() : error);
                }
            }));
            return;
        }
        boolean demo = options.demo();
        java.util.Optional<be.dagpuzzel.store.StorePassword> given = java.util.Optional.ofNullable(password);
        runner.run(FxTaskRunner.Kind.LOAD, progress -> StoreStartup.open(dataDir, demo, clock, given), this::storeOpened,
                this::storeFailed);
    }

    /**
     * The store is encrypted: the window asks for the password and tries it in the background; a
     * wrong one is asked again, Quit ends the app.
     */
    private void askPassword() {
        LOG.info("The store is encrypted: asking for its password");
        boolean demo = options.demo();
        PasswordPrompt[] prompt = new PasswordPrompt[1];
        prompt[0] = new PasswordPrompt(messages, dataDir, typed -> {
            be.dagpuzzel.store.StorePassword given = be.dagpuzzel.store.StorePassword.of(typed);
            runner.run(FxTaskRunner.Kind.LOAD, p -> StoreStartup.open(dataDir, demo, clock, java.util.Optional.of(given)),
                    opened -> {
                        password = given;
                        storeOpened(opened); // the shell or the welcome page takes the prompt's place
                    }, error -> {
                        if (isWrongPassword(error)) {
                            LOG.info("A wrong store password was typed");
                            prompt[0].refused();
                        } else {
                            storeFailed(error);
                        }
                    });
        }, Platform::exit);
        stage.getScene().setRoot(prompt[0]);
    }

    private static boolean isWrongPassword(Throwable error) {
        return error instanceof be.dagpuzzel.store.StoreException e
                && e.reason() == be.dagpuzzel.store.StoreException.Reason.WRONG_PASSWORD;
    }

    private void storeOpened(StoreStartup.Opened opened) {
        services = opened.services();
        opened.services().store().closeOnShutdown();
        refreshWorkingDays();
        if (!workingDaysFollowData) {
            workingDaysFollowData = true;
            model.dataVersionProperty().addListener((obs, old, version) -> refreshWorkingDays());
        }
        if (opened.centre().isPresent()) {
            centreReady(opened.centre().get());
        } else {
            stage.getScene().setRoot(new WelcomeView(
                    new WelcomeViewModel(runner, services, messages, clock, this::centreReady), messages, exchangeFiles));
            model.needsWelcome();
            measureDataShown();
        }
    }

    /** The planning rules, made once: building them takes a moment. */
    private RosterRules rosterRules() {
        if (rosterRules == null) {
            rosterRules = StoreStartup.rules();
        }
        return rosterRules;
    }

    private void refreshWorkingDays() {
        runner.load(p -> services.templates().workingDays(), model::setWorkingDays);
    }

    /** Today's backup in the data folder, now and every hour while the app runs (once a day). */
    private void startDailyBackups() {
        if (backupTimer != null) {
            return;
        }
        // LOAD, not SAVE: the daily backup is not the user's edit, so the status bar does not say "Saving…"
        Runnable check = () -> {
            if (services != null) { // not while the store is closed for a restore or a password change
                be.dagpuzzel.store.Store store = services.store();
                runner.run(FxTaskRunner.Kind.LOAD, p -> backups.dailyIfDue(store), taken -> { }, error -> {
                    LOG.log(Level.WARNING, "Daily backup failed", error);
                    if (be.dagpuzzel.store.DiskProblem.of(error, backups.folder()).isPresent()) {
                        model.tell(messages.format("disk.dailyBackupFailed",
                                be.dagpuzzel.ui.FailureText.reasonForFolder(messages, error, backups.folder())));
                    }
                });
            }
        };
        check.run();
        backupTimer = new javafx.animation.Timeline(new javafx.animation.KeyFrame(javafx.util.Duration.hours(1),
                e -> check.run()));
        backupTimer.setCycleCount(javafx.animation.Animation.INDEFINITE);
        backupTimer.play();
    }

    private void centreReady(Centre centre) {
        if (!(stage.getScene().getRoot() instanceof javafx.scene.layout.BorderPane)) {
            stage.getScene().setRoot(shell());
        }
        model.centreReady(centre.name());
        measureDataShown();
        StoreStartup.warmUpRules();
        startDailyBackups();
    }

    private void storeFailed(Throwable error) {
        if (error instanceof be.dagpuzzel.store.StoreException e
                && e.reason() == be.dagpuzzel.store.StoreException.Reason.PASSWORD_NEEDED) {
            askPassword();
            return;
        }
        if (error instanceof StoreInUseException inUse) {
            LOG.warning(() -> "Data folder already in use: " + inUse.dataDir());
            model.storeInUse(inUse.dataDir().toString());
            stage.getScene().setRoot(ProblemView.alreadyOpen(messages, inUse.dataDir(), Platform::exit));
        } else if (error instanceof be.dagpuzzel.store.StoreException refused && refused.cannotWrite()) {
            // the user must act on the folder or the disk; restoring a backup would not help
            LOG.log(Level.SEVERE, "The data folder cannot be written", error);
            model.storeFailed(String.valueOf(error.getMessage()));
            stage.getScene().setRoot(ProblemView.cannotWrite(messages, refused, dataDir, Platform::exit));
        } else {
            LOG.log(Level.SEVERE, "The store could not be opened", error);
            model.storeFailed(String.valueOf(error.getMessage()));
            java.util.List<be.dagpuzzel.store.Backups.Backup> available;
            try {
                available = backups.list();
            } catch (java.io.IOException e) {
                available = java.util.List.of();
            }
            if (available.isEmpty()) {
                stage.getScene().setRoot(ProblemView.cannotOpen(messages, error, LogSetup.currentLogFile(dataDir),
                        Platform::exit));
            } else {
                be.dagpuzzel.store.Backups.Backup newest = available.getFirst();
                stage.getScene().setRoot(ProblemView.cannotOpenWithBackup(messages, error,
                        LogSetup.currentLogFile(dataDir), newest, () -> runner.run(FxTaskRunner.Kind.LOAD,
                                p -> backups.restore(newest), kept -> {
                                    stage.getScene().setRoot(shell());
                                    openStore();
                                }, failed -> model.tell(messages.format("backup.failed",
                                        String.valueOf(failed.getMessage())))), Platform::exit));
            }
        }
        measureDataShown();
    }

    private void measureDataShown() {
        if (options.measureStartup()) {
            // the shell with the centre's name; then, on the Today section, the board with its day's places
            boolean today = model.getSection() == Section.TODAY && model.getPhase() != MainViewModel.Phase.WELCOME;
            StartupTimer.printAfterNextFrame(stage.getScene(), "data-shown-ms", today ? null : Platform::exit);
            if (today) {
                // the day's places (at start-up before the rules have checked them), then the day
                // checked; the summary line is there as soon as the board has its day, also on a
                // day the centre is closed (no places, so waiting for a place would never end)
                javafx.css.PseudoClass checking = javafx.css.PseudoClass.getPseudoClass("checking");
                java.util.function.Supplier<Node> summary = () -> stage.getScene().getRoot().lookup("#boardSummary");
                StartupTimer.printWhen(stage.getScene(), "board-shown-ms",
                        () -> summary.get() instanceof javafx.scene.control.Labeled line && !line.getText().isEmpty(),
                        () -> StartupTimer.printWhen(stage.getScene(), "board-checked-ms",
                                () -> !summary.get().getPseudoClassStates().contains(checking), Platform::exit));
            }
        }
    }

    /** Rebuilds the window in the newly chosen language; section and date stay. */
    private void switchLanguage(Language language) {
        preferences.setLanguage(language);
        preferences.save();
        messages = new Messages(language.locale(Locale.getDefault()));
        Locale.setDefault(Locale.Category.FORMAT, messages.locale());
        stage.getScene().setRoot(shell());
    }

    private void rememberWindow() {
        new WindowPlacement(stage, preferences).remember();
        preferences.save();
    }

    @Override
    public void stop() {
        if (backupTimer != null) {
            backupTimer.stop();
        }
        if (stopIdleMemory != null) {
            stopIdleMemory.run();
        }
        if (stage != null && stage.isShowing()) {
            rememberWindow();
        } else if (preferences != null) {
            preferences.save();
        }
        if (runner != null) {
            runner.close();
        }
        if (services != null) {
            services.store().close();
        }
        LOG.info("Dagpuzzel stopped");
    }
}
