from cocktailparty.cli import main

main()
