using System.Globalization;
using System.Text;
using ImageApis.AceData;
using ImageApis.OpenGpu;
using ImageApis.Tests.Support;
using ImageApis.Wonda;

namespace ImageApis.Tests.Operations;

/// <summary>
/// How late a finished job is noticed: every default schedule sees a job that finishes at <c>T</c> by
/// <c>1.2 × T + 1 s</c> for any <c>T</c> up to 10 minutes, in at most 30 polls for a 10-minute job (OpenGPU Relay's plain polls, which
/// stay within 5 s of the task, aside: it long-polls by default). The wait runs on a
/// fake clock (<see cref="RecordingTimeProvider"/>): minutes of polling take milliseconds and nothing is timed. Each
/// test writes the schedule and its worst lateness to the test output.
/// </summary>
public sealed class PollingLatenessTests
{
    private static readonly TimeSpan Horizon = TimeSpan.FromMinutes(10);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string> Schedules => ["OperationPolling defaults", "AceData", "Wonda", "OpenGPU Relay, plain polls"];

    private static OperationPolling Schedule(string name) => name switch
    {
        "AceData" => new AceDataOptions().Polling,
        "Wonda" => WondaOptions.DefaultPolling,
        "OpenGPU Relay, plain polls" => new OpenGpuRelayOptions().Polling,
        _ => new OperationPolling(),
    };

    [Theory]
    [MemberData(nameof(Schedules))]
    public async Task A_job_finishing_at_any_time_up_to_ten_minutes_is_noticed_by_1_2_T_plus_1_s(string name)
    {
        var polling = Schedule(name);
        var polls = await PollTimesAsync(polling, Horizon + TimeSpan.FromMinutes(3));

        // The worst case for a job finishing in (polls[k-1], polls[k]] is just after polls[k-1]: it is seen at polls[k].
        var report = new StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"{name}: {polling}{Environment.NewLine}poll at (s) | how late a job finishing just after the poll before is seen{Environment.NewLine}");
        var worst = 0d;
        for (var k = 1; k < polls.Count && polls[k - 1] < Horizon; k++)
        {
            var finished = polls[k - 1];
            var bound = (finished * 1.2) + TimeSpan.FromSeconds(1);
            var late = (polls[k] - finished).TotalSeconds / Math.Max(finished.TotalSeconds, 1e-9);
            worst = k > 1 ? Math.Max(worst, late) : worst;
            report.Append(CultureInfo.InvariantCulture, $"{polls[k].TotalSeconds,10:0.##} | {polls[k] - finished:g} after {finished.TotalSeconds:0.##} s{Environment.NewLine}");
            Assert.True(polls[k] <= bound, $"{name}: a job done just after {finished.TotalSeconds} s is seen at {polls[k].TotalSeconds} s, later than {bound.TotalSeconds} s.");
        }

        var pollsForTenMinutes = polls.FindIndex(at => at >= Horizon) + 1;
        report.Append(CultureInfo.InvariantCulture, $"polls to notice a 10-minute job: {pollsForTenMinutes}; worst lateness after the first second: {worst:P0}");
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        // OpenGPU Relay long-polls by default (each poll held up to 30 s: about 20 polls); plain polls stay within 5 s of the task.
        Assert.InRange(pollsForTenMinutes, 1, name.StartsWith("OpenGPU", StringComparison.Ordinal) ? 130 : 30);
        Assert.Equal(TimeSpan.Zero, polls[0]);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(90)]
    [InlineData(600)]
    public async Task A_wonda_job_done_after_T_seconds_is_returned_by_1_2_T_plus_1_s(int seconds)
    {
        // Wonda's old schedule (1, 2, 4, then every 5 s) saw a job done after 5 s at 7 s.
        var time = new RecordingTimeProvider();
        var finishedAt = TimeSpan.FromSeconds(seconds);
        var operation = new ClockedOperation(WondaOptions.DefaultPolling, time, finishedAt);

        await operation.WaitForCompletionAsync(Cancel);

        var noticed = time.GetElapsedTime(0);
        Assert.InRange(noticed, finishedAt, (finishedAt * 1.2) + TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task The_last_poll_goes_out_just_before_the_timeout_not_a_whole_interval_early()
    {
        // AceData's 15-minute wait: its intervals near the end are about 80 s long, so a job done at 880 s was given up at about 818 s.
        var time = new RecordingTimeProvider();
        var polling = new AceDataOptions().Polling;
        var finishedAt = polling.Timeout - TimeSpan.FromSeconds(20);
        var operation = new ClockedOperation(polling, time, finishedAt);

        await operation.WaitForCompletionAsync(Cancel);

        Assert.InRange(time.GetElapsedTime(0), finishedAt, polling.Timeout);
        var late = await PollTimesAsync(polling, polling.Timeout);
        Assert.InRange(late[^1], polling.Timeout - TimeSpan.FromSeconds(2), polling.Timeout);
    }

    /// <summary>When each poll went out (on the fake clock), for a job that never finishes, until the wait times out.</summary>
    private static async Task<List<TimeSpan>> PollTimesAsync(OperationPolling polling, TimeSpan timeout)
    {
        var time = new RecordingTimeProvider();
        var operation = new ClockedOperation(polling with { Timeout = timeout }, time, TimeSpan.MaxValue);
        await Assert.ThrowsAsync<TimeoutException>(() => operation.WaitForCompletionAsync(Cancel));
        return operation.PollTimes;
    }

    /// <summary>A job that finishes at a given time on the clock; each poll is instant.</summary>
    private sealed class ClockedOperation(OperationPolling polling, RecordingTimeProvider clock, TimeSpan finishedAt)
        : ImageGenerationOperation("Test provider", "job-1", polling, clock)
    {
        private readonly RecordingTimeProvider _clock = clock;

        public List<TimeSpan> PollTimes { get; } = [];

        protected override Task<OperationUpdate> PollAsync(CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var now = _clock.GetElapsedTime(0);
            PollTimes.Add(now);
            return Task.FromResult(now >= finishedAt
                ? new OperationUpdate(ImageOperationStatus.Succeeded) { Result = new ImageGenerationResult("Test", "m", [new GeneratedImage(new byte[] { 1 }, null)]) }
                : new OperationUpdate(ImageOperationStatus.Running));
        }
    }
}
