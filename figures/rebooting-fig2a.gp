# rebooting-fig2a.gp: tangled from noweb/rebooting.nw; edit that, not this.
load 'figures/style.gp'
set output outfile
set style line 15 lc rgb '#6a1b6a' pt 11 ps 0.7 lw 1.5
set xlabel '$T$'
set ylabel '$\langle|m|\rangle$'
set xrange [1.5:3.5]
set yrange [0:1.02]
set key top right
tc = 2 / log(1 + sqrt(2))
set arrow from tc, graph 0 to tc, graph 1 nohead dt (4,4) lw 1.5 lc rgb '#444444'
plot 'reports/rebooting-fig2a.tsv' using 1:2 smooth unique with lines ls 1 \
       title 'Yang, $L=\infty$', \
     'reports/rebooting-fig2a-mc.tsv' using 2:($1 == 8 ? $3 : 1/0):4 with yerrorbars ls 12 \
       title '$L=8$', \
     '' using 2:($1 == 16 ? $3 : 1/0):4 with yerrorbars ls 13 title '$L=16$', \
     '' using 2:($1 == 32 ? $3 : 1/0):4 with yerrorbars ls 14 title '$L=32$', \
     '' using 2:($1 == 64 ? $3 : 1/0):4 with yerrorbars ls 15 title '$L=64$'
