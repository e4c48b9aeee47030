# The 2017 article's R loop, copied from its section "Implementing NN in R" (seeds/001),
# statement for statement: biases stored as n x h and n x 1 matrices built once before the
# loop (the article's bias_in_temp / bh), updated with rowSums (the article's bug, kept: this
# file is a speed reference, not a correct port). Wrapped in a function that takes the data,
# the initial weights and the settings instead of drawing them. The article's settings:
# X 3 x 4, Y 3 x 1, 3 hidden units, lr 0.1, 5000 epochs.

# siamoid function
sigmoid<-function(x){
1/(1+exp(-x))
}
# derivative of sigmoid function
derivatives_sigmoid<-function(x){
x*(1-x)
}

article_av_mlp_train <- function(X, Y, wh, bias_in, wout, bias_out, lr, epoch) {
bias_in_temp=rep(bias_in, nrow(X))
bh=matrix(bias_in_temp, nrow = nrow(X), byrow = FALSE)
bias_out_temp=rep(bias_out,nrow(X))
bout=matrix(bias_out_temp,nrow = nrow(X),byrow = FALSE)
# forward propagation
for(i in 1:epoch){
hidden_layer_input1= X%*%wh
hidden_layer_input=hidden_layer_input1+bh
hidden_layer_activations=sigmoid(hidden_layer_input)
output_layer_input1=hidden_layer_activations%*%wout
output_layer_input=output_layer_input1+bout
output= sigmoid(output_layer_input)
# Back Propagation
E=Y-output
slope_output_layer=derivatives_sigmoid(output)
slope_hidden_layer=derivatives_sigmoid(hidden_layer_activations)
d_output=E*slope_output_layer
Error_at_hidden_layer=d_output%*%t(wout)
d_hiddenlayer=Error_at_hidden_layer*slope_hidden_layer
wout= wout + (t(hidden_layer_activations)%*%d_output)*lr
bout= bout+rowSums(d_output)*lr
wh = wh +(t(X)%*%d_hiddenlayer)*lr
bh = bh + rowSums(d_hiddenlayer)*lr
}
output
}

# A correct port of the same loop (biases 1 x h, added with sweep(), summed over samples
# with colSums), for comparison: what the article's loop costs once its bug is fixed naively.
sweep_av_mlp_train <- function(X, Y, wh, bh, wout, bout, lr, epoch) {
for(i in 1:epoch){
hidden_layer_input=sweep(X%*%wh, 2, bh, "+")
hidden_layer_activations=sigmoid(hidden_layer_input)
output_layer_input=sweep(hidden_layer_activations%*%wout, 2, bout, "+")
output= sigmoid(output_layer_input)
E=Y-output
slope_output_layer=derivatives_sigmoid(output)
slope_hidden_layer=derivatives_sigmoid(hidden_layer_activations)
d_output=E*slope_output_layer
Error_at_hidden_layer=d_output%*%t(wout)
d_hiddenlayer=Error_at_hidden_layer*slope_hidden_layer
wout= wout + (t(hidden_layer_activations)%*%d_output)*lr
bout= bout+colSums(d_output)*lr
wh = wh +(t(X)%*%d_hiddenlayer)*lr
bh = bh + colSums(d_hiddenlayer)*lr
}
output
}
