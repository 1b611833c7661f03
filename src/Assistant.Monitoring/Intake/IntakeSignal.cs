using System.Threading.Channels;

namespace Assistant.Monitoring.Intake;

/// <summary>Wakes the scoring worker when posts arrive; many notifications before it wakes count as one.</summary>
public sealed class IntakeSignal
{
    private readonly Channel<bool> channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Says new posts are stored.</summary>
    public void Notify() => channel.Writer.TryWrite(true);

    /// <summary>Waits for a notification.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken) => await channel.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
}
