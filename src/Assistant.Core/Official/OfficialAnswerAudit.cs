namespace Assistant.Core.Official;

/// <summary>One row of an official answer's append-only history.</summary>
/// <param name="Actor">Who acted.</param>
/// <param name="At">When.</param>
/// <param name="Action">What was done (<c>tao_nhap</c>, <c>cong_bo</c>, <c>rut</c>).</param>
/// <param name="Version">The version the change produced.</param>
public sealed record OfficialAnswerAudit(string Actor, DateTimeOffset At, string Action, long Version);
