Console.WriteLine("letterparser");
