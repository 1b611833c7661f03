using Assistant.Channels.Delivery;

namespace Assistant.Channels.Tests.Delivery;

public sealed class DedupingIntakeTests
{
    [Fact]
    public void Accept_SameIdTwice_SecondIsDuplicate()
    {
        var intake = new DedupingIntake<string>(dedupeCapacity: 10, queueCapacity: 10);

        Assert.Equal(IntakeResult.Queued, intake.Accept("1", "một"));
        Assert.Equal(IntakeResult.Duplicate, intake.Accept("1", "một lần nữa"));
        Assert.Equal(IntakeResult.Queued, intake.Accept("2", "hai"));
    }

    [Fact]
    public void Accept_QueueFull_FullAndTheIdForgottenSoAResendGetsIn()
    {
        var intake = new DedupingIntake<string>(dedupeCapacity: 10, queueCapacity: 1);
        Assert.Equal(IntakeResult.Queued, intake.Accept("1", "một"));

        Assert.Equal(IntakeResult.Full, intake.Accept("2", "hai"));
        Assert.Equal(IntakeResult.Full, intake.Accept("2", "hai"));
    }
}
