using Assistant.Channels.Delivery;
using Assistant.Core.Storage;
using Assistant.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Channels.Tests.Delivery;

public sealed class DedupingIntakeTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("dedupe-").FullName;
    private readonly ServiceProvider _services;

    public DedupingIntakeTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Data:Directory"] = _data }).Build();
        _services = new ServiceCollection().AddStorage(configuration).BuildServiceProvider();
    }

    [Fact]
    public async Task AcceptAsync_SameIdTwice_SecondIsDuplicate()
    {
        var intake = Intake("test", queueCapacity: 10);

        Assert.Equal(IntakeResult.Queued, await intake.AcceptAsync(("1", "một"), Ct));
        Assert.Equal(IntakeResult.Duplicate, await intake.AcceptAsync(("1", "một lần nữa"), Ct));
        Assert.Equal(IntakeResult.Queued, await intake.AcceptAsync(("2", "hai"), Ct));
    }

    [Fact]
    public async Task AcceptAsync_SameIdOnTwoIntakesOfOneStore_TakenOnceAcrossThem()
    {
        var first = Intake("test", queueCapacity: 10);
        var second = Intake("test", queueCapacity: 10);
        var otherChannel = Intake("other", queueCapacity: 10);

        Assert.Equal(IntakeResult.Queued, await first.AcceptAsync(("7", "một"), Ct));
        Assert.Equal(IntakeResult.Duplicate, await second.AcceptAsync(("7", "một"), Ct));
        Assert.Equal(IntakeResult.Queued, await otherChannel.AcceptAsync(("7", "một"), Ct));
    }

    [Fact]
    public async Task AcceptAsync_QueueFull_FullAndTheIdForgottenSoAResendGetsIn()
    {
        var intake = Intake("test", queueCapacity: 1);
        Assert.Equal(IntakeResult.Queued, await intake.AcceptAsync(("1", "một"), Ct));

        Assert.Equal(IntakeResult.Full, await intake.AcceptAsync(("2", "hai"), Ct));
        Assert.Equal(IntakeResult.Full, await intake.AcceptAsync(("2", "hai"), Ct));
    }

    [Fact]
    public async Task AcceptAsync_NoId_AlwaysQueued()
    {
        var intake = Intake("test", queueCapacity: 10);

        Assert.Equal(IntakeResult.Queued, await intake.AcceptAsync((null, "chào"), Ct));
        Assert.Equal(IntakeResult.Queued, await intake.AcceptAsync((null, "chào"), Ct));
    }

    public void Dispose()
    {
        _services.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DedupingIntake<(string? Id, string Text)> Intake(string channel, int queueCapacity) =>
        new(_services.GetRequiredService<IChannelEventStore>(), TimeProvider.System, channel, TimeSpan.FromHours(1), queueCapacity, item => item.Id);
}
