package se.lofte.shared;

import org.springframework.context.SmartLifecycle;

/**
 * Start-up work that must be done before the web server opens its port, so that the first request already
 * finds it (the first administrator, the demo promise). It runs as a lifecycle phase below the web server's:
 * Boot 4.0 starts that in {@code DEFAULT_PHASE - 2048} (WebServerStartStopLifecycle). By then every singleton
 * exists and every event listener is registered, so what the work publishes is heard. An
 * {@code ApplicationRunner} would run only after the port is open.
 */
public abstract class BeforeServing implements SmartLifecycle {

    private static final int FIRST_PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private final int phase;
    private volatile boolean running;

    /** @param step the order among such work: modules further downstream take a higher step */
    protected BeforeServing(int step) {
        this.phase = FIRST_PHASE + step;
    }

    /** The work; it has nothing to undo when the application stops. */
    protected abstract void prepare();

    @Override
    public final void start() {
        running = true;
        prepare();
    }

    @Override
    public final void stop() {
        running = false;
    }

    @Override
    public final boolean isRunning() {
        return running;
    }

    @Override
    public final int getPhase() {
        return phase;
    }
}
