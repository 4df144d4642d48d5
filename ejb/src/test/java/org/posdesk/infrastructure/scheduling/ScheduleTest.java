package org.posdesk.infrastructure.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.posdesk.infrastructure.config.Settings;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;

class ScheduleTest {

    private final JobKey job = JobKey.jobKey("offline-gaps", "posdesk");

    @Test
    void anIntervalBecomesARepeatingTriggerThatSkipsMissedRuns() {
        Trigger trigger = Schedule.parse("90s").trigger(job).orElseThrow();

        assertThat(trigger).isInstanceOf(SimpleTrigger.class);
        assertThat(((SimpleTrigger) trigger).getRepeatInterval()).isEqualTo(90_000);
        assertThat(trigger.getMisfireInstruction())
                .isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_RESCHEDULE_NEXT_WITH_REMAINING_COUNT);
        assertThat(trigger.getJobKey()).isEqualTo(job);
        assertThat(Schedule.parse("5m").every()).isEqualTo(Duration.ofMinutes(5));
        assertThat(Schedule.parse("2h").every()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aCronExpressionBecomesACronTrigger() {
        Trigger trigger = Schedule.parse("cron:0 15 2 * * ?").trigger(job).orElseThrow();

        assertThat(trigger).isInstanceOf(CronTrigger.class);
        assertThat(((CronTrigger) trigger).getCronExpression()).isEqualTo("0 15 2 * * ?");
        assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING);
    }

    @Test
    void aJobThatCatchesUpFiresAMissedRunOnceWhenANodeIsBack() {
        Trigger cron = Schedule.parse("cron:0 30 2 * * ?").trigger(job, ScheduledWork.Misfire.RUN_ONCE_NOW).orElseThrow();
        assertThat(cron.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        Trigger every = Schedule.parse("24h").trigger(job, ScheduledWork.Misfire.RUN_ONCE_NOW).orElseThrow();
        assertThat(every.getMisfireInstruction())
                .isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_RESCHEDULE_NOW_WITH_REMAINING_REPEAT_COUNT);
        assertThat(new BackupJob().misfire()).isEqualTo(ScheduledWork.Misfire.RUN_ONCE_NOW);
        assertThat(new BackupJob().requestsRecovery()).isTrue();
        assertThat(new SignInThrottlePurgeJob().misfire()).isEqualTo(ScheduledWork.Misfire.SKIP);
    }

    @Test
    void offMeansNoTrigger() {
        assertThat(Schedule.parse("off").isOff()).isTrue();
        assertThat(Schedule.parse("OFF").trigger(job)).isEmpty();
    }

    @Test
    void refusesWhatIsNeitherAnIntervalNorACronExpression() {
        assertThatThrownBy(() -> Schedule.parse("soon")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Schedule.parse("0s")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Schedule.parse("10x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Schedule.parse("cron:every day")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Schedule.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settingsNameTheirEnvironmentVariables() {
        assertThat(Settings.environmentName("job.offline-gaps")).isEqualTo("POSDESK_JOB_OFFLINE_GAPS");
        assertThat(Settings.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Settings.duration("no.such.setting", Duration.ofSeconds(7))).isEqualTo(Duration.ofSeconds(7));
    }
}
