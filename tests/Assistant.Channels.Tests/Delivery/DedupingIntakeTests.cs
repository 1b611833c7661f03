using Assistant.Channels.Delivery;

namespace Assistant.Channels.Tests.Delivery;

public sealed class DedupingIntakeTests
{
    [Fact]
    public void Accept_SameIdTwice_SecondIsDuplicate()
    {
        var intake = Intake(queueCapacity: 10);

        Assert.Equal(IntakeResult.Queued, intake.Accept(("1", "một")));
        Assert.Equal(IntakeResult.Duplicate, intake.Accept(("1", "một lần nữa")));
        Assert.Equal(IntakeResult.Queued, intake.Accept(("2", "hai")));
    }

    [Fact]
    public void Accept_QueueFull_FullAndTheIdForgottenSoAResendGetsIn()
    {
        var intake = Intake(queueCapacity: 1);
        Assert.Equal(IntakeResult.Queued, intake.Accept(("1", "một")));

        Assert.Equal(IntakeResult.Full, intake.Accept(("2", "hai")));
        Assert.Equal(IntakeResult.Full, intake.Accept(("2", "hai")));
    }

    [Fact]
    public void Accept_NoId_AlwaysQueued()
    {
        var intake = Intake(queueCapacity: 10);

        Assert.Equal(IntakeResult.Queued, intake.Accept((null, "chào")));
        Assert.Equal(IntakeResult.Queued, intake.Accept((null, "chào")));
    }

    private static DedupingIntake<(string? Id, string Text)> Intake(int queueCapacity) =>
        new(dedupeCapacity: 10, queueCapacity, item => item.Id);
}
