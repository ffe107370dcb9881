using System.Collections.Concurrent;

namespace ImageApis.AceData;

/// <summary>
/// The tasks started with a callback URL whose callback has not arrived yet. The client records each one; the callback
/// endpoint accepts a callback only for a recorded task, once, within its lifetime (callbacks are not signed).
/// In-memory: after a restart, give the endpoint your own check.
/// </summary>
public sealed class AceDataCallbackTasks
{
    private readonly ConcurrentDictionary<string, long> _expected = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    /// <summary>Creates the registry.</summary>
    /// <param name="time">The clock.</param>
    public AceDataCallbackTasks(TimeProvider time) => _time = time;

    /// <summary>Records a task whose callback is awaited.</summary>
    /// <param name="taskId">The task id.</param>
    /// <param name="lifetime">How long the callback is accepted.</param>
    public void Expect(string taskId, TimeSpan lifetime)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        _expected[taskId] = (_time.GetUtcNow() + lifetime).UtcTicks;
        foreach (var pair in _expected)
        {
            if (pair.Value < _time.GetUtcNow().UtcTicks)
            {
                _expected.TryRemove(pair);
            }
        }
    }

    /// <summary>True, once, when the task was recorded and its callback is still accepted.</summary>
    /// <param name="taskId">The task id of a callback.</param>
    public bool TryAccept(string taskId)
        => _expected.TryRemove(taskId, out var expires) && expires >= _time.GetUtcNow().UtcTicks;
}
