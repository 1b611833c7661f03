namespace Assistant.Core.Lexicon;

/// <summary>A lexicon file is missing, is not valid JSON, or has an entry that breaks a rule; the message names the file and the entry.</summary>
public sealed class LexiconFormatException(string message, Exception? inner = null) : Exception(message, inner);
