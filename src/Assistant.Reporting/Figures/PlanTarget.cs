namespace Assistant.Reporting.Figures;

/// <summary>A numeric target of the province plan ("tối thiểu 20 - 30 sản phẩm truyền thông số"), with the value staff achieved.</summary>
/// <param name="Doc">Document id of the plan.</param>
/// <param name="Section">Section path of the target.</param>
/// <param name="Text">The target as the plan words it.</param>
/// <param name="Achieved">The achieved value staff typed before export, or null (left blank to fill in).</param>
public sealed record PlanTarget(string Doc, string Section, string Text, string? Achieved = null);
