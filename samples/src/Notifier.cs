using System.Net.Http;
using System.Net.Http.Headers;

public class Notifier
{
    // Anthropic key used by the summary bot
    private const string AnthropicKey = "sk-ant-api03-YZDZSF6zGg9pKWnlzduaX5LwaIlYGpZ7TNfQ3sLLQ4DPzAqsxhRZKx3Y3aX3tTsjnaDBK0E8P1yD5pZkdqtr48K9qNPr9AA";

    private readonly HttpClient _http = new HttpClient();

    public Notifier()
    {
        _http.DefaultRequestHeaders.Add("x-api-key", AnthropicKey);
    }
}
