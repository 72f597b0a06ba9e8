package be.dagpuzzel.roster.rules;

/** Who usually drives a run (most often in recent weeks): continuity for the participants. */
public record UsualDriver(String runKey, long workerId, String workerName) {
}
